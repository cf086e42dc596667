// The vocabulary of a student's pipeline in one program: the statuses, the chain they move
// along, the terminal ones, who can act, and the fixed lists of reason codes. Pure data; the
// moves between statuses are in transition-table.ts.

/** The forward chain, in order: each status is one step after the previous one. */
export const PIPELINE_CHAIN = [
  'applied',
  'screened',
  'lecture_attendee',
  'interviewee',
  'intern_candidate',
  'intern',
  'offered',
  'hired',
] as const;

/** Every status: the chain plus the two ways out of it. */
export const PIPELINE_STATUSES = [...PIPELINE_CHAIN, 'withdrawn', 'declined'] as const;
export type PipelineStatus = (typeof PIPELINE_STATUSES)[number];

/** No transition leaves these (a mistake here is fixed by a new application, not an edit). */
export const TERMINAL_STATUSES = ['hired', 'withdrawn', 'declined'] as const satisfies readonly PipelineStatus[];

export const isTerminal = (status: PipelineStatus): boolean => (TERMINAL_STATUSES as readonly string[]).includes(status);

/** The kinds of actor a transition can come from; which person or organization is the access policy's concern. */
export const ACTOR_KINDS = ['operator', 'college', 'student', 'host_company', 'system'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** The student or their college withdrew. */
export const WITHDRAWAL_REASONS = ['personal', 'studies', 'health', 'other_offer', 'other'] as const;
/** The operator or a host company turned the student down. */
export const DECLINE_REASONS = ['language_level', 'skills', 'capacity', 'no_show', 'other'] as const;
/** The operator steps a student back to undo a move made by mistake. */
export const CORRECTION_REASONS = ['entry_error', 'decision_reversed', 'other'] as const;

export const REASON_LISTS = {
  withdrawal: WITHDRAWAL_REASONS,
  decline: DECLINE_REASONS,
  correction: CORRECTION_REASONS,
} as const;
export type ReasonList = keyof typeof REASON_LISTS;
export type ReasonCode = (typeof REASON_LISTS)[ReasonList][number];

export const ALL_REASON_CODES: readonly ReasonCode[] = [...new Set<ReasonCode>(Object.values(REASON_LISTS).flat())];

/** A free-text note is kept to a paragraph; longer texts belong in a document. */
export const MAX_NOTE_LENGTH = 2000;
