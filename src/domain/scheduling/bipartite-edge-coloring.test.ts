import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { colorByAlternatingPaths } from './alternating-path-coloring.ts';
import { colorBipartiteEdges } from './bipartite-edge-coloring.ts';
import { packByDegree, regularize } from './regular-bipartite.ts';

/** A bipartite multigraph: sides of 1–12 vertices, up to 80 edges (parallel edges allowed). */
const multigraph = fc
  .record({ nLeft: fc.integer({ min: 1, max: 12 }), nRight: fc.integer({ min: 1, max: 12 }) })
  .chain(({ nLeft, nRight }) =>
    fc.record({
      nLeft: fc.constant(nLeft),
      nRight: fc.constant(nRight),
      edges: fc.array(fc.tuple(fc.nat(nLeft - 1), fc.nat(nRight - 1)), { maxLength: 80 }),
    }),
  );

function maxDegree(nLeft: number, nRight: number, edges: [number, number][]): number {
  const deg = new Array<number>(nLeft + nRight).fill(0);
  for (const [u, w] of edges) {
    deg[u]!++;
    deg[nLeft + w]!++;
  }
  return Math.max(0, ...deg);
}

/** Fails unless no two edges with a common end share a colour and every colour is below `count`. */
function expectProper(nLeft: number, edges: [number, number][], colors: Int32Array, count: number): void {
  const seen = new Set<string>();
  edges.forEach(([u, w], e) => {
    const c = colors[e]!;
    expect(c).toBeGreaterThanOrEqual(0);
    expect(c).toBeLessThan(count);
    for (const key of [`${u}:${c}`, `${nLeft + w}:${c}`]) {
      expect(seen.has(key), `colour ${c} twice at vertex ${key}`).toBe(false);
      seen.add(key);
    }
  });
}

describe.each([
  ['Euler splitting', colorBipartiteEdges],
  ['alternating paths', colorByAlternatingPaths],
])('%s', (_name, color) => {
  it('colours every bipartite multigraph properly with exactly Δ colours (König)', () => {
    fc.assert(
      fc.property(multigraph, ({ nLeft, nRight, edges }) => {
        const { colors, colorCount } = color(nLeft, nRight, Int32Array.from(edges, (e) => e[0]), Int32Array.from(edges, (e) => e[1]));
        expect(colorCount).toBe(maxDegree(nLeft, nRight, edges));
        expectProper(nLeft, edges, colors, colorCount);
      }),
      { numRuns: 2_000 },
    );
  });

  it('colours a complete bipartite graph K(40, 40) with 40 colours', () => {
    const edges: [number, number][] = [];
    for (let u = 0; u < 40; u++) for (let w = 0; w < 40; w++) edges.push([u, w]);
    const { colors, colorCount } = color(40, 40, Int32Array.from(edges, (e) => e[0]), Int32Array.from(edges, (e) => e[1]));
    expect(colorCount).toBe(40);
    expectProper(40, edges, colors, 40);
  });
});

describe('colorBipartiteEdges on larger graphs', () => {
  /** Students with k interviews each at random rooms: the scheduler's shape, with Δ from a few to ~100. */
  const fairGraph = fc.record({
    nLeft: fc.integer({ min: 1, max: 400 }),
    nRight: fc.integer({ min: 1, max: 60 }),
    perLeft: fc.integer({ min: 1, max: 9 }),
    seed: fc.integer(),
  });

  it('colours them properly with exactly Δ colours, every level of the recursion exercised (odd and even degrees)', () => {
    fc.assert(
      fc.property(fairGraph, ({ nLeft, nRight, perLeft, seed }) => {
        let x = seed | 1;
        const edges: [number, number][] = [];
        for (let u = 0; u < nLeft; u++) {
          for (let k = 0; k < perLeft; k++) {
            x ^= x << 13;
            x ^= x >>> 17;
            x ^= x << 5;
            edges.push([u, (x >>> 0) % nRight]);
          }
        }
        const left = Int32Array.from(edges, (e) => e[0]);
        const right = Int32Array.from(edges, (e) => e[1]);
        const { colors, colorCount } = colorBipartiteEdges(nLeft, nRight, left, right);
        expect(colorCount).toBe(maxDegree(nLeft, nRight, edges));
        const seen = new Uint8Array((nLeft + nRight) * colorCount);
        let clashes = 0;
        edges.forEach(([u, w], e) => {
          const c = colors[e]!;
          if (!(c >= 0 && c < colorCount) || seen[u * colorCount + c] || seen[(nLeft + w) * colorCount + c]) clashes++;
          seen[u * colorCount + c] = 1;
          seen[(nLeft + w) * colorCount + c] = 1;
        });
        expect(clashes).toBe(0);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('gives the same colours whatever it coloured before (its kept buffers are overwritten before they are read)', () => {
    fc.assert(
      fc.property(multigraph, multigraph, (g, before) => {
        const arrays = ({ edges }: { edges: [number, number][] }) => [Int32Array.from(edges, (e) => e[0]), Int32Array.from(edges, (e) => e[1])] as const;
        const [left, right] = arrays(g);
        const first = colorBipartiteEdges(g.nLeft, g.nRight, left, right).colors;
        const [otherLeft, otherRight] = arrays(before);
        colorBipartiteEdges(before.nLeft, before.nRight, otherLeft, otherRight);
        expect(Array.from(colorBipartiteEdges(g.nLeft, g.nRight, left, right).colors)).toEqual(Array.from(first));
      }),
      { numRuns: 300 },
    );
  });

  it('writes into the array it is given, and only the first E entries of it', () => {
    const left = Int32Array.from([0, 0, 1, 1, 2]);
    const right = Int32Array.from([0, 1, 0, 1, 1]);
    const into = new Int32Array(8).fill(-7);
    const { colors, colorCount } = colorBipartiteEdges(3, 2, left, right, into);
    expect(colors).toBe(into);
    expect(colorCount).toBe(3);
    expectProper(3, Array.from(left, (u, e) => [u, right[e]!] as [number, number]), into.subarray(0, 5), 3);
    expect(Array.from(into.subarray(5))).toEqual([-7, -7, -7]);
  });
});

describe('regularize', () => {
  it('packs vertices into groups whose degrees never exceed the capacity', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 60 }), (degrees) => {
        const { group, count } = packByDegree(Int32Array.from(degrees), 9);
        const load = new Array<number>(count).fill(0);
        degrees.forEach((d, v) => d > 0 && (load[group[v]!]! += d));
        expect(load.every((l) => l <= 9 && l > 0)).toBe(true);
        // Best fit decreasing: no two groups could merge into one.
        const sorted = [...load].sort((x, y) => x - y);
        if (sorted.length >= 2) expect(sorted[0]! + sorted[1]!).toBeGreaterThan(9);
      }),
    );
  });

  it('makes every group of both sides exactly Δ-regular, lays the edges out by left group and keeps each original edge once, in its vertices\' groups', () => {
    fc.assert(
      fc.property(multigraph, ({ nLeft, nRight, edges }) => {
        const left = Int32Array.from(edges, (e) => e[0]);
        const right = Int32Array.from(edges, (e) => e[1]);
        const g = regularize(nLeft, nRight, left, right);
        const D = maxDegree(nLeft, nRight, edges);
        expect(g.degree).toBe(D);
        expect(g.right.length).toBe(g.n * D);
        expect(g.id.length).toBe(g.n * D);
        const degR = new Array<number>(g.n).fill(0);
        g.right.forEach((b) => degR[b]!++);
        expect(degR.every((d) => d === D)).toBe(true);
        // Left group of position i is ⌊i / D⌋, so every left group has D positions by construction.
        const at = new Array<number>(edges.length).fill(-1);
        g.id.forEach((e, i) => {
          if (e >= edges.length) return;
          expect(at[e]).toBe(-1);
          at[e] = i;
        });
        expect(at.every((i) => i >= 0)).toBe(true);
        expect(new Set(g.id).size).toBe(g.n * D);
        // Edges of one original vertex stay in one group.
        const groupOfLeft = new Map<number, number>();
        const groupOfRight = new Map<number, number>();
        edges.forEach(([u, x], e) => {
          const a = Math.floor(at[e]! / D);
          const b = g.right[at[e]!]!;
          expect(groupOfLeft.get(u) ?? a).toBe(a);
          expect(groupOfRight.get(x) ?? b).toBe(b);
          groupOfLeft.set(u, a);
          groupOfRight.set(x, b);
        });
      }),
    );
  });
});
