// The shapes the state machine works on: a student's state in one program (current status
// plus the append-only history that led to it), a request to move it, the facts a request is
// judged against, and the answers. A state's status is always the `to` of its last record,
// or `applied` when the history is empty (check-history.ts verifies this independently).
import type { ActorKind, PipelineStatus, ReasonCode } from './pipeline-status.ts';

/** One accepted move: who made it, of which kind, when, and why when the move takes a reason. */
export type TransitionRecord = {
  readonly from: PipelineStatus;
  readonly to: PipelineStatus;
  /** The user id of the person (or the job id of the system) that made the move. */
  readonly by: string;
  readonly byKind: ActorKind;
  /** context.now of the accepted request. */
  readonly at: Date;
  readonly reasonCode?: ReasonCode;
  readonly note?: string;
};

export type PipelineState = {
  readonly studentId: string;
  readonly status: PipelineStatus;
  /** Append-only: a transition returns a new state with one more record and never edits old ones. */
  readonly history: readonly TransitionRecord[];
};

export type TransitionRequest = {
  readonly to: PipelineStatus;
  readonly by: string;
  readonly byKind: ActorKind;
  readonly reasonCode?: ReasonCode;
  readonly note?: string;
};

/** What the program says: when it is, and whether it has donated lectures. */
export type ProgramContext = {
  readonly now: Date;
  readonly hasLectures: boolean;
};

/** What is known about one student; a missing fact counts as not met. */
export type StudentFacts = {
  readonly consentGiven?: boolean;
  readonly attendance?: { readonly attendedSessions: number; readonly minimumSessions: number };
};

export type TransitionContext = ProgramContext & StudentFacts;

export const PIPELINE_REFUSAL_CODES = [
  'pipeline.actorIdMissing',
  'pipeline.terminalStatus',
  'pipeline.sameStatus',
  'pipeline.transitionNotAllowed',
  'pipeline.actorNotAllowed',
  'pipeline.consentMissing',
  'pipeline.attendanceUnknown',
  'pipeline.attendanceTooLow',
  'pipeline.programHasLectures',
  'pipeline.programHasNoLectures',
  'pipeline.reasonRequired',
  'pipeline.reasonInvalid',
  'pipeline.reasonNotExpected',
  'pipeline.noteTooLong',
  'pipeline.duplicateStudent',
] as const;
export type PipelineRefusalCode = (typeof PIPELINE_REFUSAL_CODES)[number];

/** Parameters for the translated message: statuses, the actor kind, counts, the reason list's name. */
export type RefusalDetails = Readonly<Record<string, string | number>>;

export type TransitionRefusal = { readonly ok: false; readonly code: PipelineRefusalCode; readonly details: RefusalDetails };
export type TransitionResult = { readonly ok: true; readonly state: PipelineState; readonly record: TransitionRecord } | TransitionRefusal;

/** A student's state when their application is recorded: no moves yet. */
export function initialPipelineState(studentId: string): PipelineState {
  return { studentId, status: 'applied', history: [] };
}
