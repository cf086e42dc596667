// The checks a move must pass, in a fixed order so that a refused request always gets the same
// code: first whether the table has the move at all, then who asks, then the facts it needs
// (checkMove, shared by transition() and allowedTransitions() so the two cannot disagree);
// then the shape of the request itself: who, the reason, the note (checkRequest).
import { isTerminal, MAX_NOTE_LENGTH, REASON_LISTS, type ActorKind, type PipelineStatus } from './pipeline-status.ts';
import type { PipelineRefusalCode, RefusalDetails, TransitionContext, TransitionRequest } from './pipeline-state.ts';
import { ruleFor, type Requirement, type TransitionRule } from './transition-table.ts';

export type Refusal = { code: PipelineRefusalCode; details: RefusalDetails };

const refuse = (code: PipelineRefusalCode, details: RefusalDetails = {}): Refusal => ({ code, details });

/** One check per requirement of the table; null when met. Missing or malformed facts fail closed. */
const REQUIREMENT_CHECKS: Record<Requirement, (context: TransitionContext) => Refusal | null> = {
  consent: (c) => (c.consentGiven === true ? null : refuse('pipeline.consentMissing')),
  attendance: (c) => {
    if (!c.attendance) return refuse('pipeline.attendanceUnknown');
    const { attendedSessions, minimumSessions } = c.attendance;
    // Written as !(a >= m) so that NaN is refused too.
    return !(attendedSessions >= minimumSessions) ? refuse('pipeline.attendanceTooLow', { attendedSessions, minimumSessions }) : null;
  },
  with_lectures: (c) => (c.hasLectures === true ? null : refuse('pipeline.programHasNoLectures')),
  without_lectures: (c) => (c.hasLectures === false ? null : refuse('pipeline.programHasLectures')),
};

/** May an actor of this kind move a student from `from` to `to` under these facts? The rule when yes. */
export function checkMove(from: PipelineStatus, to: PipelineStatus, byKind: ActorKind, context: TransitionContext): { rule: TransitionRule } | Refusal {
  if (isTerminal(from)) return refuse('pipeline.terminalStatus', { from });
  if (from === to) return refuse('pipeline.sameStatus', { from });
  const rule = ruleFor(from, to);
  if (!rule) return refuse('pipeline.transitionNotAllowed', { from, to });
  if (!rule.actors.includes(byKind)) return refuse('pipeline.actorNotAllowed', { from, to, byKind });
  for (const requirement of rule.requires) {
    const refusal = REQUIREMENT_CHECKS[requirement](context);
    if (refusal) return refusal;
  }
  return { rule };
}

/** The request's own fields against the rule: a user id, a reason from the rule's list (or none), a note of bounded length. */
export function checkRequest(rule: TransitionRule, request: TransitionRequest): Refusal | null {
  if (typeof request.by !== 'string' || request.by.trim() === '') return refuse('pipeline.actorIdMissing');
  if (rule.reasons === null) {
    if (request.reasonCode !== undefined) return refuse('pipeline.reasonNotExpected', { to: rule.to });
  } else if (request.reasonCode === undefined) {
    return refuse('pipeline.reasonRequired', { to: rule.to, reasonList: rule.reasons });
  } else if (!(REASON_LISTS[rule.reasons] as readonly string[]).includes(request.reasonCode)) {
    return refuse('pipeline.reasonInvalid', { to: rule.to, reasonList: rule.reasons, reasonCode: String(request.reasonCode) });
  }
  const note = normalizeNote(request.note);
  if (note !== undefined && note.length > MAX_NOTE_LENGTH) return refuse('pipeline.noteTooLong', { maxLength: MAX_NOTE_LENGTH });
  return null;
}

/** A note is kept trimmed; a blank one is no note. */
export function normalizeNote(note: string | undefined): string | undefined {
  const trimmed = note?.trim();
  return trimmed ? trimmed : undefined;
}
