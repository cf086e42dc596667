// A validated FairInstance turned into flat typed arrays indexed by position, which is what the
// algorithms work on (a 2,000,000-interview fair stays a few tens of megabytes). O(E + (S + C)·T).
import type { FairInstance } from './fair-instance.ts';

export type CompiledFair = {
  /** Slots, students, companies, interviews. */
  readonly T: number;
  readonly S: number;
  readonly C: number;
  readonly E: number;
  readonly student: Int32Array;
  readonly company: Int32Array;
  readonly needsInterpreter: Uint8Array;
  /** Slot and room of each pinned interview (−1 for the others); null in a fair without pins. Read through pinnedSlot and pinnedRoom. */
  readonly pins: { readonly slot: Int32Array; readonly room: Int32Array } | null;
  readonly rooms: Int32Array;
  /** 1 where the student (s·T + t) or company (c·T + t) cannot interview; null when nobody is unavailable. */
  readonly studentBlocked: Uint8Array | null;
  readonly companyBlocked: Uint8Array | null;
  /** Interpreters free per slot; null when unlimited. */
  readonly interpreters: Int32Array | null;
  /** Day of each slot. */
  readonly day: Int32Array;
};

function blockedTable(people: readonly { unavailable?: readonly number[] }[], T: number): Uint8Array | null {
  if (!people.some((p) => (p.unavailable?.length ?? 0) > 0)) return null;
  const table = new Uint8Array(people.length * T);
  people.forEach((p, i) => p.unavailable?.forEach((slot) => (table[i * T + slot] = 1)));
  return table;
}

/** Assumes validateFairInstance(instance) found nothing. */
export function compileFair(instance: FairInstance): CompiledFair {
  const T = instance.slots;
  const { interviews } = instance;
  const E = interviews.length;
  const student = new Int32Array(E);
  const company = new Int32Array(E);
  const needsInterpreter = new Uint8Array(E);
  // Made at the first pin: a fair without pins (any large one) has no arrays of −1 to allocate.
  let pins: { slot: Int32Array; room: Int32Array } | null = null;
  const { students } = instance;
  const companyIndex = new Map<string, number>();
  instance.companies.forEach((c, i) => companyIndex.set(c.id, i));
  // Interviews usually come student by student, in the students' order: the student is then the
  // last one's or the next, and the index of every student (a large Map) is built only if not.
  let studentIndex: Map<string, number> | null = null;
  let s = 0;
  for (let e = 0; e < E; e++) {
    const interview = interviews[e]!;
    const id = interview.student;
    if (students[s]?.id !== id) {
      if (students[s + 1]?.id === id) s++;
      else {
        if (studentIndex === null) {
          studentIndex = new Map<string, number>();
          for (let i = 0; i < students.length; i++) studentIndex.set(students[i]!.id, i);
        }
        s = studentIndex.get(id)!;
      }
    }
    student[e] = s;
    company[e] = companyIndex.get(interview.company)!;
    if (interview.interpreter) needsInterpreter[e] = 1;
    if (interview.pinned) {
      pins ??= { slot: new Int32Array(E).fill(-1), room: new Int32Array(E).fill(-1) };
      pins.slot[e] = interview.pinned.slot;
      pins.room[e] = interview.pinned.room;
    }
  }
  const { interpreters: given } = instance;
  const interpreters = given === undefined ? null : Int32Array.from({ length: T }, (_, t) => (typeof given === 'number' ? given : given[t]!));
  return {
    T,
    S: instance.students.length,
    C: instance.companies.length,
    E,
    student,
    company,
    needsInterpreter,
    pins,
    rooms: Int32Array.from(instance.companies, (c) => c.rooms),
    studentBlocked: blockedTable(instance.students, T),
    companyBlocked: blockedTable(instance.companies, T),
    interpreters,
    day: Int32Array.from({ length: T }, (_, t) => instance.slotDays?.[t] ?? 0),
  };
}

/** Slot interview e is pinned to, −1 when it is not. */
export const pinnedSlot = (fair: CompiledFair, e: number): number => (fair.pins === null ? -1 : fair.pins.slot[e]!);

/** Room interview e is pinned to, −1 when it is not. */
export const pinnedRoom = (fair: CompiledFair, e: number): number => (fair.pins === null ? -1 : fair.pins.room[e]!);

/** Whether student and company of interview e are both free in slot t (interpreters and rooms aside). */
export function isAdmissible(fair: CompiledFair, e: number, t: number): boolean {
  const { T } = fair;
  return !(fair.studentBlocked?.[fair.student[e]! * T + t] || fair.companyBlocked?.[fair.company[e]! * T + t]);
}

/** Whether only rooms limit the fair, so that edge colouring solves it exactly. */
export function onlyRoomsLimit(fair: CompiledFair): boolean {
  const interpreted = countInterpreted(fair);
  const interpretersBind = fair.interpreters !== null && fair.interpreters.some((n) => n < interpreted);
  return fair.pins === null && fair.studentBlocked === null && fair.companyBlocked === null && !interpretersBind;
}

function countInterpreted(fair: CompiledFair): number {
  let n = 0;
  for (let e = 0; e < fair.E; e++) n += fair.needsInterpreter[e]!;
  return n;
}
