// The textbook Δ-edge-colouring of a bipartite graph, kept as the plain method the benchmark
// compares against (bipartite-edge-coloring.ts is the one the scheduler uses). Edges are coloured
// one by one: take a colour a free at the left end and b free at the right end; if a is taken at
// the right end, swap a and b along the alternating a/b path that starts there (it cannot come
// back to the left end, by parity), then use a. O(E·(Δ + V)) time, O(V·Δ) memory.

export function colorByAlternatingPaths(nLeft: number, nRight: number, left: Int32Array, right: Int32Array): { colors: Int32Array; colorCount: number } {
  const E = left.length;
  const degree = new Int32Array(nLeft + nRight);
  for (let e = 0; e < E; e++) {
    degree[left[e]!]!++;
    degree[nLeft + right[e]!]!++;
  }
  let D = 0;
  for (const d of degree) if (d > D) D = d;
  const colors = new Int32Array(E).fill(-1);
  // at[v·D + c]: the edge of colour c at vertex v, or −1.
  const at = new Int32Array((nLeft + nRight) * D).fill(-1);
  const freeAt = (v: number) => {
    let c = 0;
    while (at[v * D + c] !== -1) c++;
    return c;
  };
  const path: number[] = [];
  for (let e = 0; e < E; e++) {
    const u = left[e]!;
    const w = nLeft + right[e]!;
    const a = freeAt(u);
    if (at[w * D + a] !== -1) {
      const b = freeAt(w);
      // Walk w –a– x –b– y –a– … and swap a and b on it.
      path.length = 0;
      let v = w;
      let c = a;
      for (;;) {
        const f = at[v * D + c]!;
        if (f === -1) break;
        path.push(f);
        v = v === left[f]! ? nLeft + right[f]! : left[f]!;
        c = c === a ? b : a;
      }
      for (const f of path) {
        at[left[f]! * D + colors[f]!] = -1;
        at[(nLeft + right[f]!) * D + colors[f]!] = -1;
      }
      for (const f of path) {
        const swapped = colors[f] === a ? b : a;
        colors[f] = swapped;
        at[left[f]! * D + swapped] = f;
        at[(nLeft + right[f]!) * D + swapped] = f;
      }
    }
    colors[e] = a;
    at[u * D + a] = e;
    at[w * D + a] = e;
  }
  return { colors, colorCount: D };
}
