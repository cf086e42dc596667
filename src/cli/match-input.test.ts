import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deferredAcceptance } from '../domain/matching/deferred-acceptance.ts';
import { MatchInputError, generalInput, leanInput, type MatchInput } from './match-command.ts';

/** What an input prints, or the general path's error. */
function printed(input: () => MatchInput | null): string | null {
  let got: MatchInput | null;
  try {
    got = input();
  } catch (error) {
    if (error instanceof MatchInputError) return `error: ${error.message}`;
    throw error;
  }
  if (got === null) return null;
  const chunks: Buffer[] = [];
  got.print(deferredAcceptance(got.market).companyOf, (chunk) => {
    chunks.push(Buffer.from(typeof chunk === 'string' ? chunk : Buffer.from(chunk)));
    return false;
  });
  return Buffer.concat(chunks).toString('utf8');
}

// Ids that the lean path takes and ids it leaves to the general path (digits order an object's keys, __proto__ is swallowed, escapes).
const ID = fc.constantFrom('s1', 'c1', 'a', 'b', 'x', 'long-identifier-0001', '東京', 'Ölçü', '1', '007', '__proto__', 'constructor', 'quo"te', 'back\\slash', 'tab\t', '');
const list = fc.uniqueArray(ID, { maxLength: 6 });
const extra = fc.dictionary(fc.constantFrom('note', 'id2', 'ranking2', '\u0069d'), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 2 });
const instance = fc.record(
  {
    students: fc.array(fc.tuple(ID, list, extra).map(([id, ranking, more]) => ({ ...more, id, ranking })), { maxLength: 7 }),
    companies: fc.array(fc.tuple(ID, fc.oneof(fc.integer({ min: -1, max: 3 }), fc.constant(1.5)), list, extra).map(([id, capacity, ranking, more]) => ({ ...more, id, capacity, ranking })), { maxLength: 5 }),
    totalCap: fc.oneof(fc.integer({ min: -1, max: 6 }), fc.constant(2.5)),
    capSharing: fc.record({ order: fc.array(ID, { maxLength: 5 }), targets: fc.dictionary(ID, fc.integer({ min: 0, max: 3 }), { maxKeys: 2 }) }, { requiredKeys: ['order'] }),
    other: fc.jsonValue({ maxDepth: 2 }),
  },
  { requiredKeys: ['students', 'companies'] },
);
/** The instance's JSON, compact or indented, sometimes cut short or with a repeated key. */
const text = fc.tuple(instance, fc.constantFrom(0, 2, '\t'), fc.constantFrom('whole', 'cut', 'repeat')).map(([value, indent, shape]) => {
  const json = JSON.stringify(value, null, indent);
  if (shape === 'cut') return json.slice(0, Math.floor(json.length / 2));
  if (shape === 'repeat') return json.replace(/^\{/, '{"students": [],');
  return json;
});

describe('the lean reader and writer of kakehashi match', () => {
  it('print exactly what the general path prints, and take no input the general path refuses', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (json, inPlace) => {
        const general = printed(() => generalInput(Buffer.from(json)));
        const lean = printed(() => leanInput(Buffer.from(json), inPlace));
        if (lean !== null) expect(lean).toBe(general);
      }),
      { numRuns: 1500 },
    );
  }, 60_000);

  it('print exactly what the general path prints on valid instances, which the lean path takes', () => {
    const PLAIN = ['s1', 'a', 'x9', 'long-identifier-0001', '東京', 'Ölçü', 'constructor', 'toString'];
    const more = fc.dictionary(fc.constantFrom('note', 'id2', 'ranking2'), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 2 });
    const valid = fc
      .record({ s: fc.uniqueArray(fc.constantFrom(...PLAIN), { minLength: 1 }), c: fc.uniqueArray(fc.constantFrom(...PLAIN), { minLength: 1 }) })
      .chain(({ s, c }) =>
        fc.record(
          {
            students: fc.tuple(...s.map((id) => fc.tuple(fc.shuffledSubarray(c), more).map(([ranking, other]) => ({ ...other, id, ranking })))),
            companies: fc.tuple(...c.map((id) => fc.tuple(fc.integer({ min: 0, max: 3 }), fc.shuffledSubarray(s), more).map(([capacity, ranking, other]) => ({ id, ...other, ranking, capacity })))),
            totalCap: fc.integer({ min: 0, max: 6 }),
            capSharing: fc.shuffledSubarray(c, { minLength: c.length }).map((order) => ({ order })),
          },
          { requiredKeys: ['students', 'companies'] },
        ),
      );
    let taken = 0;
    fc.assert(
      fc.property(valid, fc.constantFrom(0, 2), fc.boolean(), (value, indent, inPlace) => {
        const json = JSON.stringify(value, null, indent);
        const lean = printed(() => leanInput(Buffer.from(json), inPlace));
        if (lean !== null) taken++;
        if (lean !== null) expect(lean).toBe(printed(() => generalInput(Buffer.from(json))));
      }),
      { numRuns: 1500 },
    );
    expect(taken).toBe(1500);
  }, 60_000);

  it('take the plain case, with a cap and its sharing, across chunks of output', () => {
    const students = Array.from({ length: 8000 }, (_, i) => ({ id: `student-${i}`, ranking: [`c${i % 7}`, `c${(i * 3) % 7}`].filter((c, k, a) => a.indexOf(c) === k) }));
    const companies = Array.from({ length: 7 }, (_, c) => ({ id: `c${c}`, capacity: 100 + c, ranking: students.filter((_, i) => (i + c) % 3 !== 0).map((s) => s.id) }));
    for (const extra of [{}, { totalCap: 500 }, { totalCap: 500, capSharing: { order: companies.map((c) => c.id).reverse(), targets: { c2: 50 } } }]) {
      const json = JSON.stringify({ students, companies, ...extra }, null, 1);
      const lean = printed(() => leanInput(Buffer.from(json), true));
      expect(lean).not.toBeNull();
      expect(lean!.length).toBeGreaterThan(1 << 20);
      expect(lean).toBe(printed(() => generalInput(Buffer.from(json))));
    }
  }, 60_000);
});
