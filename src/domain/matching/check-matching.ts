// An independent checker of a matching's guarantees: every matched pair is mutually acceptable, no
// company is over its capacity, the total is within the program-wide cap, and the matching is
// stable — weakly stable under a cap. It shares no code with deferred-acceptance.ts; it reads the
// market (whose rank join is tested on its own) and the result only. Used by the tests and, as an
// assertion, before a result is saved. O(E + S + C).
import type { Market } from './market.ts';

export type MatchingViolationCode =
  /** The pair is not on both lists. */
  | 'notAcceptable'
  | 'overCapacity'
  | 'overTotalCap'
  /** s prefers c, c ranked s, and c holds a student it ranked below s. */
  | 'justifiedEnvy'
  /** s prefers c, c ranked s, c has an empty seat and the total is under the cap. */
  | 'wastedSeat';

export type MatchingViolation = { readonly code: MatchingViolationCode; readonly student?: number; readonly company: number };

/** At most `limit` violations, most basic first; empty when every guarantee holds. */
export function checkMatching(market: Market, companyOf: Int32Array, limit = 100): MatchingViolation[] {
  const { studentCount, companyCount, studentStart, studentList, companyRank, capacity, totalCap } = market;
  const out: MatchingViolation[] = [];
  const count = new Int32Array(companyCount);
  const worstHeld = new Int32Array(companyCount).fill(-1);
  const matchEntry = new Int32Array(studentCount).fill(-1); // the entry of the student's list they got
  let total = 0;
  for (let s = 0; s < studentCount; s++) {
    const c = companyOf[s]!;
    if (c === -1) continue;
    total++;
    count[c]!++;
    let j = studentStart[s]!;
    const end = studentStart[s + 1]!;
    while (j < end && studentList[j] !== c) j++;
    if (j === end || companyRank[j]! < 0) out.push({ code: 'notAcceptable', student: s, company: c });
    else {
      matchEntry[s] = j;
      if (companyRank[j]! > worstHeld[c]!) worstHeld[c] = companyRank[j]!;
    }
  }
  for (let c = 0; c < companyCount; c++) if (count[c]! > capacity[c]!) out.push({ code: 'overCapacity', company: c });
  if (total > totalCap) out.push({ code: 'overTotalCap', company: -1 });
  const underCap = total < totalCap;
  for (let s = 0; s < studentCount && out.length < limit; s++) {
    const end = matchEntry[s] === -1 ? studentStart[s + 1]! : matchEntry[s]!;
    for (let j = studentStart[s]!; j < end; j++) {
      const r = companyRank[j]!;
      if (r < 0) continue;
      const c = studentList[j]!;
      if (worstHeld[c]! > r) out.push({ code: 'justifiedEnvy', student: s, company: c });
      else if (underCap && count[c]! < capacity[c]!) out.push({ code: 'wastedSeat', student: s, company: c });
    }
  }
  return out.slice(0, limit);
}
