// One student's move. Guarantees: an accepted move is a row of the transition table whose
// actor kind, facts, reason and note all pass; the new state's status is the move's `to` and its
// history is the old one plus exactly one record stamped with context.now; a refused move
// returns a code and leaves nothing changed. The input state is never mutated. O(table size).
import { checkMove, checkRequest, normalizeNote } from './guards.ts';
import type { PipelineState, TransitionContext, TransitionRecord, TransitionRequest, TransitionResult } from './pipeline-state.ts';

export function transition(state: PipelineState, request: TransitionRequest, context: TransitionContext): TransitionResult {
  const move = checkMove(state.status, request.to, request.byKind, context);
  if (!('rule' in move)) return { ok: false, ...move };
  const refusal = checkRequest(move.rule, request);
  if (refusal) return { ok: false, ...refusal };

  const note = normalizeNote(request.note);
  const record: TransitionRecord = {
    from: state.status,
    to: request.to,
    by: request.by,
    byKind: request.byKind,
    at: new Date(context.now.getTime()),
    ...(request.reasonCode !== undefined ? { reasonCode: request.reasonCode } : {}),
    ...(note !== undefined ? { note } : {}),
  };
  return { ok: true, state: { ...state, status: request.to, history: [...state.history, record] }, record };
}
