// What the scheduler answers: each interview either placed (slot and room) or left out with a
// reason code, and the figures by which the schedule is judged. Interviews are referred to by
// their index in `FairInstance.interviews`.

export const UNSCHEDULED_REASONS = [
  /** No slot in which both the student and the company are free. */
  'noCommonFreeSlot',
  /** Every slot the student and company share is taken by the student's other interviews. */
  'studentFullyBooked',
  /** Every such slot has all the company's rooms in use. */
  'companyFullyBooked',
  /** In every slot where the student and a room are free, every interpreter is already booked. */
  'interpreterCapacity',
  /** Pinned by the operator where another pinned interview already is. */
  'pinConflict',
  /** The shared slots are taken, some by the student's interviews, some by the company's or the interpreters'. */
  'capacityConflict',
] as const;
export type UnscheduledReason = (typeof UNSCHEDULED_REASONS)[number];

export type ScheduledInterview = { readonly interview: number; readonly slot: number; readonly room: number };
export type UnscheduledInterview = { readonly interview: number; readonly reason: UnscheduledReason };

export type FairSchedule = {
  /** In interview order. */
  readonly scheduled: ScheduledInterview[];
  readonly unscheduled: UnscheduledInterview[];
  /** Slots the fair takes: the last slot used + 1 (0 when nothing is placed). */
  readonly makespan: number;
  /** No schedule of every interview can take fewer slots than this (it may exceed `slots` when not all fit). */
  readonly lowerBound: number;
  /** Sum over students and days of the free slots between their first and last interview. */
  readonly idleGaps: number;
  /**
   * `proved`: no schedule places more interviews, nor the same number in fewer slots.
   * `bestFound`: a search budget ran out first; the schedule is valid, and `lowerBound` says how far
   * from the optimum it can be.
   */
  readonly optimality: 'proved' | 'bestFound';
  /** `edgeColoring` when only rooms limit the fair (always optimal); `search` otherwise. */
  readonly method: 'edgeColoring' | 'search';
};
