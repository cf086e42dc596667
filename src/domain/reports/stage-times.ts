// Time in each stage of the funnel: for the students who went on to the next stage, the median
// days between entering a stage and entering the next. A stage is entered at the first move to
// its status or any later one on the chain (a bulk move may pass a status by), and the first
// stage when the application was made.
import { PIPELINE_CHAIN, type PipelineStatus } from '../pipeline/pipeline-status.ts';
import { STAGE_ENTRY, type FunnelStage } from './funnel.ts';

type PipelineStage = keyof typeof STAGE_ENTRY;
const PIPELINE_STAGES = Object.keys(STAGE_ENTRY) as PipelineStage[];
const chainIndex = (status: PipelineStatus) => (PIPELINE_CHAIN as readonly string[]).indexOf(status);

/** One application's history: when it was made, and the first time it moved to each status of the chain. */
export type ApplicationHistory = { appliedAt: Date; firstMoves: ReadonlyMap<PipelineStatus, Date> };

export type StageTime = { stage: FunnelStage; nextStage: FunnelStage; medianDays: number | null; students: number };

const DAY_MS = 86_400_000;

/** When the application entered each stage it reached. */
export function stageEntries(history: ApplicationHistory): Partial<Record<PipelineStage, Date>> {
  const entries: Partial<Record<PipelineStage, Date>> = { applicants: history.appliedAt };
  for (const stage of PIPELINE_STAGES.slice(1)) {
    const from = chainIndex(STAGE_ENTRY[stage]);
    let first: Date | undefined;
    for (const [status, at] of history.firstMoves) {
      if (chainIndex(status) >= from && (!first || at < first)) first = at;
    }
    if (first) entries[stage] = first;
  }
  return entries;
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function stageTimes(histories: Iterable<ApplicationHistory>): StageTime[] {
  const days = PIPELINE_STAGES.slice(0, -1).map(() => [] as number[]);
  for (const history of histories) {
    const entries = stageEntries(history);
    PIPELINE_STAGES.slice(0, -1).forEach((stage, i) => {
      const from = entries[stage];
      const to = entries[PIPELINE_STAGES[i + 1]!];
      // A clock moved back (a correction dated earlier) would give a negative stay: not counted.
      if (from && to && to >= from) days[i]!.push((to.getTime() - from.getTime()) / DAY_MS);
    });
  }
  return PIPELINE_STAGES.slice(0, -1).map((stage, i) => ({ stage, nextStage: PIPELINE_STAGES[i + 1]!, medianDays: median(days[i]!), students: days[i]!.length }));
}
