// Proper edge colouring of a bipartite multigraph with exactly Δ colours (its maximum degree),
// which König's theorem says is always possible. This is the interview fair without
// unavailability or interpreter limits: colours are slots, one side students, the other
// company rooms.
//
// Method: make the graph Δ-regular (regular-bipartite.ts), then recursively
//   - d even: split the d-regular range into two d/2-regular halves and colour them with disjoint
//     colour ranges (an Euler partition). Each left vertex's edges sit side by side, so they are
//     paired as they stand (positions 2p and 2p + 1); at the right ends they are paired in the
//     order they come. Every edge then has one partner at each end, and the edges fall into
//     cycles that alternate left and right pairings: putting one edge of every left pair in each
//     half, alternately along each cycle, also splits every right pair, so exactly half of every
//     vertex's edges go to each half;
//   - d odd: take out a perfect matching (one exists in every regular bipartite graph) as one
//     colour and go on with d − 1. The matching starts greedy and is completed by random walks in
//     the manner of Goel, Kapralov and Khanna (2010), expected O(V log V) steps.
// Euler splits cost O(E) per level over log Δ levels: O(E log Δ) in all.
//
// At millions of edges the cost is memory access, not arithmetic, so the layout is chosen for it:
// within each range, left vertex u's edges are at u·d … u·d + d − 1, so a left end is a position
// divided by d (never stored), the left pairs are adjacent positions, and a split writes pair p's
// two edges to position p of either half, which keeps each half in the same layout. Only the right
// ends and original indices move, between two buffers; the one random-access pass per level (the
// walk along the cycles) touches one array. The walks draw from a fixed-seed generator, so the
// result depends only on the input arrays.
import { regularize } from './regular-bipartite.ts';

/**
 * Colours 0 … colorCount − 1, one per edge; edges sharing an endpoint differ. colorCount = Δ.
 * The colours are written to `into` when given (at least as long as `left`), else to a new array;
 * `into` may be `left` or `right` itself, as both are read in full before the first colour is written.
 */
export function colorBipartiteEdges(nLeft: number, nRight: number, left: Int32Array, right: Int32Array, into?: Int32Array): { colors: Int32Array; colorCount: number } {
  const regular = regularize(nLeft, nRight, left, right, keptInt32);
  const colors = into ?? new Int32Array(left.length);
  if (left.length > 0) colorRegular(regular.n, regular.degree, regular.right, regular.id, left.length, colors);
  return { colors, colorCount: regular.degree };
}

// Buffers kept from one call to the next, overwritten before they are read. Fresh memory costs a
// page fault per 4 KiB page when it is first written (on the benchmark machine about 35 ms per
// 8 MB), which was a fifth of the time of a colouring of 2,000,000 edges. They hold about 17
// bytes per edge of the largest regular graph coloured so far in the process.
const keptBuffers: Int32Array[] = [];
let keptSides = new Uint8Array(0);

/** Kept buffer k (0, 1: regularize's output; 2, 3: the other buffers of the splits), `length` entries of it. */
function keptInt32(k: number, length: number): Int32Array {
  if ((keptBuffers[k]?.length ?? -1) < length) keptBuffers[k] = new Int32Array(length);
  return keptBuffers[k]!.subarray(0, length);
}

/** The buffers of one colouring: ranges move between (R0, id0) and (R1, id1) as they are split. */
type Work = {
  readonly n: number;
  /** Original edges; indices from E on are fillers. */
  readonly E: number;
  readonly colors: Int32Array;
  readonly R: readonly [Int32Array, Int32Array];
  readonly id: readonly [Int32Array, Int32Array];
  /** Per right vertex: the edge waiting for a partner (Euler splits), or the matched left vertex. */
  readonly pending: Int32Array;
  readonly matchLeft: Int32Array;
  /** Per left pair of the Euler splits: which of its two edges went to the first half. */
  readonly side: Uint8Array;
  random: number;
};

const FIRST_EVEN = 1;
const FIRST_ODD = 2;

/** Colours the n-per-side d-regular graph given as right ends and original indices (fillers: E and above) in left order. */
function colorRegular(n: number, degree: number, right: Int32Array, id: Int32Array, E: number, colors: Int32Array): void {
  const M = right.length;
  const w: Work = {
    n,
    E,
    colors,
    R: [right, keptInt32(2, M)],
    id: [id, keptInt32(3, M)],
    pending: new Int32Array(n),
    matchLeft: new Int32Array(n),
    side: keptSides.length >= M >> 1 ? keptSides : (keptSides = new Uint8Array(M >> 1)),
    random: 0x2545f491,
  };
  // Tasks: [lo, degree, first colour, buffer]; a task's range is [lo, lo + n·degree).
  const tasks: number[] = [0, degree, 0, 0];
  while (tasks.length > 0) {
    const buffer = tasks.pop()!;
    const offset = tasks.pop()!;
    const d = tasks.pop()!;
    const lo = tasks.pop()!;
    if (d === 1) paint(w, w.id[buffer]!, lo, lo + n, offset);
    else if (d % 2 === 0) {
      eulerSplit(w, buffer, lo, d, offset);
      if (d > 2) tasks.push(lo, d / 2, offset, 1 - buffer, lo + (n * d) / 2, d / 2, offset + d / 2, 1 - buffer);
    } else {
      takeMatching(w, buffer, lo, d, offset);
      tasks.push(lo, d - 1, offset + 1, 1 - buffer);
    }
  }
}

/** Colour `color` for the original edges at positions [from, to) of `ids`. */
function paint(w: Work, ids: Int32Array, from: number, to: number, color: number): void {
  const { colors } = w;
  for (let i = from; i < to; i++) {
    const e = ids[i]!;
    if (e < w.E) colors[e] = color;
  }
}

/**
 * Splits the d-regular range at lo of `buffer` (d even) into two d/2-regular halves at lo and
 * lo + n·d/2 of the other buffer; when d = 2 the halves are coloured directly instead. The other
 * buffer's right ends hold the right pairing until the halves are written.
 */
function eulerSplit(w: Work, buffer: number, lo: number, d: number, offset: number): void {
  const { n, pending, colors, side } = w;
  const R = w.R[buffer]!;
  const id = w.id[buffer]!;
  const partner = w.R[1 - buffer]!;
  const id2 = w.id[1 - buffer]!;
  const m = n * d;
  const half = m / 2;
  // Right pairs, in the order the edges come: one sequential pass; `pending` (n entries) stays in
  // cache. partner[lo + i] is the local index of edge i's partner.
  pending.fill(-1, 0, n);
  for (let i = 0; i < m; i++) {
    const x = R[lo + i]!;
    const k = pending[x]!;
    if (k < 0) pending[x] = i;
    else {
      partner[lo + i] = k;
      partner[lo + k] = i;
      pending[x] = -1;
    }
  }
  // Along each cycle: edge e goes to the first half, so its left partner e ^ 1 to the second, and
  // the right partner of e ^ 1 to the first again. side[p] records which edge of the left pair
  // went first (FIRST_EVEN: edge 2p, FIRST_ODD: 2p + 1; 0 while unvisited), in an array a
  // quarter the size of `partner`, so that the random reads of `partner` leave its cache lines
  // clean. Each cycle is walked from its start both ways at once, until the two walks meet: at
  // the top levels every step is a cache miss, and two independent chains of them overlap in the
  // memory system where one would wait for each.
  side.fill(0, 0, half);
  for (let p = 0; p < half; p++) {
    if (side[p] !== 0) continue;
    side[p] = FIRST_EVEN;
    let forward = partner[lo + 2 * p + 1]!; // first half; its pair is next, unless already done
    let backward = 2 * p; // first half; its right partner's pair is next
    for (;;) {
      if (side[forward >> 1] !== 0) break;
      side[forward >> 1] = forward & 1 ? FIRST_ODD : FIRST_EVEN;
      forward = partner[lo + (forward ^ 1)]!;
      const back = partner[lo + backward]!; // second half
      if (side[back >> 1] !== 0) break;
      side[back >> 1] = back & 1 ? FIRST_EVEN : FIRST_ODD;
      backward = back ^ 1;
    }
  }
  if (d === 2) {
    for (let p = 0; p < half; p++) {
      const i = lo + 2 * p;
      const first = side[p] === FIRST_EVEN ? i : i + 1;
      const a = id[first]!;
      const b = id[i + i + 1 - first]!;
      if (a < w.E) colors[a] = offset;
      if (b < w.E) colors[b] = offset + 1;
    }
    return;
  }
  // Pair p's edge in the first half goes to position p of it, the other to position p of the
  // second (the right pairing in `partner` is no longer needed).
  const R2 = partner;
  for (let p = 0; p < half; p++) {
    const i = lo + 2 * p;
    const first = side[p] === FIRST_EVEN ? i : i + 1;
    const other = i + i + 1 - first;
    id2[lo + p] = id[first]!;
    id2[lo + half + p] = id[other]!;
    R2[lo + p] = R[first]!;
    R2[lo + half + p] = R[other]!;
  }
}

/**
 * Colours a perfect matching of the d-regular range at lo of `buffer` (d odd, ≥ 3) with `color`
 * and moves the other d − 1 edges of each left vertex, in order, to lo of the other buffer.
 */
function takeMatching(w: Work, buffer: number, lo: number, d: number, color: number): void {
  const { n, matchLeft, pending: matchRight } = w;
  const R = w.R[buffer]!;
  const id = w.id[buffer]!;
  // Greedy, vertex by vertex: sequential reads, the two match arrays small enough to stay in cache.
  matchLeft.fill(-1, 0, n);
  matchRight.fill(-1, 0, n);
  let free = 0;
  for (let u = 0; u < n; u++) {
    for (let i = u * d; i < u * d + d; i++) {
      const x = R[lo + i]!;
      if (matchRight[x] === -1) {
        matchLeft[u] = i;
        matchRight[x] = u;
        break;
      }
    }
    if (matchLeft[u] === -1) free++;
  }
  if (free > 0) for (let u = 0; u < n; u++) if (matchLeft[u] === -1) matchByRandomWalk(w, R, lo, d, u);
  const { colors } = w;
  const R2 = w.R[1 - buffer]!;
  const id2 = w.id[1 - buffer]!;
  let to = lo;
  for (let u = 0; u < n; u++) {
    const matched = matchLeft[u]!;
    for (let i = u * d; i < u * d + d; i++) {
      if (i === matched) {
        const e = id[lo + i]!;
        if (e < w.E) colors[e] = color;
      } else {
        R2[to] = R[lo + i]!;
        id2[to++] = id[lo + i]!;
      }
    }
  }
}

/** xorshift32: the walks' choices, reproducible run after run. */
function nextRandom(w: Work, bound: number): number {
  let x = w.random;
  x ^= x << 13;
  x ^= x >>> 17;
  x ^= x << 5;
  w.random = x;
  return Math.floor((x >>> 0) * (bound / 4294967296));
}

/**
 * Matches the free left vertex `root` by a random walk that keeps a matching all along: the free
 * left vertex takes a random edge of its own; if that edge's right end was matched, its mate is
 * now the free one and walks on, until a right vertex that was free is reached. (Goel, Kapralov
 * and Khanna (2010) walk the same way and then augment along the walk with its loops cut out;
 * swapping at each step needs no record of the walk.) An augmenting path from the free vertex
 * exists in every state, as Hall's condition holds in a regular bipartite graph, and the walk
 * follows one with positive probability at each step, so it ends with probability 1.
 */
function matchByRandomWalk(w: Work, R: Int32Array, lo: number, d: number, root: number): void {
  const { matchLeft, pending: matchRight } = w;
  let u = root;
  for (;;) {
    const i = u * d + nextRandom(w, d);
    const x = R[lo + i]!;
    const mate = matchRight[x]!;
    matchLeft[u] = i;
    matchRight[x] = u;
    if (mate === -1) return;
    matchLeft[mate] = -1;
    u = mate;
  }
}
