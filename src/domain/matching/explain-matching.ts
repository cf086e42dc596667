// Why each student got what they got, and where each company's list was cut: codes, which the UI
// and the CLI turn into words. Works on any matching, including one changed by hand, where a
// higher choice may be lost to the change rather than to the rules. O(E + S + C).
import type { Market } from './market.ts';

export type HigherChoiceReason =
  /** The company did not rank the student. */
  | 'companyDidNotRankYou'
  /** Every seat of the company went to students it ranked above this one. */
  | 'filledWithHigherRanked'
  /** The company had a seat, but the program-wide cap (the flats) was reached. */
  | 'programCapReached'
  /** None of the above: the matching was changed by hand. */
  | 'manualOverride';

export type StudentExplanation = {
  /** Position of the result in the student's own list (0 = first choice), or −1 when unmatched. */
  readonly choice: number;
  /** Each company the student ranked above the result (all of their list when unmatched), with the reason. */
  readonly higher: readonly { readonly company: number; readonly reason: HigherChoiceReason }[];
};

export type CompanyExplanation = {
  readonly filled: number;
  readonly capacity: number;
  /** The company's rank (0 = first) of the lowest-ranked student it got, or −1 when it got none. */
  readonly cutoffRank: number;
  /** Why seats are left, when some are: nobody else it ranked wanted it more, the cap, or a change by hand (someone it ranked wanted the seat). */
  readonly unfilledReason: 'noMoreApplicants' | 'programCapReached' | 'manualOverride' | null;
};

export function explainMatching(market: Market, companyOf: Int32Array): { students: StudentExplanation[]; companies: CompanyExplanation[] } {
  const { studentCount, companyCount, studentStart, studentList, companyRank, capacity, totalCap } = market;
  const filled = new Int32Array(companyCount);
  const cutoff = new Int32Array(companyCount).fill(-1);
  const choice = new Int32Array(studentCount).fill(-1);
  let total = 0;
  for (let s = 0; s < studentCount; s++) {
    const c = companyOf[s]!;
    if (c === -1) continue;
    total++;
    filled[c]!++;
    for (let j = studentStart[s]!; j < studentStart[s + 1]!; j++) {
      if (studentList[j] !== c) continue;
      choice[s] = j - studentStart[s]!;
      cutoff[c] = Math.max(cutoff[c]!, companyRank[j]!);
    }
  }
  const capReached = total >= totalCap;
  const wanted = new Uint8Array(companyCount); // a free seat a student it ranked would have taken: only after a change by hand
  const students: StudentExplanation[] = [];
  for (let s = 0; s < studentCount; s++) {
    const higher: { company: number; reason: HigherChoiceReason }[] = [];
    const end = choice[s] === -1 ? studentStart[s + 1]! : studentStart[s]! + choice[s]!;
    for (let j = studentStart[s]!; j < end; j++) {
      const c = studentList[j]!;
      const r = companyRank[j]!;
      const reason: HigherChoiceReason =
        r < 0 ? 'companyDidNotRankYou' : filled[c]! >= capacity[c]! && cutoff[c]! < r ? 'filledWithHigherRanked' : filled[c]! < capacity[c]! && capReached && cutoff[c]! < r ? 'programCapReached' : 'manualOverride';
      if (reason === 'manualOverride' && filled[c]! < capacity[c]!) wanted[c] = 1;
      higher.push({ company: c, reason });
    }
    students.push({ choice: choice[s]!, higher });
  }
  const companies: CompanyExplanation[] = [];
  for (let c = 0; c < companyCount; c++) {
    const unfilledReason = filled[c]! >= capacity[c]! ? null : capReached ? 'programCapReached' : wanted[c] ? 'manualOverride' : 'noMoreApplicants';
    companies.push({ filled: filled[c]!, capacity: capacity[c]!, cutoffRank: cutoff[c]!, unfilledReason });
  }
  return { students, companies };
}
