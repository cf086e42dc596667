// The allowed transitions as one table: every move a student's status can make, who may make
// it, what facts it needs and which reason list it takes. Nothing outside this table is ever
// accepted; transition.ts and allowed-transitions.ts only read it. At most one row per
// (from, to), no row out of a terminal status and none from a status to itself
// (transition-table.test.ts checks these).
import type { ActorKind, PipelineStatus, ReasonList } from './pipeline-status.ts';

/**
 * advance: one step forward along the chain; skip_lectures: screened → interviewee in a
 * program without donated lectures; withdraw / decline: leave the pipeline with a reason;
 * correct: the operator steps back one step to undo a mistake, with a reason.
 */
export type Move = 'advance' | 'skip_lectures' | 'withdraw' | 'decline' | 'correct';

/**
 * consent: the student has given consent (context.consentGiven); attendance: attended
 * sessions ≥ the program's minimum (context.attendance); with_lectures / without_lectures:
 * the program's `hasLectures` setting.
 */
export type Requirement = 'consent' | 'attendance' | 'with_lectures' | 'without_lectures';

export type TransitionRule = {
  readonly from: PipelineStatus;
  readonly to: PipelineStatus;
  readonly move: Move;
  readonly actors: readonly ActorKind[];
  readonly requires: readonly Requirement[];
  /** The list the reason code must come from; null when the move takes no reason. */
  readonly reasons: ReasonList | null;
};

const row = (from: PipelineStatus, to: PipelineStatus, move: Move, actors: readonly ActorKind[], requires: readonly Requirement[] = []): TransitionRule => ({
  from,
  to,
  move,
  actors,
  requires,
  reasons: move === 'withdraw' ? 'withdrawal' : move === 'decline' ? 'decline' : move === 'correct' ? 'correction' : null,
});

// The operator runs the chain; the system moves students on recorded facts (attendance);
// a host company makes offers and turns down students it has interviewed; the student
// accepts an offer; the student, their college or the operator (on their word) records a
// withdrawal.
const OPERATOR: readonly ActorKind[] = ['operator'];
const WITHDRAWERS: readonly ActorKind[] = ['student', 'college', 'operator'];
const DECLINERS_AFTER_INTERVIEW: readonly ActorKind[] = ['operator', 'host_company'];

export const TRANSITION_TABLE: readonly TransitionRule[] = [
  row('applied', 'screened', 'advance', OPERATOR, ['consent']),
  row('screened', 'lecture_attendee', 'advance', ['operator', 'system'], ['with_lectures']),
  row('screened', 'interviewee', 'skip_lectures', OPERATOR, ['without_lectures']),
  row('lecture_attendee', 'interviewee', 'advance', ['operator', 'system'], ['attendance']),
  row('interviewee', 'intern_candidate', 'advance', OPERATOR),
  row('intern_candidate', 'intern', 'advance', OPERATOR),
  row('intern', 'offered', 'advance', ['operator', 'host_company']),
  row('offered', 'hired', 'advance', ['student', 'operator']),

  row('screened', 'applied', 'correct', OPERATOR),
  row('lecture_attendee', 'screened', 'correct', OPERATOR),
  row('interviewee', 'lecture_attendee', 'correct', OPERATOR, ['with_lectures']),
  row('interviewee', 'screened', 'correct', OPERATOR, ['without_lectures']),
  row('intern_candidate', 'interviewee', 'correct', OPERATOR),
  row('intern', 'intern_candidate', 'correct', OPERATOR),
  row('offered', 'intern', 'correct', OPERATOR),

  row('applied', 'withdrawn', 'withdraw', WITHDRAWERS),
  row('screened', 'withdrawn', 'withdraw', WITHDRAWERS),
  row('lecture_attendee', 'withdrawn', 'withdraw', WITHDRAWERS),
  row('interviewee', 'withdrawn', 'withdraw', WITHDRAWERS),
  row('intern_candidate', 'withdrawn', 'withdraw', WITHDRAWERS),
  row('intern', 'withdrawn', 'withdraw', WITHDRAWERS),
  row('offered', 'withdrawn', 'withdraw', WITHDRAWERS),

  row('applied', 'declined', 'decline', OPERATOR),
  row('screened', 'declined', 'decline', OPERATOR),
  row('lecture_attendee', 'declined', 'decline', OPERATOR),
  row('interviewee', 'declined', 'decline', DECLINERS_AFTER_INTERVIEW),
  row('intern_candidate', 'declined', 'decline', DECLINERS_AFTER_INTERVIEW),
  row('intern', 'declined', 'decline', DECLINERS_AFTER_INTERVIEW),
  row('offered', 'declined', 'decline', DECLINERS_AFTER_INTERVIEW),
];

/** The row for from → to, if the table has one. */
export function ruleFor(from: PipelineStatus, to: PipelineStatus): TransitionRule | undefined {
  return TRANSITION_TABLE.find((rule) => rule.from === from && rule.to === to);
}

/** Every row leaving `from`, in table order. */
export function rulesFrom(from: PipelineStatus): TransitionRule[] {
  return TRANSITION_TABLE.filter((rule) => rule.from === from);
}
