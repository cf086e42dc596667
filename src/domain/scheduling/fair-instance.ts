// The interview fair as the scheduler sees it: numbered time slots of equal length, companies
// with rooms, students, the interviews to place, interpreters per slot, and who cannot come when.
// Ids are the caller's (database ids in the app, short strings in the CLI's JSON).

export type FairCompany = {
  readonly id: string;
  /** Interviews the company can hold at once (rooms, or online booths). At least 1. */
  readonly rooms: number;
  /** Slots in which the company cannot interview. */
  readonly unavailable?: readonly number[];
};

export type FairStudent = {
  readonly id: string;
  readonly unavailable?: readonly number[];
};

export type FairInterview = {
  readonly student: string;
  readonly company: string;
  /** Needs one of the fair's Japanese–Mongolian interpreters for its whole slot. */
  readonly interpreter?: boolean;
  /** Fixed by the operator: the scheduler keeps it exactly here. */
  readonly pinned?: { readonly slot: number; readonly room: number };
};

export type FairInstance = {
  /** Slots are numbered 0 … slots − 1 in time order. */
  readonly slots: number;
  /** Interpreters free in each slot: one count for all slots or one per slot. Absent: no limit. */
  readonly interpreters?: number | readonly number[];
  /** The day of each slot, so that a student's idle gaps are counted within a day. Absent: one day. */
  readonly slotDays?: readonly number[];
  readonly companies: readonly FairCompany[];
  readonly students: readonly FairStudent[];
  readonly interviews: readonly FairInterview[];
};

export type InstanceProblemCode =
  | 'scheduling.slotsInvalid'
  | 'scheduling.interpretersInvalid'
  | 'scheduling.slotDaysInvalid'
  | 'scheduling.duplicateId'
  | 'scheduling.roomsInvalid'
  | 'scheduling.slotOutOfRange'
  | 'scheduling.unknownStudent'
  | 'scheduling.unknownCompany'
  | 'scheduling.duplicateInterview'
  | 'scheduling.roomOutOfRange';

/** One thing wrong with an instance; `path` points into the input as `companies[2].unavailable[0]`. */
export type InstanceProblem = { readonly code: InstanceProblemCode; readonly path: string; readonly value?: unknown };

/** Upper limit on slots, so that per-slot tables stay small (a fair of 30 days × 48 slots fits). */
export const MAX_SLOTS = 2_000;

const isCount = (n: unknown, min: number, max = Number.MAX_SAFE_INTEGER): boolean => Number.isInteger(n) && (n as number) >= min && (n as number) <= max;

/** Every problem of the instance, in input order; empty when the scheduler may run on it. */
export function validateFairInstance(instance: FairInstance): InstanceProblem[] {
  const problems: InstanceProblem[] = [];
  if (!isCount(instance.slots, 1, MAX_SLOTS)) return [{ code: 'scheduling.slotsInvalid', path: 'slots', value: instance.slots }];
  const slots = instance.slots;
  const inRange = (slot: unknown) => isCount(slot, 0, slots - 1);

  const { interpreters } = instance;
  if (interpreters !== undefined) {
    const list = typeof interpreters === 'number' ? null : interpreters;
    if (list === null ? !isCount(interpreters, 0) : list.length !== slots || list.some((n) => !isCount(n, 0))) {
      problems.push({ code: 'scheduling.interpretersInvalid', path: 'interpreters', value: interpreters });
    }
  }
  if (instance.slotDays !== undefined) {
    const days = instance.slotDays;
    const ordered = days.length === slots && days.every((d, i) => isCount(d, 0) && (i === 0 || d >= days[i - 1]!));
    if (!ordered) problems.push({ code: 'scheduling.slotDaysInvalid', path: 'slotDays', value: days });
  }

  const checkPeople = (list: readonly { id: string; unavailable?: readonly number[] }[], kind: 'companies' | 'students') => {
    const ids = new Set<string>();
    list.forEach((person, i) => {
      if (ids.has(person.id)) problems.push({ code: 'scheduling.duplicateId', path: `${kind}[${i}].id`, value: person.id });
      ids.add(person.id);
      person.unavailable?.forEach((slot, j) => {
        if (!inRange(slot)) problems.push({ code: 'scheduling.slotOutOfRange', path: `${kind}[${i}].unavailable[${j}]`, value: slot });
      });
    });
    return ids;
  };
  const companyIds = checkPeople(instance.companies, 'companies');
  const studentIds = checkPeople(instance.students, 'students');
  const rooms = new Map<string, number>();
  instance.companies.forEach((company, i) => {
    rooms.set(company.id, company.rooms);
    if (!isCount(company.rooms, 1, 1_000)) problems.push({ code: 'scheduling.roomsInvalid', path: `companies[${i}].rooms`, value: company.rooms });
  });

  const companiesOf = new Map<string, Set<string>>();
  instance.interviews.forEach((interview, i) => {
    const at = `interviews[${i}]`;
    if (!studentIds.has(interview.student)) problems.push({ code: 'scheduling.unknownStudent', path: `${at}.student`, value: interview.student });
    if (!companyIds.has(interview.company)) problems.push({ code: 'scheduling.unknownCompany', path: `${at}.company`, value: interview.company });
    const seen = companiesOf.get(interview.student) ?? companiesOf.set(interview.student, new Set()).get(interview.student)!;
    if (seen.has(interview.company)) problems.push({ code: 'scheduling.duplicateInterview', path: at, value: { student: interview.student, company: interview.company } });
    seen.add(interview.company);
    const pin = interview.pinned;
    if (pin === undefined) return;
    if (!inRange(pin.slot)) problems.push({ code: 'scheduling.slotOutOfRange', path: `${at}.pinned.slot`, value: pin.slot });
    const companyRooms = rooms.get(interview.company) ?? 1;
    if (!isCount(pin.room, 0, companyRooms - 1)) problems.push({ code: 'scheduling.roomOutOfRange', path: `${at}.pinned.room`, value: pin.room });
  });
  return problems;
}
