// Turns a bipartite multigraph of maximum degree Δ into a Δ-regular one with the same number of
// vertices on each side, so that it splits cleanly into matchings. Vertices of one side are packed
// into groups whose degrees sum to at most Δ (best fit, largest first); a proper colouring of the
// groups' edges is a proper colouring of the original vertices' edges, since each vertex's edges
// are among its group's. The sides are padded to equal size and filler edges raise every group
// to degree Δ. With best-fit-decreasing packing the groups number at most about 11/9 of
// (edges / Δ) + 1 per side, so the regular graph has at most about 1.23·E + Δ edges.
// O(V + E + Δ·groups).

export type RegularBipartite = {
  /** Groups per side. */
  readonly n: number;
  readonly degree: number;
  /** Endpoints of the regular graph's edges: the original ones first (same index), then fillers. */
  readonly left: Int32Array;
  readonly right: Int32Array;
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

  // Open groups by their remaining capacity: stacks in one array, linked through `next`.
  const head = new Int32Array(capacity + 1).fill(-1);
  const next: number[] = [];
  const group = new Int32Array(n);
  let count = 0;
  for (const v of order) {
    const d = degree[v]!;
    if (d === 0) continue; // no edges: any group will do, and 0 exists once any vertex has an edge
    let room = d;
    while (room <= capacity && head[room] === -1) room++;
    let g: number;
    if (room > capacity) {
      g = count++;
      next.push(-1);
      room = capacity;
    } else {
      g = head[room]!;
      head[room] = next[g]!;
    }
    group[v] = g;
    const left = room - d;
    if (left > 0) {
      next[g] = head[left]!;
      head[left] = g;
    }
  }
  return { group, count };
}

function degrees(ends: Int32Array, n: number): Int32Array {
  const degree = new Int32Array(n);
  for (let e = 0; e < ends.length; e++) degree[ends[e]!]!++;
  return degree;
}

/** Δ-regular supergraph of the groups; Δ = max degree of the input (at least 1 when there are edges). */
export function regularize(nLeft: number, nRight: number, left: Int32Array, right: Int32Array): RegularBipartite {
  const E = left.length;
  const degLeft = degrees(left, nLeft);
  const degRight = degrees(right, nRight);
  let degree = 0;
  for (const d of degLeft) if (d > degree) degree = d;
  for (const d of degRight) if (d > degree) degree = d;
  if (E === 0) return { n: 0, degree: 0, left: new Int32Array(0), right: new Int32Array(0) };

  const packedLeft = packByDegree(degLeft, degree);
  const packedRight = packByDegree(degRight, degree);
  const n = Math.max(packedLeft.count, packedRight.count);
  const M = n * degree;
  const outLeft = new Int32Array(M);
  const outRight = new Int32Array(M);
  const fillLeft = new Int32Array(n);
  const fillRight = new Int32Array(n);
  for (let e = 0; e < E; e++) {
    const a = packedLeft.group[left[e]!]!;
    const b = packedRight.group[right[e]!]!;
    outLeft[e] = a;
    outRight[e] = b;
    fillLeft[a]!++;
    fillRight[b]!++;
  }
  // Fillers: both sides lack n·Δ − E edge ends, so pairing the deficits in order closes them all.
  let i = 0;
  let j = 0;
  for (let e = E; e < M; e++) {
    while (fillLeft[i] === degree) i++;
    while (fillRight[j] === degree) j++;
    outLeft[e] = i;
    outRight[e] = j;
    fillLeft[i]!++;
    fillRight[j]!++;
  }
  return { n, degree, left: outLeft, right: outRight };
}
