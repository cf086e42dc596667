// Turns a bipartite multigraph of maximum degree Δ into a Δ-regular one with the same number of
// vertices on each side, so that it splits cleanly into matchings. Vertices of one side are packed
// into groups whose degrees sum to at most Δ (best fit, largest first); a proper colouring of the
// groups' edges is a proper colouring of the original vertices' edges, since each vertex's edges
// are among its group's. The sides are padded to equal size and filler edges raise every group
// to degree Δ. With best-fit-decreasing packing the groups number at most about 11/9 of
// (edges / Δ) + 1 per side, so the regular graph has at most about 1.23·E + Δ edges.
// The edges come out grouped by their left group: left group u holds positions u·Δ … u·Δ + Δ − 1,
// so that the left end of an edge is its position divided by Δ and need not be stored.
// O(V·(1 + Δ/32) + E + Δ·groups): the best fit looks through the open capacities 32 at a time.

export type RegularBipartite = {
  /** Groups per side. */
  readonly n: number;
  readonly degree: number;
  /** Right group of the edge at each position (n·Δ of them); position i's left group is ⌊i / Δ⌋. */
  readonly right: Int32Array;
  /** Original index of the edge at each position; fillers are numbered from E on. */
  readonly id: Int32Array;
};

/** Group of each vertex (degrees ≤ capacity), best fit in decreasing order of degree. */
export function packByDegree(degree: Int32Array, capacity: number): { group: Int32Array; count: number } {
  const n = degree.length;
  // Counting sort by degree, largest first.
  const byDegree = new Int32Array(capacity + 2);
  for (let v = 0; v < n; v++) byDegree[capacity - degree[v]!]!++;
  for (let d = 1; d < byDegree.length; d++) byDegree[d]! += byDegree[d - 1]!;
  const order = new Int32Array(n);
  for (let v = n - 1; v >= 0; v--) order[--byDegree[capacity - degree[v]!]!] = v;

  // Open groups by their remaining capacity: stacks in one array, linked through `next`; `open`
  // has bit r set when some group has exactly r left, so that the best fit is found a word of 32
  // capacities at a time (many equal degrees otherwise scan up to Δ empty stacks each).
  const head = new Int32Array(capacity + 1).fill(-1);
  const open = new Int32Array((capacity >> 5) + 1);
  const next = new Int32Array(n);
  const group = new Int32Array(n);
  let count = 0;
  for (let k = 0; k < n; k++) {
    const v = order[k]!;
    const d = degree[v]!;
    if (d === 0) continue; // no edges: any group will do, and 0 exists once any vertex has an edge
    let room = smallestOpen(open, d);
    let g: number;
    if (room > capacity) {
      g = count++;
      next[g] = -1;
      room = capacity;
    } else {
      g = head[room]!;
      head[room] = next[g]!;
      if (head[room] === -1) open[room >> 5]! &= ~(1 << (room & 31));
    }
    group[v] = g;
    const left = room - d;
    if (left > 0) {
      next[g] = head[left]!;
      head[left] = g;
      open[left >> 5]! |= 1 << (left & 31);
    }
  }
  return { group, count };
}

/** The smallest r ≥ from with bit r set in `bits`, or more than any bit's index when none is. */
function smallestOpen(bits: Int32Array, from: number): number {
  let word = from >> 5;
  if (word >= bits.length) return word << 5;
  let rest = bits[word]! & (-1 << (from & 31));
  while (rest === 0) {
    if (++word === bits.length) return word << 5;
    rest = bits[word]!;
  }
  return (word << 5) + 31 - Math.clz32(rest & -rest);
}

/**
 * Δ-regular supergraph of the groups, grouped by left group; Δ = max degree of the input (at least
 * 1 when there are edges). Its two arrays come from `allocate` (0: right ends, 1: ids), which
 * may hand out buffers kept from an earlier call: every entry is written before it is read.
 */
export function regularize(nLeft: number, nRight: number, left: Int32Array, right: Int32Array, allocate: (which: 0 | 1, length: number) => Int32Array = freshInt32): RegularBipartite {
  const E = left.length;
  const degLeft = new Int32Array(nLeft);
  const degRight = new Int32Array(nRight);
  for (let e = 0; e < E; e++) {
    degLeft[left[e]!]!++;
    degRight[right[e]!]!++;
  }
  let degree = 0;
  for (let v = 0; v < nLeft; v++) if (degLeft[v]! > degree) degree = degLeft[v]!;
  for (let v = 0; v < nRight; v++) if (degRight[v]! > degree) degree = degRight[v]!;
  if (E === 0) return { n: 0, degree: 0, right: new Int32Array(0), id: new Int32Array(0) };

  const groupLeft = packByDegree(degLeft, degree);
  const groupRight = packByDegree(degRight, degree);
  const n = Math.max(groupLeft.count, groupRight.count);
  const M = n * degree;
  const outRight = allocate(0, M);
  const id = allocate(1, M);
  // fillLeft[a]: edges placed so far in left group a; fillRight[b]: edge ends of right group b.
  const fillLeft = new Int32Array(n);
  const fillRight = new Int32Array(n);
  const gl = groupLeft.group;
  const gr = groupRight.group;
  for (let e = 0; e < E; e++) {
    const a = gl[left[e]!]!;
    const b = gr[right[e]!]!;
    const at = a * degree + fillLeft[a]!++;
    outRight[at] = b;
    id[at] = e;
    fillRight[b]!++;
  }
  // Fillers: both sides lack n·Δ − E edge ends, so pairing the deficits in order closes them all.
  let j = 0;
  let filler = E;
  for (let a = 0; a < n; a++) {
    for (let at = a * degree + fillLeft[a]!; at < (a + 1) * degree; at++) {
      while (fillRight[j] === degree) j++;
      outRight[at] = j;
      id[at] = filler++;
      fillRight[j]!++;
    }
  }
  return { n, degree, right: outRight, id };
}

function freshInt32(_which: 0 | 1, length: number): Int32Array {
  return new Int32Array(length);
}
