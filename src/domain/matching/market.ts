// The market in flat typed arrays (compressed rows), which is what the matching, its checker and
// its explanations work on. Students and companies are numbered in input order. Building it
// validates the instance in the same pass and joins the two sides' lists once, so that every
// entry of a student's list carries the company's rank of that student: O(E + S + C) time and
// about 16 bytes per list entry.
import { type MatchingInstance, type MatchingProblem } from './matching-instance.ts';

export type Market = {
  readonly studentCount: number;
  readonly companyCount: number;
  /** Student s's list is studentList[studentStart[s] … studentStart[s + 1]), company numbers. */
  readonly studentStart: Int32Array;
  readonly studentList: Int32Array;
  /** For each entry of studentList, that company's rank of the student (0 = its first), or −1 when it did not rank them. */
  readonly companyRank: Int32Array;
  /** Company c's list is companyList[companyStart[c] … companyStart[c + 1]), student numbers. */
  readonly companyStart: Int32Array;
  readonly companyList: Int32Array;
  readonly capacity: Int32Array;
  /** The program-wide cap; Infinity when there is none. */
  readonly totalCap: number;
  /** Each company's turn in the cap's round-robin (0 = first). */
  readonly capTurn: Int32Array;
  readonly capTarget: Int32Array;
};

const isCount = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

/** The market, or every problem of the instance (in input order) when it cannot be matched. */
export function buildMarket(instance: MatchingInstance): { market: Market; problems?: undefined } | { market?: undefined; problems: MatchingProblem[] } {
  const problems: MatchingProblem[] = [];
  const studentIndex = indexIds(instance.students, 'students', problems);
  const companyIndex = indexIds(instance.companies, 'companies', problems);
  const capacity = new Int32Array(instance.companies.length);
  instance.companies.forEach((c, i) => {
    if (isCount(c.capacity) && c.capacity <= 0x7fffffff) capacity[i] = c.capacity;
    else problems.push({ code: 'matching.capacityInvalid', path: `companies[${i}].capacity`, value: c.capacity });
  });
  const students = flattenLists(instance.students, 'students', companyIndex, 'matching.unknownCompany', problems);
  const companies = flattenLists(instance.companies, 'companies', studentIndex, 'matching.unknownStudent', problems);
  const { totalCap, capTurn, capTarget } = readCap(instance, instance.companies.length, companyIndex, capacity, problems);
  if (problems.length > 0) return { problems };
  return { market: assembleMarket({ studentStart: students.start, studentList: students.list, companyStart: companies.start, companyList: companies.list, capacity, totalCap, capTurn, capTarget }) };
}

/** A market from lists already numbered, checked and free of repeats: adds the rank join. */
export function assembleMarket(parts: Omit<Market, 'studentCount' | 'companyCount' | 'companyRank'>): Market {
  const studentCount = parts.studentStart.length - 1;
  const companyCount = parts.companyStart.length - 1;
  return { ...parts, studentCount, companyCount, companyRank: joinRanks(parts.studentStart, parts.studentList, parts.companyStart, parts.companyList, companyCount) };
}

function indexIds(items: readonly { id: string }[], name: string, problems: MatchingProblem[]): Map<string, number> {
  const index = new Map<string, number>();
  items.forEach((item, i) => {
    if (index.has(item.id)) problems.push({ code: 'matching.duplicateId', path: `${name}[${i}].id`, value: item.id });
    else index.set(item.id, i);
  });
  return index;
}

function flattenLists(
  owners: readonly { ranking: readonly string[] }[],
  name: string,
  index: Map<string, number>,
  unknown: 'matching.unknownCompany' | 'matching.unknownStudent',
  problems: MatchingProblem[],
): { start: Int32Array; list: Int32Array } {
  const start = new Int32Array(owners.length + 1);
  for (let i = 0; i < owners.length; i++) start[i + 1] = start[i]! + owners[i]!.ranking.length;
  const list = new Int32Array(start[owners.length]!);
  const seenBy = new Int32Array(index.size).fill(-1); // the last owner that listed each id: finds repeats in O(1)
  for (let i = 0; i < owners.length; i++) {
    const ranking = owners[i]!.ranking;
    for (let k = 0; k < ranking.length; k++) {
      const target = index.get(ranking[k]!);
      if (target === undefined) problems.push({ code: unknown, path: `${name}[${i}].ranking[${k}]`, value: ranking[k] });
      else if (seenBy[target] === i) problems.push({ code: 'matching.duplicateEntry', path: `${name}[${i}].ranking[${k}]`, value: ranking[k] });
      else {
        seenBy[target] = i;
        list[start[i]! + k] = target;
      }
    }
  }
  return { start, list };
}

/** The program-wide cap and its sharing rule as the market holds them; what is wrong with them is added to `problems`. */
export function readCap(instance: Pick<MatchingInstance, 'totalCap' | 'capSharing'>, n: number, companyIndex: ReadonlyMap<string, number>, capacity: Int32Array, problems: MatchingProblem[]) {
  const capTurn = new Int32Array(n);
  const capTarget = new Int32Array(n);
  if (instance.totalCap === undefined) return { totalCap: Infinity, capTurn, capTarget };
  const totalCap = instance.totalCap;
  if (!isCount(totalCap)) problems.push({ code: 'matching.totalCapInvalid', path: 'totalCap', value: totalCap });
  const sharing = instance.capSharing;
  const order = sharing?.order ?? [];
  const turnOf = new Int32Array(n).fill(-1);
  order.forEach((id, turn) => {
    const c = companyIndex.get(id);
    if (c === undefined || turnOf[c] !== -1) problems.push({ code: 'matching.orderInvalid', path: `capSharing.order[${turn}]`, value: id });
    else turnOf[c] = turn;
  });
  if (problems.length === 0 && order.length !== n) problems.push({ code: 'matching.orderInvalid', path: 'capSharing.order', value: order.length });
  capTurn.set(turnOf);
  let targetSum = 0;
  for (const [id, target] of Object.entries(sharing?.targets ?? {})) {
    const c = companyIndex.get(id);
    if (c === undefined || !isCount(target) || target > capacity[c]!) problems.push({ code: 'matching.targetInvalid', path: `capSharing.targets.${id}`, value: target });
    else {
      capTarget[c] = target;
      targetSum += target;
    }
  }
  if (targetSum > totalCap) problems.push({ code: 'matching.targetsExceedCap', path: 'capSharing.targets', value: targetSum });
  return { totalCap, capTurn, capTarget };
}

/**
 * For each student-list entry (s, c), c's rank of s or −1. Company entries are bucketed by student
 * (a counting sort), then each student's bucket is spread over a company-sized scratch row, read
 * back along the student's own list and cleared. A bucket entry packs the company and its rank
 * into one number (c·L + rank, L the longest company list): 4 bytes an entry when that fits in an
 * Int32, 8 otherwise.
 */
function joinRanks(studentStart: Int32Array, studentList: Int32Array, companyStart: Int32Array, companyList: Int32Array, companyCount: number): Int32Array {
  const studentCount = studentStart.length - 1;
  const bucketStart = new Int32Array(studentCount + 1);
  for (let i = 0; i < companyList.length; i++) bucketStart[companyList[i]! + 1]!++;
  for (let s = 0; s < studentCount; s++) bucketStart[s + 1]! += bucketStart[s]!;
  let stride = 1;
  for (let c = 0; c < companyCount; c++) stride = Math.max(stride, companyStart[c + 1]! - companyStart[c]!);
  const bucket = companyCount * stride <= 0x7fffffff ? new Int32Array(companyList.length) : new Float64Array(companyList.length);
  const fill = bucketStart.slice(0, studentCount);
  for (let c = 0; c < companyCount; c++) {
    const first = companyStart[c]!;
    for (let i = first, end = companyStart[c + 1]!; i < end; i++) bucket[fill[companyList[i]!]!++] = c * stride + (i - first);
  }
  const rankPlusOne = new Int32Array(companyCount);
  const companyRank = new Int32Array(studentList.length);
  for (let s = 0; s < studentCount; s++) {
    const from = bucketStart[s]!;
    const to = bucketStart[s + 1]!;
    for (let b = from; b < to; b++) {
      const c = Math.floor(bucket[b]! / stride);
      rankPlusOne[c] = bucket[b]! - c * stride + 1;
    }
    for (let j = studentStart[s]!, end = studentStart[s + 1]!; j < end; j++) companyRank[j] = rankPlusOne[studentList[j]!]! - 1;
    for (let b = from; b < to; b++) rankPlusOne[Math.floor(bucket[b]! / stride)] = 0;
  }
  return companyRank;
}
