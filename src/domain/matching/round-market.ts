// A round's market straight from the rows the app stores: the students still to be placed (with
// the organizations their consent names), the round's companies and seats, the rank-order lists,
// the interviewed pairs (the JRMP rule; null when the operator relaxed it) and the cap's settings.
// Every list is cut to who may rank whom now: a student ranks the round's companies; a company the
// students in the market whose consent names it and, under the JRMP rule, whom it interviewed.
// The references come as the rows' integer keys (`seq`, migration 0021), not as uuids: a national
// round holds millions of them, and a key becomes a number through one array read where an id
// string would cost a hash lookup (and pg a 36-character string to parse); the lists' owners come
// as keys too. Only the cap's settings, which name few companies, stay ids. The pairs are numbered
// into typed arrays and grouped by company with a counting sort, and the pair checks go through
// stamp arrays per company, so no string keys, tuples or growing arrays are built.
// O(E + S + C + P + K) for P interviewed pairs and consent recipients and K the largest key.
import { assembleMarket, type Market } from './market.ts';
import type { RoundCompany, RoundSettings } from './matching-round.ts';

export type RoundRows = {
  /** The market's students, with the keys of the organizations their active consent names. */
  readonly students: readonly { readonly applicationId: string; readonly seq: number; readonly recipientSeqs: readonly number[] }[];
  readonly companies: readonly (RoundCompany & { readonly seq: number })[];
  /** Each list by its owner's key (a student's when it has an application id), ranking by key: organizations' for a student's list, applications' for a company's. */
  readonly lists: readonly { readonly applicationId: string | null; readonly ownerSeq: number | null; readonly rankingSeqs: readonly number[] }[];
  readonly interviewed: readonly { readonly applicationSeq: number; readonly organizationSeq: number }[] | null;
  readonly settings: RoundSettings;
};

/** The market of the round; students and companies are numbered in the order of `rows.students` and `rows.companies`. */
export function roundMarket(rows: RoundRows): Market {
  const S = rows.students.length;
  const C = rows.companies.length;
  const studentOfSeq = KeyIndex.of(rows.students);
  const companyOfSeq = KeyIndex.of(rows.companies);
  const studentLists = new Array<readonly number[] | undefined>(S);
  const companyLists = new Array<readonly number[] | undefined>(C);
  for (const l of rows.lists) {
    if (l.ownerSeq === null) continue;
    if (l.applicationId !== null) {
      const s = studentOfSeq.get(l.ownerSeq);
      if (s !== -1) studentLists[s] = l.rankingSeqs;
    } else {
      const c = companyOfSeq.get(l.ownerSeq);
      if (c !== -1) companyLists[c] = l.rankingSeqs;
    }
  }
  const consenting = groupByCompany(C, consentPairs(rows.students, companyOfSeq));
  const interviewed = rows.interviewed && groupByCompany(C, interviewedPairs(rows.interviewed, studentOfSeq, companyOfSeq));
  const student = flatten(studentLists, companyOfSeq, C);
  // Company c may rank the students stamped c in `allowed`: those whose consent names it and, under the JRMP rule, whom it interviewed.
  const consents = new Int32Array(S).fill(-1);
  const allowed = new Int32Array(S).fill(-1);
  const company = flatten(companyLists, studentOfSeq, S, {
    allowed,
    prepare: (c) => {
      for (let i = consenting.start[c]!, end = consenting.start[c + 1]!; i < end; i++) consents[consenting.students[i]!] = c;
      const met = interviewed ?? consenting;
      for (let i = met.start[c]!, end = met.start[c + 1]!; i < end; i++) {
        const s = met.students[i]!;
        if (consents[s] === c) allowed[s] = c;
      }
    },
  });
  return assembleMarket({
    studentStart: student.start,
    studentList: student.list,
    companyStart: company.start,
    companyList: company.list,
    capacity: Int32Array.from(rows.companies, (c) => c.seats),
    ...capOf(rows),
  });
}

/** Each key's number, its place in the rows (the last, if a key came twice), through one array indexed by key. */
class KeyIndex {
  private constructor(private readonly at: Int32Array) {}

  static of(items: readonly { readonly seq: number }[]): KeyIndex {
    let largest = -1;
    for (const item of items) if (item.seq > largest) largest = item.seq;
    const at = new Int32Array(largest + 1).fill(-1);
    for (let i = 0; i < items.length; i++) at[items[i]!.seq] = i;
    return new KeyIndex(at);
  }

  /** The number of `key`, −1 when no row has it. */
  get(key: number): number {
    return this.at[key] ?? -1; // a key past the array (or none at all) names no row
  }
}

/** Each id's number: its place in `items` (the last, if an id came twice). */
function indexOf<T>(items: readonly T[], id: (item: T) => string): Map<string, number> {
  const index = new Map<string, number>();
  for (let i = 0; i < items.length; i++) index.set(id(items[i]!), i);
  return index;
}

function capOf(rows: RoundRows) {
  const C = rows.companies.length;
  const capTurn = new Int32Array(C).fill(-1);
  const capTarget = new Int32Array(C);
  const { totalCap, capOrder, capTargets } = rows.settings;
  if (totalCap === null) return { totalCap: Infinity, capTurn: capTurn.fill(0), capTarget };
  const companyOf = indexOf(rows.companies, (c) => c.organizationId);
  // The operator's order first, then the companies it leaves out in the round's own order.
  let turn = 0;
  for (const id of capOrder) {
    const c = companyOf.get(id);
    if (c !== undefined && capTurn[c] === -1) capTurn[c] = turn++;
  }
  for (let c = 0; c < C; c++) if (capTurn[c] === -1) capTurn[c] = turn++;
  for (const [id, target] of Object.entries(capTargets)) {
    const c = companyOf.get(id);
    if (c !== undefined) capTarget[c] = Math.min(target, rows.companies[c]!.seats);
  }
  return { totalCap, capTurn, capTarget };
}

/** Pairs as two parallel arrays of numbers, −1 where a key is not in the round. */
type Pairs = { readonly students: Int32Array; readonly companies: Int32Array };

/** Each student with each company their consent names. */
function consentPairs(students: RoundRows['students'], companyOf: KeyIndex): Pairs {
  let n = 0;
  for (const st of students) n += st.recipientSeqs.length;
  const pairs = { students: new Int32Array(n), companies: new Int32Array(n) };
  let i = 0;
  for (let s = 0; s < students.length; s++) {
    for (const key of students[s]!.recipientSeqs) {
      pairs.students[i] = s;
      pairs.companies[i++] = companyOf.get(key);
    }
  }
  return pairs;
}

function interviewedPairs(interviewed: NonNullable<RoundRows['interviewed']>, studentOf: KeyIndex, companyOf: KeyIndex): Pairs {
  const pairs = { students: new Int32Array(interviewed.length), companies: new Int32Array(interviewed.length) };
  for (let i = 0; i < interviewed.length; i++) {
    const p = interviewed[i]!;
    pairs.students[i] = studentOf.get(p.applicationSeq);
    pairs.companies[i] = companyOf.get(p.organizationSeq);
  }
  return pairs;
}

/** The pairs' students grouped by company (a counting sort, input order kept): company c's at students[start[c] … start[c + 1]); pairs naming no one dropped. */
function groupByCompany(C: number, pairs: Pairs): { start: Int32Array; students: Int32Array } {
  const start = new Int32Array(C + 1);
  const n = pairs.students.length;
  for (let i = 0; i < n; i++) if (pairs.students[i]! >= 0 && pairs.companies[i]! >= 0) start[pairs.companies[i]! + 1]!++;
  for (let c = 0; c < C; c++) start[c + 1]! += start[c]!;
  const fill = start.slice(0, C);
  const students = new Int32Array(start[C]!);
  for (let i = 0; i < n; i++) if (pairs.students[i]! >= 0 && pairs.companies[i]! >= 0) students[fill[pairs.companies[i]!]!++] = pairs.students[i]!;
  return { start, students };
}

/**
 * Compressed rows from each owner's list of keys: a key becomes its number (< `targets`) through
 * `index`, and is kept if it is known, not a repeat and, when `allowed` is given, stamped with the
 * owner there (after `prepare` ran for the owner).
 */
function flatten(lists: readonly (readonly number[] | undefined)[], index: KeyIndex, targets: number, only?: { allowed: Int32Array; prepare: (owner: number) => void }): { start: Int32Array; list: Int32Array } {
  const owners = lists.length;
  let total = 0;
  for (let o = 0; o < owners; o++) total += lists[o]?.length ?? 0;
  const start = new Int32Array(owners + 1);
  const list = new Int32Array(total);
  const seen = new Int32Array(targets).fill(-1);
  const allowed = only?.allowed;
  let n = 0;
  for (let o = 0; o < owners; o++) {
    only?.prepare(o);
    const keys = lists[o];
    if (keys !== undefined) {
      for (let k = 0; k < keys.length; k++) {
        const x = index.get(keys[k]!);
        if (x !== -1 && seen[x] !== o && (allowed === undefined || allowed[x] === o)) {
          seen[x] = o;
          list[n++] = x;
        }
      }
    }
    start[o + 1] = n;
  }
  return { start, list: list.subarray(0, n) }; // no copy: the entries cut leave a little room unused
}
