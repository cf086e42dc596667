// An independent checker of a stored state, for tests and for services that load a state from
// the database: it replays the history against the transition table without using the guards.
// It reports every problem (an empty list means the state could have been produced by
// transition()): the history is a chain starting at `applied`, each record is a table row with
// an allowed actor kind, a user id, a valid time and the reason its row needs, and the status is
// the last record's `to`. Facts (consent, attendance, the program's lectures) are not stored in
// records, so they cannot be rechecked here. O(history × table size).
import type { PipelineState, TransitionRecord } from './pipeline-state.ts';
import { PIPELINE_STATUSES, REASON_LISTS } from './pipeline-status.ts';
import { TRANSITION_TABLE } from './transition-table.ts';

export type HistoryProblem = {
  /** The record's index in the history, or -1 for the state's own status. */
  index: number;
  code:
    | 'history.unknownStatus'
    | 'history.brokenChain'
    | 'history.notInTable'
    | 'history.actorNotAllowed'
    | 'history.actorIdMissing'
    | 'history.invalidTime'
    | 'history.reasonMissing'
    | 'history.reasonInvalid'
    | 'history.reasonUnexpected'
    | 'history.statusMismatch';
};

export function checkHistory(state: PipelineState): HistoryProblem[] {
  const problems: HistoryProblem[] = [];
  if (!(PIPELINE_STATUSES as readonly string[]).includes(state.status)) problems.push({ index: -1, code: 'history.unknownStatus' });
  let expectedFrom: string = 'applied';
  state.history.forEach((record, index) => {
    if (record.from !== expectedFrom) problems.push({ index, code: 'history.brokenChain' });
    for (const code of recordProblems(record)) problems.push({ index, code });
    expectedFrom = record.to;
  });
  if (state.status !== expectedFrom) problems.push({ index: -1, code: 'history.statusMismatch' });
  return problems;
}

function recordProblems(record: TransitionRecord): HistoryProblem['code'][] {
  const problems: HistoryProblem['code'][] = [];
  if (typeof record.by !== 'string' || record.by.trim() === '') problems.push('history.actorIdMissing');
  if (!(record.at instanceof Date) || Number.isNaN(record.at.getTime())) problems.push('history.invalidTime');
  const row = TRANSITION_TABLE.find((r) => r.from === record.from && r.to === record.to);
  if (!row) return [...problems, 'history.notInTable'];
  if (!row.actors.includes(record.byKind)) problems.push('history.actorNotAllowed');
  if (row.reasons === null) {
    if (record.reasonCode !== undefined) problems.push('history.reasonUnexpected');
  } else if (record.reasonCode === undefined) {
    problems.push('history.reasonMissing');
  } else if (!(REASON_LISTS[row.reasons] as readonly string[]).includes(record.reasonCode)) {
    problems.push('history.reasonInvalid');
  }
  return problems;
}
