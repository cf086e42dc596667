// Generated intern-selection markets for the matching benchmark (bench/matching.bench.ts). All
// the randomness is here, drawn from mulberry32 with fixed seeds, so that every figure can be
// reproduced. The structure is meant to look like a real match, not like uniform noise:
//   - company popularity is skewed: company c draws with weight (its popularity rank + 1)^−α, the
//     ranks shuffled so that popularity has nothing to do with the company's number or id;
//   - each student lists L distinct companies, drawn one after the other with those weights
//     without replacement (a Plackett–Luce random utility: popular companies tend to come first);
//   - each company ranks the students who listed it (so both sides have about S·L entries),
//     ordered by a common student score plus a company-specific noise (σ, the score's standard
//     deviation being 1): companies mostly agree on who is strong, not entirely;
//   - optionally a company ranks only a share of its applicants, picked at random (like "only the
//     students it interviewed"): the rest stay on the student's list but are not acceptable to it;
//   - capacities are drawn uniformly in [min, max].
// The market comes as flat typed arrays (the form the baseline works on) and converts to a
// MatchingInstance (what buildMarket, the CLI and the app take) and to the rows a database query
// would return.
import type { MatchingInstance } from '../src/domain/matching/matching-instance.ts';
import { mulberry32, randomInt, type Random } from './fair-generators.ts';

export { mulberry32, type Random };

export type MarketShape = {
  readonly students: number;
  readonly companies: number;
  /** Companies on each student's list (at most the number of companies). */
  readonly listLength: number;
  /** Seats per company, drawn uniformly in [min, max]. */
  readonly capacity: readonly [number, number];
  /** Popularity skew α: weight (rank + 1)^−α. 0 is uniform. */
  readonly popularity: number;
  /** Standard deviation of a company's noise on the common student score (which has 1). */
  readonly noise: number;
  /** Share of its applicants a company ranks (1: all of them). */
  readonly rankedShare: number;
};

/** A market in compressed rows: student s's list is studentList[studentStart[s] … studentStart[s + 1]), and the same for companies. */
export type MarketArrays = {
  readonly studentCount: number;
  readonly companyCount: number;
  readonly studentStart: Int32Array;
  readonly studentList: Int32Array;
  readonly companyStart: Int32Array;
  readonly companyList: Int32Array;
  readonly capacity: Int32Array;
};

/** National scale as the issue puts it: 100,000 students × 10,000 companies, lists of 20, 5–15 seats (about 100,000 in all). */
export const NATIONAL: MarketShape = { students: 100_000, companies: 10_000, listLength: 20, capacity: [5, 15], popularity: 0.6, noise: 0.5, rankedShare: 1 };
/** NRMP-sized: 50,000 × 6,500, lists of 12, 8–12 seats (about 65,000). */
export const NRMP: MarketShape = { students: 50_000, companies: 6_500, listLength: 12, capacity: [8, 12], popularity: 0.6, noise: 0.5, rankedShare: 1 };
/** The typical Hitachi program: 20 students each listing all 5 companies, 2 seats each. */
export const HITACHI: MarketShape = { students: 20, companies: 5, listLength: 5, capacity: [2, 2], popularity: 0.6, noise: 0.5, rankedShare: 1 };

/** A standard normal draw (Box–Muller). */
function gaussian(random: Random): number {
  const u = 1 - random(); // (0, 1]
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** A random permutation of 0 … n − 1 (Fisher–Yates). */
function permutation(random: Random, n: number): Int32Array {
  const p = new Int32Array(n);
  for (let i = 0; i < n; i++) p[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = p[i]!;
    p[i] = p[j]!;
    p[j] = t;
  }
  return p;
}

export function generateMarket(random: Random, shape: MarketShape): MarketArrays {
  const { students: S, companies: C, listLength, popularity, noise, rankedShare } = shape;
  const L = Math.min(listLength, C);

  // Popularity: cumulative weights over companies, in company order, ranks shuffled.
  const popularityRank = permutation(random, C);
  const cumulative = new Float64Array(C);
  let total = 0;
  for (let c = 0; c < C; c++) cumulative[c] = total += (popularityRank[c]! + 1) ** -popularity;
  const draw = (): number => {
    const x = random() * total;
    let lo = 0;
    let hi = C - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };

  // Students' lists: L distinct companies each, in the order drawn.
  const studentStart = new Int32Array(S + 1);
  for (let s = 0; s < S; s++) studentStart[s + 1] = (s + 1) * L;
  const studentList = new Int32Array(S * L);
  const seenBy = new Int32Array(C).fill(-1);
  for (let s = 0; s < S; s++) {
    for (let k = 0; k < L; k++) {
      let c = draw();
      while (seenBy[c] === s) c = draw();
      seenBy[c] = s;
      studentList[s * L + k] = c;
    }
  }

  // Companies' lists: their applicants, by common score plus their own noise, best first. The key
  // and the student travel together in one float (quantized key × 2^27 + student), so that a
  // company's applicants sort as numbers.
  const score = new Float64Array(S);
  for (let s = 0; s < S; s++) score[s] = gaussian(random);
  const applicants = new Int32Array(C + 1);
  for (let i = 0; i < studentList.length; i++) applicants[studentList[i]! + 1]!++;
  for (let c = 0; c < C; c++) applicants[c + 1]! += applicants[c]!;
  const keyed = new Float64Array(studentList.length);
  const fill = applicants.slice(0, C);
  for (let s = 0; s < S; s++) {
    for (let j = studentStart[s]!; j < studentStart[s + 1]!; j++) {
      const key = Math.min(2 ** 25 - 1, Math.max(0, Math.floor((12 - score[s]! - noise * gaussian(random)) * 2 ** 20))); // smaller is better
      keyed[fill[studentList[j]!]!++] = key * 2 ** 27 + s;
    }
  }
  const companyStart = new Int32Array(C + 1);
  const kept: number[] = [];
  for (let c = 0; c < C; c++) {
    const mine = keyed.subarray(applicants[c]!, applicants[c + 1]!).sort();
    for (let i = 0; i < mine.length; i++) if (rankedShare >= 1 || random() < rankedShare) kept.push(mine[i]! % 2 ** 27);
    companyStart[c + 1] = kept.length;
  }
  const companyList = Int32Array.from(kept);

  const capacity = new Int32Array(C);
  for (let c = 0; c < C; c++) capacity[c] = randomInt(random, shape.capacity[0], shape.capacity[1]);
  return { studentCount: S, companyCount: C, studentStart, studentList, companyStart, companyList, capacity };
}

/**
 * A uuid-shaped id (version 4 layout) from the seeded generator, like the database's ids. Copied
 * into a flat string, as pg hands them over: a string built by concatenation is a tree of pieces in
 * V8, which costs a copy each time it is hashed as part of a longer key (in the app, 2–3× slower).
 */
export function seededUuid(random: Random): string {
  const hex = (n: number) => Math.floor(random() * 2 ** n).toString(16).padStart(n / 4, '0');
  return Buffer.from(`${hex(32)}-${hex(16)}-4${hex(12)}-${(8 + Math.floor(random() * 4)).toString(16)}${hex(12)}-${hex(24)}${hex(24)}`, 'latin1').toString('latin1');
}

export type MarketIds = { readonly students: readonly string[]; readonly companies: readonly string[] };

/** Short ids as in the CLI's JSON: s0, s1, … and c0, c1, … */
export const shortIds = (m: MarketArrays): MarketIds => ({
  students: Array.from({ length: m.studentCount }, (_, s) => `s${s}`),
  companies: Array.from({ length: m.companyCount }, (_, c) => `c${c}`),
});

/** Database-like ids: seeded uuids. */
export const uuidIds = (random: Random, m: MarketArrays): MarketIds => ({
  students: Array.from({ length: m.studentCount }, () => seededUuid(random)),
  companies: Array.from({ length: m.companyCount }, () => seededUuid(random)),
});

export function toInstance(m: MarketArrays, ids: MarketIds): MatchingInstance {
  const list = (start: Int32Array, entries: Int32Array, i: number, names: readonly string[]) => Array.from(entries.subarray(start[i]!, start[i + 1]!), (k) => names[k]!);
  return {
    students: ids.students.map((id, s) => ({ id, ranking: list(m.studentStart, m.studentList, s, ids.companies) })),
    companies: ids.companies.map((id, c) => ({ id, capacity: m.capacity[c]!, ranking: list(m.companyStart, m.companyList, c, ids.students) })),
  };
}

/** The instance with a program-wide cap, shared round-robin in the order of the companies' ids (the CLI's default), no targets. */
export function withCap(instance: MatchingInstance, totalCap: number): MatchingInstance {
  const order = instance.companies.map((c) => c.id).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { ...instance, totalCap, capSharing: { order } };
}

/** One ranking entry as the repository's query returns it: rank 1 is the owner's first choice. */
export type RankingRow = { studentId: string; companyId: string; side: 'student' | 'company'; rank: number };
export type CompanyRow = { companyId: string; capacity: number };

/** Both sides' ranking rows in a random order (a query without ORDER BY), and the company rows. */
export function toRows(random: Random, m: MarketArrays, ids: MarketIds): { rankings: RankingRow[]; companies: CompanyRow[] } {
  const rankings: RankingRow[] = [];
  for (let s = 0; s < m.studentCount; s++) {
    for (let j = m.studentStart[s]!; j < m.studentStart[s + 1]!; j++) rankings.push({ studentId: ids.students[s]!, companyId: ids.companies[m.studentList[j]!]!, side: 'student', rank: j - m.studentStart[s]! + 1 });
  }
  for (let c = 0; c < m.companyCount; c++) {
    for (let i = m.companyStart[c]!; i < m.companyStart[c + 1]!; i++) rankings.push({ studentId: ids.students[m.companyList[i]!]!, companyId: ids.companies[c]!, side: 'company', rank: i - m.companyStart[c]! + 1 });
  }
  for (let i = rankings.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = rankings[i]!;
    rankings[i] = rankings[j]!;
    rankings[j] = t;
  }
  return { rankings, companies: ids.companies.map((companyId, c) => ({ companyId, capacity: m.capacity[c]! })) };
}
