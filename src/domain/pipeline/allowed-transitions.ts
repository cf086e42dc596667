// What an actor of a given kind may do next with one student, for the UI to offer only what
// is possible. Guarantee: `to` is listed exactly when transition() accepts a request to it from
// that actor kind with a well-formed request (a user id and, when `reasons` is not null, one
// of those reason codes); both read the same table through the same checkMove().
import { checkMove } from './guards.ts';
import type { PipelineState, TransitionContext } from './pipeline-state.ts';
import { REASON_LISTS, type ActorKind, type PipelineStatus, type ReasonCode, type ReasonList } from './pipeline-status.ts';
import { rulesFrom, type Move } from './transition-table.ts';

export type AllowedTransition = {
  readonly to: PipelineStatus;
  readonly move: Move;
  /** The list a reason must be chosen from, and its codes; null when the move takes no reason. */
  readonly reasonList: ReasonList | null;
  readonly reasons: readonly ReasonCode[] | null;
};

/** In table order: forward moves first, then corrections, withdrawal and decline. */
export function allowedTransitions(state: PipelineState, actorKind: ActorKind, context: TransitionContext): AllowedTransition[] {
  return rulesFrom(state.status)
    .filter((rule) => 'rule' in checkMove(rule.from, rule.to, actorKind, context))
    .map((rule) => ({
      to: rule.to,
      move: rule.move,
      reasonList: rule.reasons,
      reasons: rule.reasons === null ? null : REASON_LISTS[rule.reasons],
    }));
}
