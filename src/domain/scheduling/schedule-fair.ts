// The interview-fair scheduler. Aims, in order: place as many interviews as possible; then use as
// few slots as possible (the makespan); then leave students as few idle gaps as possible.
//
// - Only rooms limit (nobody unavailable, no pins, interpreters never short): edge colouring
//   (König), optimal always: makespan = max(student's interviews, ⌈company's interviews / rooms⌉),
//   or, with fewer slots than that, the most interviews by maximum flow in the fewest slots that
//   hold them. O(E log Δ) plus the flow.
// - Otherwise: list scheduling with ejection and alternating chains for each horizon from the lower
//   bound up (search-schedule.ts); on small fairs an exact branch and bound then proves or improves
//   the result (search-exact.ts). Optimal when it reaches the lower bound or the exact search
//   finishes; otherwise valid and reported as `bestFound` with the bound.
// Idle gaps are then reduced by local search that keeps the count and the makespan.
// Deterministic: no clock, no randomness but fixed-seed draws.
import { colorBipartiteEdges } from './bipartite-edge-coloring.ts';
import { compileFair, isAdmissible, onlyRoomsLimit, pinnedSlot, type CompiledFair } from './compiled-fair.ts';
import { validateFairInstance, type FairInstance } from './fair-instance.ts';
import { UNSCHEDULED_REASONS, type FairSchedule, type UnscheduledReason } from './fair-schedule.ts';
import { idleGaps, reorderSlots } from './idle-gaps.ts';
import { largestFittingSubset } from './largest-fitting-subset.ts';
import { konigBound, makespanLowerBound } from './lower-bound.ts';
import { fewerGapsOnBoard } from './board-gaps.ts';
import { placeMostExactly } from './search-exact.ts';
import { fillBoard, firstFreeSlot, placePins } from './search-schedule.ts';
import { boardMakespan, newBoard, place, type SlotBoard } from './slot-board.ts';
import { unscheduledReason } from './unscheduled-reason.ts';

export type ScheduleOptions = {
  /** Repair steps allowed per interview that finds no free slot (a count, so results do not depend on the machine). */
  readonly repairSteps?: number;
  /** Exact search on fairs of at most this many interviews to place. */
  readonly exactUpTo?: number;
  /** Branch-and-bound nodes allowed to the exact searches of one run, all horizons together. */
  readonly exactNodes?: number;
  /** Student evaluations allowed to the idle-gap reduction, per interview (at most GAP_EVALUATIONS_CAP in all). */
  readonly gapEffort?: number;
};

/** The idle-gap pass is a secondary aim: it gets a bounded share of the time, and none beyond this many interviews (see solveByEdgeColoring). */
export const GAP_EVALUATIONS_CAP = 100_000;

const DEFAULTS: Required<ScheduleOptions> = { repairSteps: 2_000, exactUpTo: 40, exactNodes: 1_000_000, gapEffort: 5 };

/** Placement of every interview as flat arrays: the scheduler's answer before it is dressed as objects. */
export type CompactSchedule = {
  readonly slot: Int32Array;
  readonly room: Int32Array;
  /** Index into UNSCHEDULED_REASONS, −1 when placed. */
  readonly reason: Int8Array;
  readonly makespan: number;
  readonly lowerBound: number;
  readonly optimality: FairSchedule['optimality'];
  readonly method: FairSchedule['method'];
};

const reasonCode = (r: UnscheduledReason) => UNSCHEDULED_REASONS.indexOf(r);

export function scheduleFair(instance: FairInstance, options: ScheduleOptions = {}): FairSchedule {
  const problems = validateFairInstance(instance);
  if (problems.length > 0) throw new Error(`invalid fair: ${problems.map((p) => `${p.code} at ${p.path}`).join('; ')}`);
  const fair = compileFair(instance);
  const compact = solveFair(fair, options);
  const scheduled: FairSchedule['scheduled'] = [];
  const unscheduled: FairSchedule['unscheduled'] = [];
  for (let e = 0; e < fair.E; e++) {
    if (compact.reason[e] === -1) scheduled.push({ interview: e, slot: compact.slot[e]!, room: compact.room[e]! });
    else unscheduled.push({ interview: e, reason: UNSCHEDULED_REASONS[compact.reason[e]!]! });
  }
  const { makespan, lowerBound, optimality, method } = compact;
  return { scheduled, unscheduled, makespan, lowerBound, idleGaps: idleGaps(fair, compact.slot), optimality, method };
}

export function solveFair(fair: CompiledFair, options: ScheduleOptions = {}): CompactSchedule {
  const settings = { ...DEFAULTS, ...options };
  return onlyRoomsLimit(fair) ? solveByEdgeColoring(fair, settings) : solveBySearch(fair, settings);
}

/** Slots and rooms of the interviews in `keep` (null: all of them): each company split into its rooms, edges coloured. */
function colorWithRooms(fair: CompiledFair, keep: Uint8Array | null, slot: Int32Array, room: Int32Array): number {
  const { E, C, student, company, rooms } = fair;
  const degree = new Int32Array(C);
  let kept = 0;
  for (let e = 0; e < E; e++) {
    if (keep !== null && !keep[e]) continue;
    degree[company[e]!]!++;
    kept++;
  }
  const firstRoom = new Int32Array(C + 1);
  for (let c = 0; c < C; c++) firstRoom[c + 1] = firstRoom[c]! + Math.min(rooms[c]!, degree[c]!);
  // Round-robin over the rooms, so that each holds ⌈degree / rooms⌉ at most: nextRoom[c] is the room of c's next interview.
  const nextRoom = new Int32Array(C);
  const left = keep === null ? student : new Int32Array(kept);
  // With every interview kept, the right ends are written to `slot`: regularize reads them all
  // into buffers of its own before any colour overwrites them. One array of E fewer to allocate,
  // which at 2,000,000 interviews is what tips V8 into a full collection of the caller's heap.
  const right = keep === null ? slot : new Int32Array(kept);
  const edge = keep === null ? null : new Int32Array(kept);
  let i = 0;
  for (let e = 0; e < E; e++) {
    if (keep !== null && !keep[e]) continue;
    const c = company[e]!;
    const r = nextRoom[c]!;
    nextRoom[c] = r + 1 === firstRoom[c + 1]! - firstRoom[c]! ? 0 : r + 1;
    room[e] = r;
    right[i] = firstRoom[c]! + r;
    if (edge !== null) {
      edge[i] = e;
      left[i] = student[e]!;
    }
    i++;
  }
  if (edge === null) return colorBipartiteEdges(fair.S, firstRoom[C]!, left, right, slot).colorCount;
  const { colors, colorCount } = colorBipartiteEdges(fair.S, firstRoom[C]!, left, right);
  for (let k = 0; k < kept; k++) slot[edge[k]!] = colors[k]!;
  return colorCount;
}

function solveByEdgeColoring(fair: CompiledFair, settings: Required<ScheduleOptions>): CompactSchedule {
  const { E, T } = fair;
  const lowerBound = konigBound(fair, null);
  // Every interview gets a slot and a room unless there are too few slots: −1 only then.
  const slot = new Int32Array(E);
  const room = new Int32Array(E);
  const reason = new Int8Array(E).fill(-1);
  let keep: Uint8Array | null = null;
  if (lowerBound > T) {
    slot.fill(-1);
    room.fill(-1);
    const all = new Uint8Array(E).fill(1);
    // The fewest slots that hold as many as T slots do (the count grows with the slots).
    const count = (H: number) => largestFittingSubset(fair.S, fair.C, fair.student, fair.company, fair.rooms, all, H);
    const most = count(T);
    const target = most.keep.reduce((a, b) => a + b, 0);
    let lo = 1;
    let hi = T;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (count(mid).keep.reduce((a, b) => a + b, 0) === target) hi = mid;
      else lo = mid + 1;
    }
    const chosen = lo === T ? most : count(lo);
    keep = chosen.keep;
    for (let e = 0; e < E; e++) {
      if (!chosen.keep[e]) reason[e] = reasonCode(most.studentFull[e] ? 'studentFullyBooked' : 'companyFullyBooked');
    }
  }
  const makespan = colorWithRooms(fair, keep, slot, room);
  // Under one evaluation per interview (beyond GAP_EVALUATIONS_CAP interviews) the swaps could
  // try only a pair or two of the makespan's K(K − 1)/2 slot pairs (2 of 3,160 on the benchmark's
  // 2,000,000 interviews, where they removed no gap), for passes over every interview: skipped.
  const gapBudget = Math.min(settings.gapEffort * E, GAP_EVALUATIONS_CAP);
  if (gapBudget >= E) reorderSlots(fair, slot, makespan, gapBudget);
  return { slot, room, reason, makespan, lowerBound, optimality: 'proved', method: 'edgeColoring' };
}

type Attempt = { board: SlotBoard; left: number[] };

function solveBySearch(fair: CompiledFair, settings: Required<ScheduleOptions>): CompactSchedule {
  const { E, T } = fair;
  const reason = new Int8Array(E).fill(-1);
  const pinned = newBoard(fair, T);
  const pinConflicts = new Set(placePins(pinned));
  const include = new Uint8Array(E);
  const candidates: number[] = [];
  let pinsEnd = 0;
  for (let e = 0; e < E; e++) {
    if (pinConflicts.has(e)) reason[e] = reasonCode('pinConflict');
    else if (pinnedSlot(fair, e) >= 0) {
      include[e] = 1;
      pinsEnd = Math.max(pinsEnd, pinnedSlot(fair, e) + 1);
    } else if (hasAdmissibleSlot(fair, e)) {
      include[e] = 1;
      candidates.push(e);
    } else reason[e] = reasonCode('noCommonFreeSlot');
  }
  const lowerBound = Math.max(makespanLowerBound(fair, include), pinsEnd);
  const attempt = (H: number): Attempt => {
    const board = newBoard(fair, T);
    placePins(board);
    return { board, left: fillBoard(board, candidates, H, settings.repairSteps) };
  };
  let best = attempt(T);
  if (best.left.length === 0) {
    // Everything fits: the fewest slots, trying horizons from the bound up.
    for (let H = Math.min(lowerBound, T); H < boardMakespan(best.board); H++) {
      const tried = attempt(H);
      if (tried.left.length === 0) {
        best = tried;
        break;
      }
    }
  }
  let optimality: FairSchedule['optimality'] = best.left.length === 0 && boardMakespan(best.board) <= lowerBound ? 'proved' : 'bestFound';
  if (optimality === 'bestFound' && candidates.length <= settings.exactUpTo) {
    ({ best, optimality } = exactly(fair, candidates, best, Math.max(pinsEnd, best.left.length === 0 ? Math.min(lowerBound, T) : 1), settings.exactNodes));
  }
  const board = best.board;
  // Maximal: nothing left out fits anywhere as the board stands.
  for (const e of best.left) {
    const t = firstFreeSlot(board, e, T);
    if (t >= 0) place(board, e, t);
  }
  fewerGapsOnBoard(board, boardMakespan(board), Math.min(settings.gapEffort * E, GAP_EVALUATIONS_CAP));
  const makespan = boardMakespan(board);
  for (const e of candidates) if (board.slot[e] === -1) reason[e] = reasonCode(unscheduledReason(board, e));
  return { slot: board.slot, room: board.room, reason, makespan, lowerBound, optimality, method: 'search' };
}

function hasAdmissibleSlot(fair: CompiledFair, e: number): boolean {
  for (let t = 0; t < fair.T; t++) if (isAdmissible(fair, e, t)) return true;
  return false;
}

/**
 * Branch and bound for small fairs: first the most interviews in all T slots, then the fewest
 * slots that hold that many, from `firstHorizon` up. Proved only if every search finished.
 */
function exactly(fair: CompiledFair, candidates: number[], heuristic: Attempt, firstHorizon: number, nodeBudget: number): { best: Attempt; optimality: FairSchedule['optimality'] } {
  const nodes = { nodes: nodeBudget };
  const fresh = (): SlotBoard => {
    const board = newBoard(fair, fair.T);
    placePins(board);
    return board;
  };
  const leftOut = (board: SlotBoard) => candidates.filter((e) => board.slot[e] === -1);
  let best = heuristic;
  let proved = true;
  let most = candidates.length - heuristic.left.length;
  if (heuristic.left.length > 0) {
    const board = fresh();
    const result = placeMostExactly(board, candidates, fair.T, most - 1, nodes);
    proved &&= result.proved;
    if (result.placed >= most) {
      most = result.placed;
      best = { board, left: leftOut(board) };
    }
  }
  for (let H = firstHorizon; H < boardMakespan(best.board); H++) {
    const board = fresh();
    const result = placeMostExactly(board, candidates, H, most - 1, nodes);
    if (result.placed >= most) {
      best = { board, left: leftOut(board) };
      break;
    }
    proved &&= result.proved;
  }
  return { best, optimality: proved ? 'proved' : 'bestFound' };
}
