// The bound of the exact search: how many more of the open interviews could still be placed. Three
// relaxations, each a bipartite matching of open interviews to the slots where they fit as the
// board stands (Hall's condition, not just counts):
// - per student: each slot holds one of their interviews;
// - per company: each slot holds as many as its free rooms;
// - interpreters: the interviews needing one, each slot holding as many as its free seats, plus
//   all those that need none.
// Each is an upper bound, so the least of the three is; it prunes far more than any one alone.
import { canPlace, type SlotBoard } from './slot-board.ts';

export type OpenInterviews = {
  readonly horizon: number;
  /** Open interviews at this node, and the slots each fits: fits[start[k] … start[k + 1]). */
  edges: number[];
  start: number[];
  fits: number[];
};

export const openInterviews = (horizon: number): OpenInterviews => ({ horizon, edges: [], start: [0], fits: [] });

export function clearOpen(open: OpenInterviews): void {
  open.edges.length = 0;
  open.start.length = 1;
  open.fits.length = 0;
}

/** Adds interview e with the slots where it fits; returns how many there are. */
export function addOpen(open: OpenInterviews, board: SlotBoard, e: number): number {
  const before = open.fits.length;
  for (let t = 0; t < open.horizon; t++) if (canPlace(board, e, t)) open.fits.push(t);
  const count = open.fits.length - before;
  if (count > 0) {
    open.edges.push(e);
    open.start.push(open.fits.length);
  } else open.fits.length = before;
  return count;
}

export function boundOfOpen(open: OpenInterviews, board: SlotBoard): number {
  const { fair, H } = board;
  const byStudent = groupBy(open, (e) => fair.student[e]!);
  const byCompany = groupBy(open, (e) => fair.company[e]!);
  let byStudents = 0;
  for (const members of byStudent.values()) byStudents += maxMatching(open, members, () => 1);
  let byCompanies = 0;
  for (const [c, members] of byCompany) byCompanies += maxMatching(open, members, (t) => fair.rooms[c]! - board.companyLoad[c * H + t]!);
  const cap = fair.interpreters;
  let byInterpreters = open.edges.length;
  if (cap !== null) {
    const interpreted = open.edges.flatMap((e, k) => (fair.needsInterpreter[e] ? [k] : []));
    byInterpreters += maxMatching(open, interpreted, (t) => cap[t]! - board.interpreterLoad[t]!) - interpreted.length;
  }
  return Math.min(byStudents, byCompanies, byInterpreters);
}

function groupBy(open: OpenInterviews, key: (e: number) => number): Map<number, number[]> {
  const groups = new Map<number, number[]>();
  open.edges.forEach((e, k) => {
    const id = key(e);
    const members = groups.get(id);
    if (members) members.push(k);
    else groups.set(id, [k]);
  });
  return groups;
}

/** The most of `members` (indexes into open.edges) placed in their fitting slots, slot t holding at most capacity(t): augmenting paths (Kuhn). */
function maxMatching(open: OpenInterviews, members: readonly number[], capacity: (t: number) => number): number {
  const holders = new Map<number, number[]>();
  let matched = 0;
  for (const k of members) if (augment(open, k, capacity, holders, new Set())) matched++;
  return matched;
}

function augment(open: OpenInterviews, k: number, capacity: (t: number) => number, holders: Map<number, number[]>, seen: Set<number>): boolean {
  for (let i = open.start[k]!; i < open.start[k + 1]!; i++) {
    const t = open.fits[i]!;
    if (seen.has(t)) continue;
    seen.add(t);
    const held = holders.get(t) ?? [];
    if (held.length < capacity(t)) {
      held.push(k);
      holders.set(t, held);
      return true;
    }
    for (let j = 0; j < held.length; j++) {
      if (augment(open, held[j]!, capacity, holders, seen)) {
        held[j] = k;
        return true;
      }
    }
  }
  return false;
}
