// fast-check generators of interview fairs, shared by the scheduler's property tests and the
// HiGHS comparison. Test-only (imported from *.test.ts files).
import fc from 'fast-check';
import type { FairInstance } from '../../src/domain/scheduling/fair-instance.ts';

export type FairShape = {
  /** Least sizes (default 1). */
  readonly min?: { readonly slots?: number; readonly students?: number; readonly companies?: number };
  readonly maxSlots: number;
  readonly maxStudents: number;
  readonly maxCompanies: number;
  readonly maxRooms: number;
  /** Unavailable slots, interpreter limits and pins. */
  readonly limits: boolean;
};

/** Slots 0 … n − 1, each in the subset with probability `share`. */
const subsetOf = (n: number, share: number) =>
  fc.array(fc.integer({ min: 0, max: 99 }), { minLength: n, maxLength: n }).map((draws) => draws.flatMap((d, i) => (d < share * 100 ? [i] : [])));

export function fairArbitrary(shape: FairShape): fc.Arbitrary<FairInstance> {
  return fc
    .record({
      slots: fc.integer({ min: shape.min?.slots ?? 1, max: shape.maxSlots }),
      students: fc.integer({ min: shape.min?.students ?? 1, max: shape.maxStudents }),
      companies: fc.integer({ min: shape.min?.companies ?? 1, max: shape.maxCompanies }),
    })
    .chain(({ slots, students, companies }) =>
      fc.record({
        slots: fc.constant(slots),
        companies: fc.array(
          fc.record({ rooms: fc.integer({ min: 1, max: shape.maxRooms }), unavailable: shape.limits ? subsetOf(slots, 0.35) : fc.constant([]) }),
          { minLength: companies, maxLength: companies },
        ),
        students: fc.array(shape.limits ? subsetOf(slots, 0.35) : fc.constant([] as number[]), { minLength: students, maxLength: students }),
        // Each student–company pair is an interview with one probability per fair (10–90 %).
        pairs: fc
          .record({ share: fc.integer({ min: 10, max: 90 }), draws: fc.array(fc.integer({ min: 0, max: 99 }), { minLength: students * companies, maxLength: students * companies }) })
          .map(({ share, draws }) => draws.flatMap((d, k) => (d < share ? [[Math.floor(k / companies), k % companies] as const] : []))),
        interpreter: fc.array(fc.boolean(), { minLength: students * companies, maxLength: students * companies }),
        interpreters: shape.limits ? fc.option(fc.oneof(fc.integer({ min: 0, max: 3 }), fc.array(fc.integer({ min: 0, max: 3 }), { minLength: slots, maxLength: slots })), { nil: undefined }) : fc.constant(undefined),
        pins: shape.limits ? fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { maxLength: 2 }) : fc.constant([] as [number, number, number][]),
        days: fc.option(fc.integer({ min: 1, max: slots }), { nil: undefined }),
      }),
    )
    .map(({ slots, companies, students, pairs, interpreter, interpreters, pins, days }) => {
      const interviews = pairs.map(([s, c], i) => ({
        student: `s${s}`,
        company: `c${c}`,
        ...(interpreters !== undefined && interpreter[i] ? { interpreter: true } : {}),
      }));
      // Pins point at interviews, slots and rooms modulo their ranges: some clash, which is the point.
      const pinned = pins.flatMap(([i, slot, room]) => {
        if (interviews.length === 0) return [];
        const k = i % interviews.length;
        const company = companies[Number(interviews[k]!.company.slice(1))]!;
        return [{ k, pinned: { slot: slot % slots, room: room % company.rooms } }];
      });
      for (const { k, pinned: pin } of pinned) interviews[k] = { ...interviews[k]!, pinned: pin } as (typeof interviews)[number];
      return {
        slots,
        ...(interpreters !== undefined ? { interpreters } : {}),
        ...(days !== undefined ? { slotDays: Array.from({ length: slots }, (_, t) => Math.floor((t * days) / slots)) } : {}),
        companies: companies.map((c, i) => ({ id: `c${i}`, rooms: c.rooms, unavailable: c.unavailable })),
        students: students.map((unavailable, i) => ({ id: `s${i}`, unavailable })),
        interviews,
      };
    });
}

/** König's bound computed directly from the instance (the optimum when only rooms limit). */
export function konigOptimum(instance: FairInstance): number {
  const count = new Map<string, number>();
  for (const { student, company } of instance.interviews) {
    count.set(`s:${student}`, (count.get(`s:${student}`) ?? 0) + 1);
    count.set(`c:${company}`, (count.get(`c:${company}`) ?? 0) + 1);
  }
  const rooms = new Map(instance.companies.map((c) => [c.id, c.rooms]));
  let bound = 0;
  for (const [key, n] of count) bound = Math.max(bound, key.startsWith('s:') ? n : Math.ceil(n / rooms.get(key.slice(2))!));
  return bound;
}
