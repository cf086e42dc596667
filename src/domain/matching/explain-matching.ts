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

/** The reasons and company states in the order the codes below number them. */
export const HIGHER_CHOICE_REASONS = ['companyDidNotRankYou', 'filledWithHigherRanked', 'programCapReached', 'manualOverride'] as const satisfies readonly HigherChoiceReason[];
export const UNFILLED_REASONS = [null, 'noMoreApplicants', 'programCapReached', 'manualOverride'] as const satisfies readonly CompanyExplanation['unfilledReason'][];

/**
 * The explanations as flat arrays, for callers that write them out without an object per student
 * (the CLI on national-scale files): `reason[j]` for each entry j of a student's list above their
 * result (all of it when unmatched), an index into HIGHER_CHOICE_REASONS; `unfilled[c]` an index
 * into UNFILLED_REASONS.
 */
export function explainMatchingCodes(market: Market, companyOf: Int32Array) {
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
  const reason = new Uint8Array(studentList.length);
  for (let s = 0; s < studentCount; s++) {
    const end = choice[s] === -1 ? studentStart[s + 1]! : studentStart[s]! + choice[s]!;
    for (let j = studentStart[s]!; j < end; j++) {
      const c = studentList[j]!;
      const r = companyRank[j]!;
      const code = r < 0 ? 0 : filled[c]! >= capacity[c]! && cutoff[c]! < r ? 1 : filled[c]! < capacity[c]! && capReached && cutoff[c]! < r ? 2 : 3;
      if (code === 3 && filled[c]! < capacity[c]!) wanted[c] = 1;
      reason[j] = code;
    }
  }
  const unfilled = new Uint8Array(companyCount);
  for (let c = 0; c < companyCount; c++) unfilled[c] = filled[c]! >= capacity[c]! ? 0 : capReached ? 2 : wanted[c] ? 3 : 1;
  return { choice, reason, filled, cutoff, unfilled };
}

export function explainMatching(market: Market, companyOf: Int32Array): { students: StudentExplanation[]; companies: CompanyExplanation[] } {
  const { studentCount, companyCount, studentStart, studentList, capacity } = market;
  const { choice, reason, filled, cutoff, unfilled } = explainMatchingCodes(market, companyOf);
  const students: StudentExplanation[] = [];
  for (let s = 0; s < studentCount; s++) {
    const higher: { company: number; reason: HigherChoiceReason }[] = [];
    const end = choice[s] === -1 ? studentStart[s + 1]! : studentStart[s]! + choice[s]!;
    for (let j = studentStart[s]!; j < end; j++) higher.push({ company: studentList[j]!, reason: HIGHER_CHOICE_REASONS[reason[j]!]! });
    students.push({ choice: choice[s]!, higher });
  }
  const companies: CompanyExplanation[] = [];
  for (let c = 0; c < companyCount; c++) companies.push({ filled: filled[c]!, capacity: capacity[c]!, cutoffRank: cutoff[c]!, unfilledReason: UNFILLED_REASONS[unfilled[c]!]! });
  return { students, companies };
}
