// The baseline of the matching benchmark: student-proposing deferred acceptance with company
// capacities as a textbook states it (Gale and Shapley 1962; Roth and Sotomayor 1990, ch. 5),
// written plainly on typed arrays, sharing no code with src/domain/matching:
//   - the rank lookup: for each entry (s, c) of a student's list, c's rank of s, found by scanning
//     s's list for c once per entry of c's list (lists are short, so O(E · L));
//   - a stack of free students; a free student proposes to the next company on their list that
//     ranked them;
//   - each company keeps the students it holds in an array of its capacity; when it is full, a
//     proposal from someone it ranks higher replaces its worst holder, found by a linear scan.
// No program-wide cap. It counts the proposals made.
import type { MarketArrays } from './market-generators.ts';

/** For each entry of studentList, that company's rank of the student (0 = first), or −1 when it did not rank them. */
export function textbookRanks(m: MarketArrays): Int32Array {
  const { studentStart, studentList, companyStart, companyList, companyCount } = m;
  const rank = new Int32Array(studentList.length).fill(-1);
  for (let c = 0; c < companyCount; c++) {
    for (let i = companyStart[c]!; i < companyStart[c + 1]!; i++) {
      const s = companyList[i]!;
      for (let j = studentStart[s]!; j < studentStart[s + 1]!; j++) {
        if (studentList[j] === c) {
          rank[j] = i - companyStart[c]!;
          break;
        }
      }
    }
  }
  return rank;
}

export type TextbookMatching = { companyOf: Int32Array; matchedCount: number; proposals: number };

export function textbookDeferredAcceptance(m: MarketArrays, rank: Int32Array): TextbookMatching {
  const { studentCount: S, companyCount: C, studentStart, studentList, capacity } = m;
  const seatStart = new Int32Array(C + 1);
  for (let c = 0; c < C; c++) seatStart[c + 1] = seatStart[c]! + capacity[c]!;
  const seatStudent = new Int32Array(seatStart[C]!);
  const seatRank = new Int32Array(seatStart[C]!);
  const held = new Int32Array(C);
  const companyOf = new Int32Array(S).fill(-1);
  const next = new Int32Array(S);
  for (let s = 0; s < S; s++) next[s] = studentStart[s]!;
  const free = new Int32Array(S);
  let freeCount = 0;
  for (let s = S - 1; s >= 0; s--) free[freeCount++] = s; // student 0 proposes first
  let proposals = 0;

  while (freeCount > 0) {
    const s = free[--freeCount]!;
    const end = studentStart[s + 1]!;
    while (next[s]! < end) {
      const j = next[s]!++;
      const r = rank[j]!;
      if (r < 0) continue; // the company did not rank s
      const c = studentList[j]!;
      proposals++;
      const base = seatStart[c]!;
      if (held[c]! < capacity[c]!) {
        seatStudent[base + held[c]!] = s;
        seatRank[base + held[c]!] = r;
        held[c]!++;
        companyOf[s] = c;
        break;
      }
      let worst = -1;
      for (let k = base; k < base + held[c]!; k++) if (worst === -1 || seatRank[k]! > seatRank[worst]!) worst = k;
      if (worst !== -1 && seatRank[worst]! > r) {
        const out = seatStudent[worst]!;
        companyOf[out] = -1;
        free[freeCount++] = out;
        seatStudent[worst] = s;
        seatRank[worst] = r;
        companyOf[s] = c;
        break;
      }
    }
  }
  let matchedCount = 0;
  for (let s = 0; s < S; s++) if (companyOf[s] !== -1) matchedCount++;
  return { companyOf, matchedCount, proposals };
}

/**
 * Proposals a student-proposing deferred acceptance makes, read off its result: a student
 * proposes down their list, skipping companies that did not rank them, and ends at the company
 * that holds them (or at the end of the list), so they made one proposal per acceptable entry up
 * to and including their match. True of the flexible algorithm with a cap as well.
 */
export function proposalsOf(m: MarketArrays, rank: Int32Array, companyOf: Int32Array): number {
  let proposals = 0;
  for (let s = 0; s < m.studentCount; s++) {
    for (let j = m.studentStart[s]!; j < m.studentStart[s + 1]!; j++) {
      if (rank[j]! < 0) continue;
      proposals++;
      if (m.studentList[j] === companyOf[s]) break;
    }
  }
  return proposals;
}
