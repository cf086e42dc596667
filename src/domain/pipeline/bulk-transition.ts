// The same move for many students at once (the screening board's bulk status change), all or
// nothing. Guarantees: either every student passes transition() and every one is moved, with
// one record each, in input order; or none is moved and every refusal is listed, one per
// refused student, by student id and code. A student listed twice is refused
// (`pipeline.duplicateStudent`) rather than moved twice. Facts are per student; a student with
// no facts meets none. O(n × table size).
import type {
  PipelineRefusalCode,
  PipelineState,
  ProgramContext,
  RefusalDetails,
  StudentFacts,
  TransitionRecord,
  TransitionRequest,
} from './pipeline-state.ts';
import { transition } from './transition.ts';

export type BulkTransitionContext = ProgramContext & {
  /** Consent and attendance of each student, by student id. */
  readonly facts: ReadonlyMap<string, StudentFacts>;
};

export type BulkRefusal = { readonly studentId: string; readonly code: PipelineRefusalCode; readonly details: RefusalDetails };

export type BulkTransitionResult =
  | { readonly ok: true; readonly states: PipelineState[]; readonly records: TransitionRecord[] }
  | { readonly ok: false; readonly refusals: BulkRefusal[] };

export function bulkTransition(states: readonly PipelineState[], request: TransitionRequest, context: BulkTransitionContext): BulkTransitionResult {
  const { facts, ...program } = context;
  const seen = new Set<string>();
  const moved: PipelineState[] = [];
  const records: TransitionRecord[] = [];
  const refusals: BulkRefusal[] = [];

  for (const state of states) {
    if (seen.has(state.studentId)) {
      refusals.push({ studentId: state.studentId, code: 'pipeline.duplicateStudent', details: {} });
      continue;
    }
    seen.add(state.studentId);
    const own = facts.get(state.studentId);
    // Only the two student facts are taken, so a facts entry can never override the program's.
    const result = transition(state, request, { ...program, consentGiven: own?.consentGiven, attendance: own?.attendance });
    if (result.ok) {
      moved.push(result.state);
      records.push(result.record);
    } else {
      refusals.push({ studentId: state.studentId, code: result.code, details: result.details });
    }
  }
  return refusals.length > 0 ? { ok: false, refusals } : { ok: true, states: moved, records };
}
