// Placing interviews on a slot board when more than rooms limit the fair (unavailability,
// interpreters, pins). List scheduling puts the most constrained interviews first (fewest
// admissible slots, then busiest student and company) in their earliest free slot; an interview
// that finds no free slot is inserted by an ejection chain: it takes a slot whose only obstacle is
// one interview, which is inserted in turn, to a bounded depth (iterative deepening); and by a
// two-slot chain, the generalisation of the alternating (Kempe) path that makes edge colouring
// always succeed when only rooms limit. Heuristic: complete whenever it says so, and bounded by an
// operation budget; search-exact.ts proves optimality on small fairs. O(E·H) for the list
// scheduling, plus the budget.
import { isAdmissible, pinnedRoom, pinnedSlot, type CompiledFair } from './compiled-fair.ts';
import { canPlace, companyInterviewsAt, interpreterRoom, place, unplace, type SlotBoard } from './slot-board.ts';

export type Budget = { steps: number };

/** Places every pin in input order; returns the pins that broke a rule of the fair (not placed). */
export function placePins(board: SlotBoard): number[] {
  const conflicts: number[] = [];
  const { fair } = board;
  for (let e = 0; e < fair.E; e++) {
    const t = pinnedSlot(fair, e);
    if (t < 0) continue;
    const base = board.roomBase[fair.company[e]!]! + t * fair.rooms[fair.company[e]!]!;
    if (canPlace(board, e, t) && board.roomAt[base + pinnedRoom(fair, e)] === -1) place(board, e, t, pinnedRoom(fair, e));
    else conflicts.push(e);
  }
  return conflicts;
}

const isPinned = (fair: CompiledFair, e: number) => pinnedSlot(fair, e) >= 0;

function admissibleCount(fair: CompiledFair, e: number, horizon: number): number {
  let n = 0;
  for (let t = 0; t < horizon; t++) if (isAdmissible(fair, e, t)) n++;
  return n;
}

/** Most constrained first: fewest admissible slots, then the busiest student and company relative to their capacity. */
export function placementOrder(fair: CompiledFair, edges: readonly number[], horizon: number): number[] {
  const studentDegree = new Int32Array(fair.S);
  const companyDegree = new Int32Array(fair.C);
  for (const e of edges) {
    studentDegree[fair.student[e]!]!++;
    companyDegree[fair.company[e]!]!++;
  }
  const domain = new Map(edges.map((e) => [e, admissibleCount(fair, e, horizon)]));
  const load = (e: number) => studentDegree[fair.student[e]!]! + companyDegree[fair.company[e]!]! / fair.rooms[fair.company[e]!]!;
  return [...edges].sort((x, y) => domain.get(x)! - domain.get(y)! || load(y) - load(x) || x - y);
}

export function firstFreeSlot(board: SlotBoard, e: number, horizon: number): number {
  for (let t = 0; t < horizon; t++) if (canPlace(board, e, t)) return t;
  return -1;
}

/** Interviews whose removal alone would let e into slot t (e unplaced, t admissible for e). */
function soleObstacles(board: SlotBoard, e: number, t: number): number[] {
  const { fair, H } = board;
  const c = fair.company[e]!;
  const clash = board.studentAt[fair.student[e]! * H + t]!;
  const companyFull = board.companyLoad[c * H + t]! >= fair.rooms[c]!;
  const interpreterFull = fair.needsInterpreter[e] === 1 && !interpreterRoom(board, t);
  const freesInterpreter = (f: number) => !interpreterFull || fair.needsInterpreter[f] === 1;
  if (clash !== -1) return !companyFull && freesInterpreter(clash) ? [clash] : [];
  if (companyFull) return companyInterviewsAt(board, c, t).filter(freesInterpreter);
  if (interpreterFull) return [...board.interpretedAt[t]!];
  return [];
}

/** Inserts unplaced e by an ejection chain of at most `depth` displaced interviews. */
function insertWithEjections(board: SlotBoard, e: number, depth: number, horizon: number, onChain: Uint8Array, budget: Budget): boolean {
  const free = firstFreeSlot(board, e, horizon);
  if (free >= 0) {
    place(board, e, free);
    return true;
  }
  if (depth === 0) return false;
  const { fair } = board;
  onChain[e] = 1;
  for (let t = 0; t < horizon && budget.steps > 0; t++) {
    if (!isAdmissible(fair, e, t)) continue;
    for (const f of soleObstacles(board, e, t)) {
      if (isPinned(fair, f) || onChain[f] || budget.steps-- <= 0) continue;
      const room = board.room[f]!;
      unplace(board, f);
      place(board, e, t, fair.company[f] === fair.company[e] ? room : -1);
      if (insertWithEjections(board, f, depth - 1, horizon, onChain, budget)) {
        onChain[e] = 0;
        return true;
      }
      unplace(board, e);
      place(board, f, t, room);
    }
  }
  onChain[e] = 0;
  return false;
}

type Move = { e: number; slot: number; room: number };

/** Puts every moved interview back where it was (all taken off first, so none lands on another). */
function undo(board: SlotBoard, moves: Move[]): void {
  for (const { e } of moves) if (board.slot[e]! >= 0) unplace(board, e);
  for (const { e, slot, room } of moves) if (slot >= 0) place(board, e, slot, room);
}

/**
 * Inserts e into slot a, and each interview this displaces into the other of a and b, alternately
 * (the Kempe chain of slots a and b). Undone unless it ends with nobody displaced.
 */
function insertByTwoSlotChain(board: SlotBoard, e: number, a: number, b: number, budget: Budget): boolean {
  const { fair, H } = board;
  const moves: Move[] = [{ e, slot: -1, room: -1 }];
  let cur = e;
  let into = a;
  let other = b;
  for (let steps = 0; steps <= 2 * (fair.S + fair.C) && budget.steps-- > 0; steps++) {
    if (!isAdmissible(fair, cur, into)) break;
    const c = fair.company[cur]!;
    const clash = board.studentAt[fair.student[cur]! * H + into]!;
    const companyFull = board.companyLoad[c * H + into]! >= fair.rooms[c]!;
    if (clash !== -1 && companyFull) break;
    let out = clash;
    if (companyFull) {
      const inRooms = companyInterviewsAt(board, c, into).filter((f) => !isPinned(fair, f));
      out = inRooms.find((f) => board.studentAt[fair.student[f]! * H + other] === -1 && isAdmissible(fair, f, other)) ?? inRooms[0] ?? -1;
      if (out === -1) break;
    }
    if (fair.needsInterpreter[cur] && !interpreterRoom(board, into) && !(out !== -1 && fair.needsInterpreter[out])) break;
    if (out !== -1 && isPinned(fair, out)) break;
    const room = out !== -1 && companyFull ? board.room[out]! : -1;
    if (out !== -1) {
      moves.push({ e: out, slot: into, room: board.room[out]! });
      unplace(board, out);
    }
    place(board, cur, into, room);
    if (out === -1) return true;
    cur = out;
    [into, other] = [other, into];
  }
  undo(board, moves);
  return false;
}

function insertByChains(board: SlotBoard, e: number, horizon: number, budget: Budget): boolean {
  const { fair, H } = board;
  const s = fair.student[e]!;
  const c = fair.company[e]!;
  for (let a = 0; a < horizon; a++) {
    if (!isAdmissible(fair, e, a) || board.studentAt[s * H + a] !== -1) continue;
    for (let b = 0; b < horizon && budget.steps > 0; b++) {
      if (b === a || !isAdmissible(fair, e, b) || board.companyLoad[c * H + b]! >= fair.rooms[c]!) continue;
      if (insertByTwoSlotChain(board, e, a, b, budget)) return true;
    }
  }
  return false;
}

const MAX_EJECTION_DEPTH = 4;

/**
 * Places as many of `edges` (unplaced) as it can in slots below `horizon`; returns those it could
 * not. `stepsPerInterview` bounds the repair work spent on each interview that finds no free slot.
 */
export function fillBoard(board: SlotBoard, edges: readonly number[], horizon: number, stepsPerInterview: number): number[] {
  const onChain = new Uint8Array(board.fair.E);
  const left: number[] = [];
  for (const e of placementOrder(board.fair, edges, horizon)) {
    const t = firstFreeSlot(board, e, horizon);
    if (t >= 0) place(board, e, t);
    else left.push(e);
  }
  return left.filter((e) => {
    const budget = { steps: stepsPerInterview };
    for (let depth = 1; depth <= MAX_EJECTION_DEPTH && budget.steps > 0; depth++) {
      if (insertWithEjections(board, e, depth, horizon, onChain, budget)) return false;
    }
    return !insertByChains(board, e, horizon, { steps: stepsPerInterview });
  });
}
