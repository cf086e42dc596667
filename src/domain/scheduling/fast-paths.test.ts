// The shortcuts taken for speed at national scale must not change any answer: compileFair's
// student lookup by position, the idle-gap pass's typed arrays and its slot-by-slot scans when the
// budget is small, each against a plain reference (the code they replaced, kept here).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fairArbitrary } from '../../../test/support/fair-arbitraries.ts';
import { compileFair, pinnedRoom, pinnedSlot, type CompiledFair } from './compiled-fair.ts';
import type { FairInstance } from './fair-instance.ts';
import { edgesByStudent, idleGaps, reorderSlots } from './idle-gaps.ts';
import { solveFair } from './schedule-fair.ts';

const noLimits = fairArbitrary({ maxSlots: 14, maxStudents: 9, maxCompanies: 5, maxRooms: 3, limits: false });
const withLimits = fairArbitrary({ maxSlots: 10, maxStudents: 7, maxCompanies: 4, maxRooms: 2, limits: true });

/** compileFair's student and company indices the plain way, through Maps. */
function indicesByMaps(instance: FairInstance): { student: number[]; company: number[] } {
  const students = new Map(instance.students.map((s, i) => [s.id, i]));
  const companies = new Map(instance.companies.map((c, i) => [c.id, i]));
  return { student: instance.interviews.map((v) => students.get(v.student)!), company: instance.interviews.map((v) => companies.get(v.company)!) };
}

/** The idle-gap pass as it was before typed arrays: number[][] per slot, gaps read through the interviews. */
function reorderSlotsReference(fair: CompiledFair, slot: Int32Array, K: number, budget: number): void {
  if (K < 2) return;
  const byStudent = edgesByStudent(fair);
  const gapsOf = (s: number, position: Int32Array) => {
    let gaps = 0;
    const from = byStudent.start[s]!;
    const to = byStudent.start[s + 1]!;
    for (let k = from; k < to; k++) {
      const t = slot[byStudent.list[k]!]!;
      if (t < 0) continue;
      const p = position[t]!;
      let [min, max, count, counted] = [p, p, 1, false];
      for (let j = from; j < to; j++) {
        const u = slot[byStudent.list[j]!]!;
        if (j === k || u < 0 || fair.day[position[u]!] !== fair.day[p]) continue;
        if (j < k) {
          counted = true;
          break;
        }
        [min, max, count] = [Math.min(min, position[u]!), Math.max(max, position[u]!), count + 1];
      }
      if (!counted) gaps += max - min + 1 - count;
    }
    return gaps;
  };
  const inSlot: number[][] = Array.from({ length: K }, () => []);
  for (let e = 0; e < fair.E; e++) if (slot[e]! >= 0 && slot[e]! < K) inSlot[slot[e]!]!.push(fair.student[e]!);
  const position = Int32Array.from({ length: fair.day.length }, (_, t) => t);
  const slotAt = Int32Array.from({ length: K }, (_, p) => p);
  const stamp = new Int32Array(fair.S);
  let round = 0;
  let spent = 0;
  const affected = (x: number, y: number) => {
    round++;
    let sum = 0;
    for (const s of [...inSlot[x]!, ...inSlot[y]!]) {
      if (stamp[s] === round) continue;
      stamp[s] = round;
      sum += gapsOf(s, position);
      spent++;
    }
    return sum;
  };
  let improved = true;
  while (improved && spent < budget) {
    improved = false;
    for (let a = 0; a < K && spent < budget; a++) {
      for (let b = a + 1; b < K && spent < budget; b++) {
        const [x, y] = [slotAt[a]!, slotAt[b]!];
        const before = affected(x, y);
        position[x] = b;
        position[y] = a;
        if (affected(x, y) < before) {
          slotAt[a] = y;
          slotAt[b] = x;
          improved = true;
        } else {
          position[x] = a;
          position[y] = b;
        }
      }
    }
  }
  for (let e = 0; e < fair.E; e++) if (slot[e]! >= 0 && slot[e]! < K) slot[e] = position[slot[e]!]!;
}

describe('compileFair', () => {
  it('finds every interview’s student and company, whatever order the interviews come in', () => {
    fc.assert(
      fc.property(fc.oneof(noLimits, withLimits), fc.integer(), (instance, seed) => {
        // The generated order (student by student), then shuffled, then reversed.
        let x = seed | 1;
        const shuffled = [...instance.interviews];
        for (let i = shuffled.length - 1; i > 0; i--) {
          x ^= x << 13;
          x ^= x >>> 17;
          x ^= x << 5;
          const j = (x >>> 0) % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        for (const interviews of [instance.interviews, shuffled, [...instance.interviews].reverse()]) {
          const variant = { ...instance, interviews };
          const fair = compileFair(variant);
          const expected = indicesByMaps(variant);
          expect(Array.from(fair.student)).toEqual(expected.student);
          expect(Array.from(fair.company)).toEqual(expected.company);
          interviews.forEach((v, e) => {
            expect(pinnedSlot(fair, e)).toBe(v.pinned?.slot ?? -1);
            expect(pinnedRoom(fair, e)).toBe(v.pinned?.room ?? -1);
          });
          expect(fair.pins !== null).toBe(interviews.some((v) => v.pinned));
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});

describe('reorderSlots', () => {
  it('gives exactly the reference’s slots for every budget, from none to more than a full climb needs', () => {
    fc.assert(
      fc.property(noLimits, fc.integer({ min: 0, max: 200 }), (instance, budget) => {
        const fair = compileFair(instance);
        const colored = solveFair(fair, { gapEffort: 0 });
        const ours = colored.slot.slice();
        const reference = colored.slot.slice();
        reorderSlots(fair, ours, colored.makespan, budget);
        reorderSlotsReference(fair, reference, colored.makespan, budget);
        expect(Array.from(ours)).toEqual(Array.from(reference));
        expect(idleGaps(fair, ours)).toBeLessThanOrEqual(idleGaps(fair, colored.slot));
      }),
      { numRuns: 1_000 },
    );
  }, 60_000);
});
