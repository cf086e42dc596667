// Idempotency-Key on a real app and database: a write sent twice with one key has one effect
// and the same answer; the key on another request is refused; two concurrent sends of one key
// run once; a key is one person's; a refused or failed request leaves the key free; writes
// without a key are unchanged.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrganizationInput } from '../../../test/support/factories.ts';
import { injectAs, signInAsNewOperator, type SignedIn } from '../../../test/support/people.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { runAsSystem } from '../db/actor-scope.ts';

const t = useTestApp();
let admin: SignedIn;
let other: SignedIn;

beforeAll(async () => {
  admin = await signInAsNewOperator(t);
  other = await signInAsNewOperator(t);
}, 60_000);

const create = (who: SignedIn, key: string | undefined, payload: object) =>
  injectAs(t.app, who)({ method: 'POST', url: '/api/organizations', payload, headers: key === undefined ? {} : { 'idempotency-key': key } });
const named = async (name: string) => Number((await runAsSystem(() => t.database.pool.query(`select count(*) from organizations where name->>'en' = $1`, [name]))).rows[0].count);

describe('Idempotency-Key', () => {
  it('gives a retried write its first answer and no second effect', async () => {
    const payload = buildOrganizationInput({ kind: 'company', name: { en: 'Once Ltd' } });
    const first = await create(admin, 'k-once-1', payload);
    expect(first.statusCode, first.body).toBe(201);
    const again = await create(admin, 'k-once-1', payload);
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json().id).toBe(first.json().id);
    expect(await named('Once Ltd')).toBe(1);
  });

  it('refuses the key on another request, and lets another person use the same key', async () => {
    expect((await create(admin, 'k-reuse', buildOrganizationInput({ kind: 'company', name: { en: 'Reuse A' } }))).statusCode).toBe(201);
    const reused = await create(admin, 'k-reuse', buildOrganizationInput({ kind: 'company', name: { en: 'Reuse B' } }));
    expect(reused.statusCode).toBe(422);
    expect(reused.json().error.code).toBe('idempotency.keyReused');
    expect(await named('Reuse B')).toBe(0);
    expect((await create(other, 'k-reuse', buildOrganizationInput({ kind: 'company', name: { en: 'Reuse B' } }))).statusCode).toBe(201);
  });

  it('runs two concurrent sends of one key once', async () => {
    const payload = buildOrganizationInput({ kind: 'company', name: { en: 'Concurrent Ltd' } });
    const answers = await Promise.all(Array.from({ length: 6 }, () => create(admin, 'k-race', payload)));
    const statuses = answers.map((a) => a.statusCode);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    expect(statuses).toContain(201);
    expect(await named('Concurrent Ltd')).toBe(1);
    for (const busy of answers.filter((a) => a.statusCode === 409)) {
      expect(busy.json().error.code).toBe('idempotency.inProgress');
      expect(busy.headers['retry-after']).toBe('1');
    }
    expect((await create(admin, 'k-race', payload)).json().id).toBe(answers.find((a) => a.statusCode === 201)!.json().id);
  });

  it('claims nothing for a request refused before the handler, and keeps writes without a key as they were', async () => {
    const invalid = await create(admin, 'k-invalid', { kind: 'company' });
    expect(invalid.statusCode).toBe(400);
    const fixed = await create(admin, 'k-invalid', buildOrganizationInput({ kind: 'company', name: { en: 'Fixed Ltd' } }));
    expect(fixed.statusCode, fixed.body).toBe(201);
    expect(fixed.headers['idempotent-replayed']).toBeUndefined();
    const payload = buildOrganizationInput({ kind: 'company', name: { en: 'Twice Ltd' } });
    expect((await create(admin, undefined, payload)).statusCode).toBe(201);
    expect((await create(admin, undefined, payload)).statusCode).toBe(201);
    expect(await named('Twice Ltd')).toBe(2);
  });

  it('refuses a key with spaces or over 200 characters', async () => {
    for (const key of ['two words', 'k'.repeat(201)]) {
      const res = await create(admin, key, buildOrganizationInput({ kind: 'company' }));
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('idempotency.keyInvalid');
    }
  });
});
