// An independent checker of every rule an interview-fair schedule must keep. It shares no code
// with the scheduler (it reads the instance as given, with maps keyed by id) so that a bug in one
// is not hidden by the same bug in the other. Used by the tests and, as an assertion, before a
// schedule is saved. O(E + T·(S + C)).
import type { FairInstance } from './fair-instance.ts';
import type { FairSchedule } from './fair-schedule.ts';

export type ScheduleViolationCode =
  | 'interviewMissing'
  | 'interviewTwice'
  | 'slotOutOfRange'
  | 'roomOutOfRange'
  | 'studentUnavailable'
  | 'companyUnavailable'
  | 'studentDoubleBooked'
  | 'roomDoubleBooked'
  | 'interpretersExceeded'
  | 'pinMoved'
  | 'couldBePlaced'
  | 'wrongReason'
  | 'wrongMakespan'
  | 'wrongIdleGaps'
  | 'belowLowerBound';

export type ScheduleViolation = { readonly code: ScheduleViolationCode; readonly interview?: number; readonly slot?: number };

export function checkFairSchedule(instance: FairInstance, schedule: FairSchedule): ScheduleViolation[] {
  const out: ScheduleViolation[] = [];
  const { interviews } = instance;
  const blocked = (list: readonly { id: string; unavailable?: readonly number[] }[]) => new Map(list.map((p) => [p.id, new Set(p.unavailable ?? [])]));
  const studentBlocked = blocked(instance.students);
  const companyBlocked = blocked(instance.companies);
  const rooms = new Map(instance.companies.map((c) => [c.id, c.rooms]));
  const interpretersAt = (t: number) => (instance.interpreters === undefined ? Infinity : typeof instance.interpreters === 'number' ? instance.interpreters : instance.interpreters[t]!);
  const shared = (i: number) => {
    const { student, company } = interviews[i]!;
    return Array.from({ length: instance.slots }, (_, t) => t).filter((t) => !studentBlocked.get(student)!.has(t) && !companyBlocked.get(company)!.has(t));
  };

  const seen = new Map<number, number>();
  for (const i of [...schedule.scheduled.map((s) => s.interview), ...schedule.unscheduled.map((u) => u.interview)]) seen.set(i, (seen.get(i) ?? 0) + 1);
  interviews.forEach((_, i) => {
    const n = seen.get(i) ?? 0;
    if (n === 0) out.push({ code: 'interviewMissing', interview: i });
    if (n > 1) out.push({ code: 'interviewTwice', interview: i });
  });

  const studentAt = new Set<string>();
  const roomAt = new Set<string>();
  const interpreted = new Map<number, number>();
  const companyAt = new Map<string, number[]>();
  let last = -1;
  for (const { interview: i, slot, room } of schedule.scheduled) {
    const interview = interviews[i];
    if (!interview) continue;
    const { student, company } = interview;
    if (!Number.isInteger(slot) || slot < 0 || slot >= instance.slots) {
      out.push({ code: 'slotOutOfRange', interview: i, slot });
      continue;
    }
    last = Math.max(last, slot);
    if (!Number.isInteger(room) || room < 0 || room >= rooms.get(company)!) out.push({ code: 'roomOutOfRange', interview: i, slot });
    if (studentBlocked.get(student)!.has(slot)) out.push({ code: 'studentUnavailable', interview: i, slot });
    if (companyBlocked.get(company)!.has(slot)) out.push({ code: 'companyUnavailable', interview: i, slot });
    const studentKey = JSON.stringify([student, slot]);
    if (studentAt.has(studentKey)) out.push({ code: 'studentDoubleBooked', interview: i, slot });
    studentAt.add(studentKey);
    const roomKey = JSON.stringify([company, slot, room]);
    if (roomAt.has(roomKey)) out.push({ code: 'roomDoubleBooked', interview: i, slot });
    roomAt.add(roomKey);
    if (interview.interpreter) interpreted.set(slot, (interpreted.get(slot) ?? 0) + 1);
    if (interview.pinned && (interview.pinned.slot !== slot || interview.pinned.room !== room)) out.push({ code: 'pinMoved', interview: i, slot });
    const companyKey = JSON.stringify([company, slot]);
    if (!companyAt.has(companyKey)) companyAt.set(companyKey, []);
    companyAt.get(companyKey)!.push(i);
  }
  for (const [slot, n] of interpreted) if (n > interpretersAt(slot)) out.push({ code: 'interpretersExceeded', slot });

  // Left out only if it fits nowhere as the schedule stands, and for the reason given.
  for (const { interview: i, reason } of schedule.unscheduled) {
    const interview = interviews[i];
    if (!interview) continue;
    if (interview.pinned) {
      if (reason !== 'pinConflict') out.push({ code: 'wrongReason', interview: i });
      continue;
    }
    const slots = shared(i);
    const studentBusy = (t: number) => studentAt.has(JSON.stringify([interview.student, t]));
    const companyFull = (t: number) => (companyAt.get(JSON.stringify([interview.company, t]))?.length ?? 0) >= rooms.get(interview.company)!;
    const interpreterFull = (t: number) => Boolean(interview.interpreter) && (interpreted.get(t) ?? 0) >= interpretersAt(t);
    const fits = slots.find((t) => !studentBusy(t) && !companyFull(t) && !interpreterFull(t));
    if (fits !== undefined) out.push({ code: 'couldBePlaced', interview: i, slot: fits });
    const expected =
      slots.length === 0
        ? 'noCommonFreeSlot'
        : slots.every(studentBusy)
          ? 'studentFullyBooked'
          : slots.every(companyFull)
            ? 'companyFullyBooked'
            : slots.some((t) => !studentBusy(t) && !companyFull(t))
              ? 'interpreterCapacity'
              : 'capacityConflict';
    if (reason !== expected) out.push({ code: 'wrongReason', interview: i });
  }

  if (schedule.makespan !== last + 1) out.push({ code: 'wrongMakespan' });
  if (schedule.unscheduled.length === 0 && schedule.makespan < schedule.lowerBound) out.push({ code: 'belowLowerBound' });
  if (schedule.idleGaps !== countIdleGaps(instance, schedule)) out.push({ code: 'wrongIdleGaps' });
  return out;
}

function countIdleGaps(instance: FairInstance, schedule: FairSchedule): number {
  const byStudentDay = new Map<string, number[]>();
  for (const { interview, slot } of schedule.scheduled) {
    const key = JSON.stringify([instance.interviews[interview]?.student, instance.slotDays?.[slot] ?? 0]);
    if (!byStudentDay.has(key)) byStudentDay.set(key, []);
    byStudentDay.get(key)!.push(slot);
  }
  let gaps = 0;
  for (const slots of byStudentDay.values()) gaps += slots.reduce((a, b) => Math.max(a, b)) - slots.reduce((a, b) => Math.min(a, b)) + 1 - slots.length;
  return gaps;
}
