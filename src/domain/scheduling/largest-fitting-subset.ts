// When only rooms limit the fair but it has fewer slots than the König bound, the most interviews
// that fit in H slots are a largest subgraph in which every student has at most H interviews and
// company c at most rooms·H (any such subgraph is H-edge-colourable after the room split, by
// König). That is a maximum flow source → students → companies → sink, found here by Dinic's
// algorithm: O(E·√E) on these unit-capacity middle arcs. Ties go to interviews earlier in input.

export type FittingSubset = {
  readonly keep: Uint8Array;
  /** Interviews a student already has H of (the rest are refused by their company's capacity). */
  readonly studentFull: Uint8Array;
};

export function largestFittingSubset(S: number, C: number, student: Int32Array, company: Int32Array, rooms: Int32Array, include: Uint8Array, H: number): FittingSubset {
  const E = student.length;
  const N = S + C + 2;
  const source = S + C;
  const sink = S + C + 1;
  // Arcs in pairs (forward, backward): student arcs, interview arcs, company arcs.
  const A = 2 * (S + E + C);
  const to = new Int32Array(A);
  const cap = new Int32Array(A);
  const nextArc = new Int32Array(A);
  const head = new Int32Array(N).fill(-1);
  let arcs = 0;
  const addArc = (u: number, v: number, c: number) => {
    to[arcs] = v;
    cap[arcs] = c;
    nextArc[arcs] = head[u]!;
    head[u] = arcs++;
    to[arcs] = u;
    cap[arcs] = 0;
    nextArc[arcs] = head[v]!;
    head[v] = arcs++;
  };
  // Arcs are read newest first, so each list is built in reverse: earlier students, and each
  // student's earlier interviews, are met first and win ties.
  for (let s = S - 1; s >= 0; s--) addArc(source, s, H);
  const arcOf = new Int32Array(E).fill(-1);
  for (let e = E - 1; e >= 0; e--) {
    if (!include[e]) continue;
    arcOf[e] = arcs;
    addArc(student[e]!, S + company[e]!, 1);
  }
  for (let c = 0; c < C; c++) addArc(S + c, sink, rooms[c]! * H);

  const level = new Int32Array(N);
  const current = new Int32Array(N);
  const queue = new Int32Array(N);
  const pathArc = new Int32Array(N);
  const bfs = (): boolean => {
    level.fill(-1);
    level[source] = 0;
    let qh = 0;
    let qt = 0;
    queue[qt++] = source;
    while (qh < qt) {
      const u = queue[qh++]!;
      for (let a = head[u]!; a !== -1; a = nextArc[a]!) {
        if (cap[a]! > 0 && level[to[a]!] === -1) {
          level[to[a]!] = level[u]! + 1;
          queue[qt++] = to[a]!;
        }
      }
    }
    return level[sink] !== -1;
  };
  // Unit augmentations along the level graph (every path has a unit arc), iteratively.
  const augment = (): boolean => {
    let depth = 0;
    let u = source;
    for (;;) {
      if (u === sink) {
        for (let i = 0; i < depth; i++) {
          cap[pathArc[i]!]!--;
          cap[pathArc[i]! ^ 1]!++;
        }
        return true;
      }
      let a = current[u]!;
      while (a !== -1 && !(cap[a]! > 0 && level[to[a]!] === level[u]! + 1)) a = nextArc[a]!;
      current[u] = a;
      if (a === -1) {
        if (depth === 0) return false;
        level[u] = -1;
        u = to[pathArc[--depth]! ^ 1]!;
        current[u] = nextArc[current[u]!]!;
        continue;
      }
      pathArc[depth++] = a;
      u = to[a]!;
    }
  };
  while (bfs()) {
    current.set(head);
    while (augment());
  }
  const keep = new Uint8Array(E);
  const studentFull = new Uint8Array(E);
  for (let e = 0; e < E; e++) if (arcOf[e]! >= 0 && cap[arcOf[e]!] === 0) keep[e] = 1;
  const full = new Uint8Array(S);
  for (let a = head[source]!; a !== -1; a = nextArc[a]!) if (cap[a] === 0) full[to[a]!] = 1;
  for (let e = 0; e < E; e++) if (include[e] && !keep[e] && full[student[e]!]) studentFull[e] = 1;
  return { keep, studentFull };
}
