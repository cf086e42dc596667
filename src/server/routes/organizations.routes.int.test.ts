import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrganizationInput } from '../../../test/support/factories.ts';
import { injectAs, signInAsNewOperator, type SignedIn } from '../../../test/support/people.ts';
import { useTestApp } from '../../../test/support/test-app.ts';

const t = useTestApp();
let admin: SignedIn;
beforeAll(async () => {
  admin = await signInAsNewOperator(t);
});
const api: ReturnType<typeof injectAs> = (options) => injectAs(t.app, admin)(options);

describe('organizations API', () => {
  it('creates, reads, updates with a version and archives', async () => {
    const created = await api({ method: 'POST', url: '/api/organizations', payload: buildOrganizationInput({ kind: 'college', country: 'mn', name: { mn: 'Шинэ Монгол Технологийн Коллеж' } }) });
    expect(created.statusCode).toBe(201);
    const org = created.json();
    expect(org).toMatchObject({ kind: 'college', country: 'MN', version: 1, programCount: 0 });

    const updated = await api({ method: 'PATCH', url: `/api/organizations/${org.id}`, payload: { version: 1, city: 'Ulaanbaatar' } });
    expect(updated.json()).toMatchObject({ city: 'Ulaanbaatar', version: 2 });
    const stale = await api({ method: 'PATCH', url: `/api/organizations/${org.id}`, payload: { version: 1, city: 'Darkhan' } });
    expect(stale.statusCode).toBe(409);

    const archived = await api({ method: 'POST', url: `/api/organizations/${org.id}/archive`, payload: { version: 2 } });
    expect(archived.json().archivedAt).not.toBeNull();
    const active = (await api({ method: 'GET', url: '/api/organizations?kind=college&pageSize=200' })).json();
    expect(active.items.map((o: { id: string }) => o.id)).not.toContain(org.id);
  });

  it('searches names in every language', async () => {
    await api({ method: 'POST', url: '/api/organizations', payload: buildOrganizationInput({ name: { ja: '長岡市', en: 'Nagaoka City', mn: 'Нагаока хот' } }) });
    for (const q of ['長岡', 'nagaoka', 'Нагаока']) {
      const res = (await api({ method: 'GET', url: `/api/organizations?q=${encodeURIComponent(q)}` })).json();
      expect(res.items.map((o: { name: { en?: string } }) => o.name.en)).toEqual(['Nagaoka City']);
    }
  });

  it('rejects bad input by field and unknown fields', async () => {
    const res = await api({ method: 'POST', url: '/api/organizations', headers: { 'accept-language': 'en' }, payload: { kind: 'bank', name: {}, country: 'Japan', website: 'javascript:alert(1)' } });
    expect(res.statusCode).toBe(400);
    const codes = Object.fromEntries(res.json().error.fields.map((f: { field: string; code: string }) => [f.field, f.code]));
    expect(codes).toMatchObject({ kind: 'zod.invalid_value', name: 'localizedText.empty', country: 'country.invalid', website: expect.any(String) });
  });

  it('answers malformed JSON with 400 and an oversized body with 413', async () => {
    const malformed = await api({ method: 'POST', url: '/api/organizations', headers: { 'content-type': 'application/json' }, payload: '{"kind":' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('request.malformed');
    const huge = await api({ method: 'POST', url: '/api/organizations', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ kind: 'company', name: { ja: 'x'.repeat(2 * 1024 * 1024) } }) });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('request.tooLarge');
  });
});
