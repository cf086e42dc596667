// Proper edge colouring of a bipartite multigraph with exactly Δ colours (its maximum degree),
// which König's theorem says is always possible. This is the interview fair without
// unavailability or interpreter limits: colours are slots, one side students, the other
// company rooms.
//
// Method: make the graph Δ-regular (regular-bipartite.ts), then recursively
//   - Δ even: split into two Δ/2-regular halves and colour them with disjoint colour ranges. The
//     split pairs up the edges at every vertex (in the order they come); each edge then has
//     one partner at its left end and one at its right end, so the edges fall into cycles that
//     alternate left and right pairings, which have even length: colouring each cycle alternately
//     puts one edge of every pair, so exactly half of every vertex's edges, in each half (an
//     Euler partition, without walking the vertices);
//   - Δ odd: take out a perfect matching (one exists in every regular bipartite graph) as one colour
//     and go on with Δ − 1. The matching starts greedy and is completed by the random walks of Goel,
//     Kapralov and Khanna (2010), expected O(V log V) after the O(E) adjacency build.
// Euler splits cost O(E) per level over log Δ levels: O(E log Δ) in all. The walks draw from a
// fixed-seed generator, so the result depends only on the input arrays. Each range keeps its
// edges' endpoints contiguous, since at millions of edges the cost is memory access, not
// arithmetic.
import { regularize, type RegularBipartite } from './regular-bipartite.ts';

type Work = {
  readonly n: number;
  /** Endpoints and original index of the edges, permuted so that each task's edges are a range. */
  readonly L: Int32Array;
  readonly R: Int32Array;
  readonly id: Int32Array;
  readonly tmpL: Int32Array;
  readonly tmpR: Int32Array;
  readonly tmpId: Int32Array;
  readonly adj: Int32Array;
  readonly ptr: Int32Array;
  readonly used: Uint8Array;
  readonly matchLeft: Int32Array;
  readonly matchRight: Int32Array;
  readonly onPath: Int32Array;
  readonly pathU: Int32Array;
  readonly pathI: Int32Array;
  /** The edge paired with each edge at its left end, and at its right end (Euler splits). */
  readonly pL: Int32Array;
  readonly pR: Int32Array;
  random: number;
};

/** Colours 0 … colorCount − 1, one per edge; edges sharing an endpoint differ. colorCount = Δ. */
export function colorBipartiteEdges(nLeft: number, nRight: number, left: Int32Array, right: Int32Array): { colors: Int32Array; colorCount: number } {
  const regular = regularize(nLeft, nRight, left, right);
  const colors = colorRegular(regular);
  return { colors: colors.slice(0, left.length), colorCount: regular.degree };
}

function colorRegular(g: RegularBipartite): Int32Array {
  const M = g.left.length;
  const n = g.n;
  const colors = new Int32Array(M);
  if (M === 0) return colors;
  const w: Work = {
    n,
    L: g.left.slice(),
    R: g.right.slice(),
    id: Int32Array.from({ length: M }, (_, i) => i),
    tmpL: new Int32Array(M),
    tmpR: new Int32Array(M),
    tmpId: new Int32Array(M),
    adj: new Int32Array(M),
    ptr: new Int32Array(n),
    used: new Uint8Array(M),
    matchLeft: new Int32Array(n),
    matchRight: new Int32Array(n),
    onPath: new Int32Array(n).fill(-1),
    pathU: new Int32Array(n + 1),
    pathI: new Int32Array(n + 1),
    pL: new Int32Array(M),
    pR: new Int32Array(M),
    random: 0x2545f491,
  };
  // Tasks: [lo, hi, degree, first colour] over ranges of the work arrays.
  const tasks: number[] = [0, M, g.degree, 0];
  while (tasks.length > 0) {
    const offset = tasks.pop()!;
    const d = tasks.pop()!;
    const hi = tasks.pop()!;
    const lo = tasks.pop()!;
    if (d === 1) {
      for (let i = lo; i < hi; i++) colors[w.id[i]!] = offset;
    } else if (d % 2 === 0) {
      eulerSplit(w, lo, hi);
      const mid = lo + (hi - lo) / 2;
      tasks.push(lo, mid, d / 2, offset, mid, hi, d / 2, offset + d / 2);
    } else {
      matchingToFront(w, lo, hi, d);
      for (let i = lo; i < lo + n; i++) colors[w.id[i]!] = offset;
      tasks.push(lo + n, hi, d - 1, offset + 1);
    }
  }
  return colors;
}

/** Left vertex u's local edge indices at adj[u·d …] for the d-regular range [lo, hi). */
function buildAdjacency(w: Work, lo: number, hi: number, d: number): void {
  const { n, adj, ptr, L } = w;
  ptr.fill(0, 0, n);
  for (let i = 0; i < hi - lo; i++) {
    const u = L[lo + i]!;
    adj[u * d + ptr[u]!++] = i;
  }
}

/** Moves local edge i of range lo to position `to` of the temporary arrays. */
function stage(w: Work, lo: number, i: number, to: number): void {
  w.tmpL[to] = w.L[lo + i]!;
  w.tmpR[to] = w.R[lo + i]!;
  w.tmpId[to] = w.id[lo + i]!;
}

function commit(w: Work, lo: number, m: number): void {
  w.L.set(w.tmpL.subarray(0, m), lo);
  w.R.set(w.tmpR.subarray(0, m), lo);
  w.id.set(w.tmpId.subarray(0, m), lo);
}

/** Reorders the range [lo, hi) so that each half is (d/2)-regular. */
function eulerSplit(w: Work, lo: number, hi: number): void {
  const { n, ptr: pendingLeft, matchRight: pendingRight, used, L, R, pL, pR } = w;
  const m = hi - lo;
  // Pair the edges at each vertex as they come: one sequential pass, the pending edge of each
  // vertex in small arrays that stay in cache (every degree is even, so none is left over).
  pendingLeft.fill(-1, 0, n);
  pendingRight.fill(-1, 0, n);
  for (let i = 0; i < m; i++) {
    const u = L[lo + i]!;
    const j = pendingLeft[u]!;
    if (j < 0) pendingLeft[u] = i;
    else {
      pL[i] = j;
      pL[j] = i;
      pendingLeft[u] = -1;
    }
    const x = R[lo + i]!;
    const k = pendingRight[x]!;
    if (k < 0) pendingRight[x] = i;
    else {
      pR[i] = k;
      pR[k] = i;
      pendingRight[x] = -1;
    }
  }
  // The two pairings make even cycles of edges, alternately linked at a left and at a right end: colour them alternately.
  used.fill(2, 0, m);
  for (let s0 = 0; s0 < m; s0++) {
    if (used[s0] !== 2) continue;
    let e = s0;
    let c = 0;
    let viaLeft = true;
    do {
      used[e] = c;
      c ^= 1;
      e = viaLeft ? pL[e]! : pR[e]!;
      viaLeft = !viaLeft;
    } while (e !== s0);
  }
  let a = 0;
  let b = m / 2;
  for (let i = 0; i < m; i++) stage(w, lo, i, used[i] === 0 ? a++ : b++);
  commit(w, lo, m);
}

/** Moves a perfect matching of the d-regular range [lo, hi) (d odd, ≥ 3) to its first n positions. */
function matchingToFront(w: Work, lo: number, hi: number, d: number): void {
  const { n, matchLeft, matchRight, L, R } = w;
  const m = hi - lo;
  // Greedy in edge order: sequential reads, the two match arrays small enough to stay in cache.
  matchLeft.fill(-1, 0, n);
  matchRight.fill(-1, 0, n);
  let free = n;
  for (let i = 0; i < m; i++) {
    const u = L[lo + i]!;
    const x = R[lo + i]!;
    if (matchLeft[u] === -1 && matchRight[x] === -1) {
      matchLeft[u] = i;
      matchRight[x] = u;
      free--;
    }
  }
  if (free > 0) {
    buildAdjacency(w, lo, hi, d);
    for (let u = 0; u < n; u++) if (matchLeft[u] === -1) augmentByRandomWalk(w, lo, d, u);
  }
  let front = 0;
  let back = n;
  for (let i = 0; i < m; i++) stage(w, lo, i, matchLeft[L[lo + i]!] === i ? front++ : back++);
  commit(w, lo, m);
}

/** xorshift32: the walks' choices, reproducible run after run. */
function nextRandom(w: Work, bound: number): number {
  let x = w.random;
  x ^= x << 13;
  x ^= x >>> 17;
  x ^= x << 5;
  w.random = x;
  return (x >>> 0) % bound;
}

/**
 * From the free left vertex `root`, walk: an unmatched edge to a right vertex, then its matched
 * edge back to the left, until a free right vertex is reached; loops are cut out as they close.
 * The walk is then an augmenting path (Goel, Kapralov and Khanna, 2010).
 */
function augmentByRandomWalk(w: Work, lo: number, d: number, root: number): void {
  const { adj, matchLeft, matchRight, onPath, pathU, pathI, R } = w;
  let len = 0;
  let u = root;
  for (;;) {
    let i = adj[u * d + nextRandom(w, d)]!;
    while (i === matchLeft[u]) i = adj[u * d + nextRandom(w, d)]!;
    onPath[u] = len;
    pathU[len] = u;
    pathI[len] = i;
    len++;
    const next = matchRight[R[lo + i]!]!;
    if (next === -1) break;
    const seen = onPath[next]!;
    if (seen !== -1) {
      for (let j = seen; j < len; j++) onPath[pathU[j]!] = -1;
      len = seen;
    }
    u = next;
  }
  for (let j = 0; j < len; j++) {
    const x = pathU[j]!;
    onPath[x] = -1;
    matchLeft[x] = pathI[j]!;
    matchRight[R[lo + pathI[j]!]!] = x;
  }
}
