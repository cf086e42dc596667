import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMarket } from './market.ts';
import type { MatchingInstance } from './matching-instance.ts';
import { roundMarket, type RoundRows } from './round-market.ts';

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
// Keys as the database numbers rows: gaps and an order of their own, and one that names no row.
const studentSeq = (i: number) => 7 + 3 * i;
const companySeq = (i: number) => 40 - 5 * i;
const STRANGER = 1_000;

/** Rows as the database gives them, with lists that name strangers and repeat entries. */
const rowsArb: fc.Arbitrary<RoundRows> = fc.record({ s: fc.integer({ min: 0, max: 7 }), c: fc.integer({ min: 0, max: 4 }) }).chain(({ s, c }) => {
  const students = ids('a', s);
  const companies = ids('o', c);
  const studentSeqs = students.map((_, i) => studentSeq(i));
  const companySeqs = companies.map((_, i) => companySeq(i));
  const someOf = (pool: number[]) => fc.array(fc.constantFrom(...pool, STRANGER), { maxLength: pool.length + 2 });
  return fc.record({
    students: fc.tuple(...students.map((applicationId, i) => someOf(companySeqs).map((recipientSeqs) => ({ applicationId, seq: studentSeqs[i]!, recipientSeqs })))),
    companies: fc.tuple(...companies.map((organizationId, i) => fc.integer({ min: 0, max: 3 }).map((seats) => ({ organizationId, seq: companySeqs[i]!, seats })))),
    lists: fc.tuple(
      ...students.map((applicationId, i) => someOf(companySeqs).map((rankingSeqs) => ({ applicationId, organizationId: null, ownerSeq: studentSeqs[i]!, rankingSeqs }))),
      ...companies.map((organizationId, i) => someOf(studentSeqs).map((rankingSeqs) => ({ applicationId: null, organizationId, ownerSeq: companySeqs[i]!, rankingSeqs }))),
    ),
    interviewed: fc.option(fc.array(fc.record({ applicationSeq: fc.constantFrom(...studentSeqs, STRANGER), organizationSeq: fc.constantFrom(...companySeqs, STRANGER) }), { maxLength: 12 }), { nil: null }),
    settings: fc.record({ totalCap: fc.option(fc.integer({ min: 0, max: 8 }), { nil: null }), capOrder: fc.shuffledSubarray(companies), capTargets: fc.constant({}) }),
  });
});

/** The same cut written from the rule, through the id-level instance and buildMarket. */
function byDefinition(rows: RoundRows): MatchingInstance {
  const studentId = new Map(rows.students.map((s) => [s.seq, s.applicationId]));
  const companyId = new Map(rows.companies.map((c) => [c.seq, c.organizationId]));
  const named = (keys: readonly number[], by: Map<number, string>) => keys.map((k) => by.get(k) ?? 'stranger');
  const listOf = (match: (l: RoundRows['lists'][number]) => boolean, by: Map<number, string>) => [...new Set(named(rows.lists.find(match)?.rankingSeqs ?? [], by))];
  const consents = (s: string, c: string) => named(rows.students.find((x) => x.applicationId === s)!.recipientSeqs, companyId).includes(c);
  const met = (s: string, c: string) => rows.interviewed === null || rows.interviewed.some((p) => studentId.get(p.applicationSeq) === s && companyId.get(p.organizationSeq) === c);
  const inRound = new Set(rows.companies.map((c) => c.organizationId));
  const inMarket = new Set(rows.students.map((s) => s.applicationId));
  const instance: MatchingInstance = {
    students: rows.students.map((s) => ({ id: s.applicationId, ranking: listOf((l) => l.applicationId !== null && l.ownerSeq === s.seq, companyId).filter((c) => inRound.has(c)) })),
    companies: rows.companies.map((c) => ({
      id: c.organizationId,
      capacity: c.seats,
      ranking: listOf((l) => l.applicationId === null && l.ownerSeq === c.seq, studentId).filter((s) => inMarket.has(s) && consents(s, c.organizationId) && met(s, c.organizationId)),
    })),
  };
  const { totalCap, capOrder } = rows.settings;
  if (totalCap === null) return instance;
  return { ...instance, totalCap, capSharing: { order: [...capOrder, ...rows.companies.map((c) => c.organizationId).filter((id) => !capOrder.includes(id))] } };
}

describe('a round’s market from its rows', () => {
  it('cuts every list to who may rank whom (the round, consent, the JRMP rule), drops repeats, and keeps the cap’s order', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const got = roundMarket(rows);
        const want = buildMarket(byDefinition(rows)).market!;
        for (const key of ['studentStart', 'studentList', 'companyRank', 'companyStart', 'companyList', 'capacity', 'capTarget'] as const) expect([...got[key]], key).toEqual([...want[key]]);
        expect(got.totalCap).toBe(want.totalCap);
        if (rows.settings.totalCap !== null) expect([...got.capTurn]).toEqual([...want.capTurn]);
      }),
      { numRuns: 1000 },
    );
  });
});
