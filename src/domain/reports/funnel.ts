// The pipeline funnel a program reports (issue 9): how many students reached each stage, from
// applicants to hires still employed a year on, and the rates between stages. A stage counts a
// student who reached it or any later one, so a student who withdrew after the interview still
// counts as an interviewee. Years run before Kakehashi give the figures their own reports gave
// (programs' reported figures); later years count the pipeline's records.
import { PIPELINE_CHAIN, type PipelineStatus } from '../pipeline/pipeline-status.ts';
import type { ReportedFigures } from '../programs/program.ts';

export const FUNNEL_STAGES = ['applicants', 'lectureAttendees', 'interviewees', 'interns', 'offers', 'hires', 'retained12Months'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

/** The pipeline status whose reaching puts a student in each stage counted from the pipeline. */
export const STAGE_ENTRY: Record<Exclude<FunnelStage, 'retained12Months'>, PipelineStatus> = {
  applicants: 'applied',
  lectureAttendees: 'lecture_attendee',
  interviewees: 'interviewee',
  interns: 'intern',
  offers: 'offered',
  hires: 'hired',
};

/** Where a program's figures come from: its own report of a year run before Kakehashi, or the records. */
export type FunnelSource = 'reported' | 'recorded';

/** Counts per stage; null where the source does not say (a reported year without applicants). */
export type FunnelCounts = Record<FunnelStage, number | null>;

export type FunnelStep = {
  stage: FunnelStage;
  count: number | null;
  /** This stage's count over the previous known stage's; null when either is unknown or zero. */
  conversion: number | null;
};

export const emptyFunnel = (): FunnelCounts => ({ applicants: null, lectureAttendees: null, interviewees: null, interns: null, offers: null, hires: null, retained12Months: null });

/** The funnel in a program's own report: lecture participants are its attendees. */
export function reportedFunnel(figures: ReportedFigures): FunnelCounts {
  return {
    applicants: figures.applicants ?? null,
    lectureAttendees: figures.lectureParticipants ?? null,
    interviewees: figures.interviewees ?? null,
    interns: figures.interns ?? null,
    offers: figures.offers ?? null,
    hires: figures.hires ?? null,
    retained12Months: null,
  };
}

/** How many students reached each stage, from the furthest status each one reached on the chain. */
export function countReached(furthest: Iterable<{ status: PipelineStatus; students: number }>, retained12Months: number | null): FunnelCounts {
  const perIndex = new Array<number>(PIPELINE_CHAIN.length).fill(0);
  for (const { status, students } of furthest) {
    const index = (PIPELINE_CHAIN as readonly string[]).indexOf(status);
    if (index < 0) throw new Error(`not a status of the chain: ${status}`);
    perIndex[index]! += students;
  }
  // Reached k = furthest at k or later: a suffix sum over the chain.
  const reached = new Array<number>(PIPELINE_CHAIN.length).fill(0);
  for (let i = PIPELINE_CHAIN.length - 1, sum = 0; i >= 0; i--) reached[i] = sum += perIndex[i]!;
  const at = (status: PipelineStatus) => reached[(PIPELINE_CHAIN as readonly string[]).indexOf(status)]!;
  const counts = emptyFunnel();
  for (const [stage, status] of Object.entries(STAGE_ENTRY) as [keyof typeof STAGE_ENTRY, PipelineStatus][]) counts[stage] = at(status);
  counts.retained12Months = retained12Months;
  return counts;
}

/** The steps of a funnel with each stage's rate from the stage before it that has a count. */
export function funnelSteps(counts: FunnelCounts): FunnelStep[] {
  let previous: number | null = null;
  return FUNNEL_STAGES.map((stage) => {
    const count = counts[stage];
    const conversion = count !== null && previous !== null && previous > 0 ? count / previous : null;
    if (count !== null) previous = count;
    return { stage, count, conversion };
  });
}

/** The counts with a figure, in stage order: the "57 → 44 → 9 → 2" a report quotes. */
export const knownCounts = (counts: FunnelCounts): number[] => FUNNEL_STAGES.map((s) => counts[s]).filter((n): n is number => n !== null);

/** Sums funnels stage by stage; a stage is known when any of them knows it. */
export function addFunnels(funnels: readonly FunnelCounts[]): FunnelCounts {
  const total = emptyFunnel();
  for (const funnel of funnels) {
    for (const stage of FUNNEL_STAGES) {
      const n = funnel[stage];
      if (n !== null) total[stage] = (total[stage] ?? 0) + n;
    }
  }
  return total;
}
