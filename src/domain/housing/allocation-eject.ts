// The "eject" move of the local search: intern i takes the place of intern j in unit v, and j goes
// to the best unit that takes them (the nearest holding a colleague, else the nearest), or out
// when i had no bed. A swap sends j back to i's old bed only; this finds i a nearer flat when the
// one it wants is held by someone who has another good flat to go to, which a swap and a
// relocation each, alone, would refuse. Only the units that could help i itself are tried: those
// nearer to i's company than i's unit, and those holding i's colleagues. Each candidate is tried
// on the state and undone; the best is applied. Complexity per pass O(I·(V·b·(m + U))), V the
// units tried for one intern, b the largest capacity, m the most interns of one company (the scan
// for j's unit stops at the first that takes them).
import type { CompiledProblem } from './allocation-compile.ts';
import { admits, type AllocationState } from './allocation-state.ts';
import { bestUnit, better, enters, fitsTrade, leaves, metres, NO_CHANGE, shift, undo, unitsThatCouldHelp, type Delta } from './allocation-moves.ts';

export function ejectPass(c: CompiledProblem, s: AllocationState): boolean {
  let moved = false;
  const trail: number[] = [];
  for (let i = 0; i < c.internCount; i++) {
    if (c.pinnedUnit[i] !== -1) continue;
    let best: Delta = NO_CHANGE;
    let choice: [number, number] | null = null;
    const a = c.company[i]!;
    const u = s.unitOf[i]!;
    for (const v of unitsThatCouldHelp(c, s, i)) {
      if (admits(c, s, v, i)) continue; // a plain relocation
      // i's own change, then the best j could do (leave v, reach their company's nearest unit):
      // a candidate whose bound is no better than the best so far is not tried.
      const units = enters(c, s, a, v) - leaves(c, s, a, u);
      const own = metres(c, a, v) - metres(c, a, u);
      for (const j of [...s.members[v]!]) {
        const b = c.company[j]!;
        if (b === a || !fitsTrade(c, s, v, j, i)) continue;
        const bound = { placed: u === -1 ? 1 : 0, units: units - leaves(c, s, b, v), metres: own + c.distance[b * c.unitCount + c.unitsByDistance[b]![0]!]! - metres(c, b, v) };
        if (!better(bound, best)) continue;
        const d = eject(c, s, i, v, j, trail);
        undo(c, s, trail);
        if (better(d, best)) [best, choice] = [d, [v, j]];
      }
    }
    if (choice === null) continue;
    eject(c, s, i, choice[0], choice[1], trail);
    trail.length = 0;
    moved = true;
  }
  return moved;
}

/** i into v in place of j, j to their best unit (or out); returns the change, the moves logged in trail. */
function eject(c: CompiledProblem, s: AllocationState, i: number, v: number, j: number, trail: number[]): Delta {
  const acc = { placed: 0, units: 0, metres: 0 };
  shift(c, s, j, -1, trail, acc);
  shift(c, s, i, v, trail, acc);
  const to = bestUnit(c, s, j);
  if (to !== -1) shift(c, s, j, to, trail, acc);
  return acc;
}
