// Exact search for small fairs: depth-first branch and bound over the slots of each interview,
// most constrained interview first (fewest slots it still fits), earliest slot first, with the
// option of leaving it out last. Bound: what is placed plus the least of three relaxations
// (exact-bound.ts). Slots that are alike (same people free, same interpreters) and still empty
// are tried once, not once each. Exponential in the worst case, hence a node budget: `proved`
// says whether the search finished.
import type { CompiledFair } from './compiled-fair.ts';
import { addOpen, boundOfOpen, clearOpen, openInterviews } from './exact-bound.ts';
import { canPlace, place, unplace, type SlotBoard } from './slot-board.ts';

export type ExactResult = { readonly placed: number; readonly proved: boolean };

/** Slots with the same availability column and interpreter count, as a class id per slot. */
function slotClasses(fair: CompiledFair, edges: readonly number[], horizon: number): Int32Array {
  const ids = new Map<string, number>();
  const people = new Set<string>();
  for (const e of edges) people.add(`s${fair.student[e]}`).add(`c${fair.company[e]}`);
  return Int32Array.from({ length: horizon }, (_, t) => {
    const blocked = [...people].filter((p) => (p[0] === 's' ? fair.studentBlocked?.[Number(p.slice(1)) * fair.T + t] : fair.companyBlocked?.[Number(p.slice(1)) * fair.T + t]));
    const key = `${fair.interpreters?.[t] ?? '∞'}|${blocked.join(',')}`;
    if (!ids.has(key)) ids.set(key, ids.size);
    return ids.get(key)!;
  });
}

/**
 * Places the most of `edges` (unplaced on entry) in slots below `horizon`, searching for more
 * than `mustBeat` placed; leaves the board at the best found, or as it was if none beat it.
 */
/** `budget.nodes` is spent as the search goes, so several searches can share one budget. */
export function placeMostExactly(board: SlotBoard, edges: readonly number[], horizon: number, mustBeat: number, budget: { nodes: number }): ExactResult {
  const { fair } = board;
  const n = edges.length;
  const classOf = slotClasses(fair, edges, horizon);
  const use = new Int32Array(horizon);
  for (let e = 0; e < fair.E; e++) if (board.slot[e]! >= 0 && board.slot[e]! < horizon) use[board.slot[e]!]!++;
  const decided = new Uint8Array(n);
  const bestSlot = new Int32Array(n).fill(-1);
  const bestRoom = new Int32Array(n).fill(-1);
  let best = mustBeat;
  let found = false;
  let aborted = false;
  const open = openInterviews(horizon);

  const search = (placedNow: number): void => {
    if (--budget.nodes < 0) {
      aborted = true;
      return;
    }
    // The open interview with the fewest slots left, and the bound.
    let pick = -1;
    let pickCount = Infinity;
    clearOpen(open);
    for (let i = 0; i < n; i++) {
      if (decided[i]) continue;
      const count = addOpen(open, board, edges[i]!);
      if (count === 0) continue;
      if (count < pickCount) {
        pickCount = count;
        pick = i;
      }
    }
    if (pick === -1) {
      if (placedNow > best) {
        best = placedNow;
        found = true;
        edges.forEach((e, i) => {
          bestSlot[i] = board.slot[e]!;
          bestRoom[i] = board.room[e]!;
        });
      }
      return;
    }
    if (placedNow + boundOfOpen(open, board) <= best) return;

    const e = edges[pick]!;
    decided[pick] = 1;
    const triedEmpty = new Set<number>();
    for (let t = 0; t < horizon && !aborted; t++) {
      if (!canPlace(board, e, t)) continue;
      if (use[t] === 0) {
        if (triedEmpty.has(classOf[t]!)) continue;
        triedEmpty.add(classOf[t]!);
      }
      place(board, e, t);
      use[t]!++;
      search(placedNow + 1);
      use[t]!--;
      unplace(board, e);
    }
    if (!aborted) search(placedNow);
    decided[pick] = 0;
  };
  search(0);
  if (found) edges.forEach((e, i) => bestSlot[i]! >= 0 && place(board, e, bestSlot[i]!, bestRoom[i]!));
  return { placed: found ? best : 0, proved: !aborted };
}
