// One round of intern selection in a program, as the app runs it: who is in the market, who may
// rank whom (the JRMP rule: a company ranks only students it interviewed, unless the operator
// relaxes it), the round's life (collecting lists → reviewed → published → frozen), interim
// demand, and the properties a hand-made change breaks. Pure: the services load the rows.
import type { PipelineStatus } from '../pipeline/pipeline-status.ts';
import type { MatchingViolationCode } from './check-matching.ts';

export const ROUND_STATUSES = ['collecting', 'reviewed', 'published', 'frozen'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

/** Students still to be placed: interviewed, or already chosen as intern candidates. */
export const MARKET_STATUSES = ['interviewee', 'intern_candidate'] as const satisfies readonly PipelineStatus[];

/** Hitachi's rule: at most 2 interns per host company. */
export const DEFAULT_SEATS = 2;

export type RoundCompany = { readonly organizationId: string; readonly seats: number };

export type RoundSettings = {
  readonly totalCap: number | null;
  /** The cap's round-robin order; companies left out follow in the round's own order. */
  readonly capOrder: readonly string[];
  readonly capTargets: Readonly<Record<string, number>>;
};

/** How many students ranked each company first (JRMP's interim publication). */
export function interimDemand(lists: ReadonlyMap<string, readonly string[]>, companyIds: readonly string[]): Record<string, number> {
  const out = Object.fromEntries(companyIds.map((id) => [id, 0]));
  for (const ranking of lists.values()) if (ranking[0] !== undefined && ranking[0] in out) out[ranking[0]]!++;
  return out;
}

/** The guarantee each kind of violation breaks, as shown next to a change made by hand. */
export const BROKEN_PROPERTY: Record<MatchingViolationCode, 'acceptability' | 'capacity' | 'programCap' | 'noJustifiedEnvy' | 'nonWastefulness'> = {
  notAcceptable: 'acceptability',
  overCapacity: 'capacity',
  overTotalCap: 'programCap',
  justifiedEnvy: 'noJustifiedEnvy',
  wastedSeat: 'nonWastefulness',
};

/** Seats for the next round: what each company has left after the frozen round's matches. */
export function seatsLeft(companies: readonly RoundCompany[], matchedPerCompany: ReadonlyMap<string, number>): RoundCompany[] {
  return companies.map((c) => ({ organizationId: c.organizationId, seats: Math.max(0, c.seats - (matchedPerCompany.get(c.organizationId) ?? 0)) }));
}
