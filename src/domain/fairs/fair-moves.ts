// The operator's hand on the schedule (issue 5 item 4): moving one interview to another slot and
// room of the grid. A move is refused, with the first rule it breaks, when it would book the
// student twice, put two interviews in one room, fall in a slot the student or the company
// cannot make, or need an interpreter when none is free. Pinned interviews stay where they are
// when the scheduler runs again. O(interviews).

export type MoveRefusal =
  | 'fair.slotUnknown'
  | 'fair.roomUnknown'
  | 'fair.studentUnavailable'
  | 'fair.companyUnavailable'
  | 'fair.studentBusy'
  | 'fair.roomTaken'
  | 'fair.interpreterShort';

export const MOVE_REFUSALS: readonly MoveRefusal[] = ['fair.slotUnknown', 'fair.roomUnknown', 'fair.studentUnavailable', 'fair.companyUnavailable', 'fair.studentBusy', 'fair.roomTaken', 'fair.interpreterShort'];

export type PlacedInterview = {
  readonly id: string;
  readonly studentId: string;
  readonly companyId: string;
  readonly needsInterpreter: boolean;
  readonly slot: number | null;
  readonly room: number | null;
};

export type MoveContext = {
  readonly slotCount: number;
  readonly roomsOf: (companyId: string) => number;
  readonly studentUnavailable: (studentId: string, slot: number) => boolean;
  readonly companyUnavailable: (companyId: string, slot: number) => boolean;
  /** Interpreters free in a slot. */
  readonly interpretersAt: (slot: number) => number;
  readonly interviews: readonly PlacedInterview[];
};

/** The first rule the move of `interviewId` to (slot, room) breaks, or null when it may be made. */
export function checkMove(context: MoveContext, interviewId: string, slot: number, room: number): MoveRefusal | null {
  const moving = context.interviews.find((i) => i.id === interviewId);
  if (!moving || !Number.isInteger(slot) || slot < 0 || slot >= context.slotCount) return 'fair.slotUnknown';
  if (!Number.isInteger(room) || room < 0 || room >= context.roomsOf(moving.companyId)) return 'fair.roomUnknown';
  if (context.studentUnavailable(moving.studentId, slot)) return 'fair.studentUnavailable';
  if (context.companyUnavailable(moving.companyId, slot)) return 'fair.companyUnavailable';
  const others = context.interviews.filter((i) => i.id !== interviewId && i.slot === slot);
  if (others.some((i) => i.studentId === moving.studentId)) return 'fair.studentBusy';
  if (others.some((i) => i.companyId === moving.companyId && i.room === room)) return 'fair.roomTaken';
  if (moving.needsInterpreter && others.filter((i) => i.needsInterpreter).length >= context.interpretersAt(slot)) return 'fair.interpreterShort';
  return null;
}
