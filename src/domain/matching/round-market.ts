// A round's market straight from the rows the app stores: the students still to be placed (with
// the recipients of their consent), the round's companies and seats, the rank-order lists (ids in
// order), the interviewed pairs (the JRMP rule; null when the operator relaxed it) and the cap's
// settings. Every list is cut to who may rank whom now: a student ranks the round's companies; a
// company the students in the market whose consent names it and, under the JRMP rule, whom it
// interviewed. Ids become numbers through one Map per side; the pair checks go through stamp
// arrays per company, so no string keys are built. O(E + S + C + P) for P interviewed pairs and
// consent recipients.
import { assembleMarket, type Market } from './market.ts';
import type { RoundCompany, RoundSettings } from './matching-round.ts';

export type RoundRows = {
  readonly students: readonly { readonly applicationId: string; readonly recipientIds: readonly string[] }[];
  readonly companies: readonly RoundCompany[];
  readonly lists: readonly { readonly applicationId: string | null; readonly organizationId: string | null; readonly ranking: readonly string[] }[];
  readonly interviewed: readonly { readonly applicationId: string; readonly organizationId: string }[] | null;
  readonly settings: RoundSettings;
};

/** The market of the round; students and companies are numbered in the order of `rows.students` and `rows.companies`. */
export function roundMarket(rows: RoundRows): Market {
  const S = rows.students.length;
  const C = rows.companies.length;
  const studentOf = new Map(rows.students.map((s, i) => [s.applicationId, i]));
  const companyOf = new Map(rows.companies.map((c, i) => [c.organizationId, i]));
  const studentLists = new Array<readonly string[] | undefined>(S);
  const companyLists = new Array<readonly string[] | undefined>(C);
  for (const l of rows.lists) {
    if (l.applicationId !== null) {
      const s = studentOf.get(l.applicationId);
      if (s !== undefined) studentLists[s] = l.ranking;
    } else if (l.organizationId !== null) {
      const c = companyOf.get(l.organizationId);
      if (c !== undefined) companyLists[c] = l.ranking;
    }
  }
  const consenting = groupByCompany(C, rows.students.length, (push) => rows.students.forEach((st, s) => st.recipientIds.forEach((id) => push(s, companyOf.get(id) ?? -1))));
  const interviewed =
    rows.interviewed &&
    groupByCompany(C, rows.interviewed.length, (push) => {
      // The pairs come grouped by company as a rule: its id is looked up once a run.
      let lastId: string | null = null;
      let last = -1;
      for (const p of rows.interviewed!) {
        if (p.organizationId !== lastId) {
          lastId = p.organizationId;
          last = companyOf.get(lastId) ?? -1;
        }
        push(studentOf.get(p.applicationId) ?? -1, last);
      }
    });
  const seen = new Int32Array(Math.max(S, C)).fill(-1);
  const student = flatten(S, (s, push) => {
    for (const id of studentLists[s] ?? []) {
      const c = companyOf.get(id);
      if (c !== undefined && seen[c] !== s) {
        seen[c] = s;
        push(c);
      }
    }
  });
  seen.fill(-1);
  const consents = new Int32Array(S).fill(-1);
  const allowed = new Int32Array(S).fill(-1);
  const company = flatten(C, (c, push) => {
    for (const s of consenting.of(c)) consents[s] = c;
    for (const s of interviewed ? interviewed.of(c) : consenting.of(c)) if (consents[s] === c) allowed[s] = c;
    for (const id of companyLists[c] ?? []) {
      const s = studentOf.get(id);
      if (s !== undefined && allowed[s] === c && seen[s] !== c) {
        seen[s] = c;
        push(s);
      }
    }
  });
  return assembleMarket({
    studentStart: student.start,
    studentList: student.list,
    companyStart: company.start,
    companyList: company.list,
    capacity: Int32Array.from(rows.companies, (c) => c.seats),
    ...capOf(rows, companyOf),
  });
}

function capOf(rows: RoundRows, companyOf: ReadonlyMap<string, number>) {
  const C = rows.companies.length;
  const capTurn = new Int32Array(C).fill(-1);
  const capTarget = new Int32Array(C);
  const { totalCap, capOrder, capTargets } = rows.settings;
  if (totalCap === null) return { totalCap: Infinity, capTurn: capTurn.fill(0), capTarget };
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

/** Pairs (student, company), given by `each` through `push`, grouped by company; pairs naming no one (−1) dropped. */
function groupByCompany(C: number, sizeHint: number, each: (push: (s: number, c: number) => void) => void): { of: (c: number) => Int32Array } {
  let pairs = new Int32Array(2 * Math.max(16, sizeHint));
  let n = 0;
  each((s, c) => {
    if (s < 0 || c < 0) return;
    if (2 * n === pairs.length) {
      const grown = new Int32Array(pairs.length * 2);
      grown.set(pairs);
      pairs = grown;
    }
    pairs[2 * n] = s;
    pairs[2 * n + 1] = c;
    n++;
  });
  const start = new Int32Array(C + 1);
  for (let i = 0; i < n; i++) start[pairs[2 * i + 1]! + 1]!++;
  for (let c = 0; c < C; c++) start[c + 1]! += start[c]!;
  const fill = start.slice(0, C);
  const students = new Int32Array(n);
  for (let i = 0; i < n; i++) students[fill[pairs[2 * i + 1]!]!++] = pairs[2 * i]!;
  return { of: (c) => students.subarray(start[c]!, start[c + 1]!) };
}

/** Compressed rows from a callback that pushes each owner's entries in order. */
function flatten(owners: number, each: (owner: number, push: (x: number) => void) => void): { start: Int32Array; list: Int32Array } {
  const start = new Int32Array(owners + 1);
  let list = new Int32Array(1024);
  let n = 0;
  const push = (x: number) => {
    if (n === list.length) {
      const grown = new Int32Array(list.length * 2);
      grown.set(list);
      list = grown;
    }
    list[n++] = x;
  };
  for (let o = 0; o < owners; o++) {
    each(o, push);
    start[o + 1] = n;
  }
  return { start, list: list.slice(0, n) };
}
