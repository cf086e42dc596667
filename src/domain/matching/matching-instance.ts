// The intern-selection market as the matching sees it: students and host companies, each with a
// rank-order list (most preferred first, no ties), company capacities (seats), and optionally a
// program-wide cap (the housing partner's flats) with the operator's rule for sharing it.
// Ids are the caller's (database ids in the app, short strings in the CLI's JSON).

export type MatchingStudent = {
  readonly id: string;
  /** Company ids, most preferred first. */
  readonly ranking: readonly string[];
};

export type MatchingCompany = {
  readonly id: string;
  /** Interns the company takes at most (Hitachi: 2). */
  readonly capacity: number;
  /** Student ids, most preferred first (by default only students it interviewed). */
  readonly ranking: readonly string[];
};

/**
 * How a program-wide cap is shared when demand exceeds it (Kamada and Kojima's flexible deferred
 * acceptance): each company first fills up to its target; the seats left under the cap then go
 * one at a time to the companies in `order`, round after round. Both are the operator's setting.
 */
export type CapSharing = {
  /** Every company id once, in the round-robin order. */
  readonly order: readonly string[];
  /** Seats a company fills before the round-robin; absent ids get 0. The sum may not exceed the cap. */
  readonly targets?: Readonly<Record<string, number>>;
};

export type MatchingInstance = {
  readonly students: readonly MatchingStudent[];
  readonly companies: readonly MatchingCompany[];
  /** At most this many matches in all (e.g. 8 flats). Absent: no program-wide cap. */
  readonly totalCap?: number;
  /** Required with `totalCap`; see CapSharing. */
  readonly capSharing?: CapSharing;
};

export type MatchingProblemCode =
  | 'matching.duplicateId'
  | 'matching.unknownCompany'
  | 'matching.unknownStudent'
  | 'matching.duplicateEntry'
  | 'matching.capacityInvalid'
  | 'matching.totalCapInvalid'
  | 'matching.orderInvalid'
  | 'matching.targetInvalid'
  | 'matching.targetsExceedCap';

/** One thing wrong with an instance; `path` points into the input as `students[2].ranking[0]`. */
export type MatchingProblem = { readonly code: MatchingProblemCode; readonly path: string; readonly value?: unknown };

/** The cap's sharing rule when the caller gives none: companies in code-point order of their ids, no targets. */
export function defaultCapSharing(companies: readonly MatchingCompany[]): CapSharing {
  return { order: companies.map((c) => c.id).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)) };
}
