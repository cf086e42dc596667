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

  it('makes every group of both sides exactly Δ-regular and keeps the original edges first', () => {
    fc.assert(
      fc.property(multigraph, ({ nLeft, nRight, edges }) => {
        const left = Int32Array.from(edges, (e) => e[0]);
        const right = Int32Array.from(edges, (e) => e[1]);
        const g = regularize(nLeft, nRight, left, right);
        const D = maxDegree(nLeft, nRight, edges);
        expect(g.degree).toBe(D);
        expect(g.left.length).toBe(g.n * D);
        const degL = new Array<number>(g.n).fill(0);
        const degR = new Array<number>(g.n).fill(0);
        g.left.forEach((u, e) => {
          degL[u]!++;
          degR[g.right[e]!]!++;
        });
        expect(degL.every((d) => d === D) && degR.every((d) => d === D)).toBe(true);
      }),
    );
  });
});
