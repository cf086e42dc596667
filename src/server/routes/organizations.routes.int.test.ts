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

  it('keeps the letterhead its letters print, and says which part of it is wrong', async () => {
    const org = (await api({ method: 'POST', url: '/api/organizations', payload: buildOrganizationInput({ kind: 'support_center', name: { ja: '日立地区産業支援センター' } }) })).json();
    expect(org).toMatchObject({ address: null, phone: null, representative: null });
    const letterhead = { address: { ja: '茨城県日立市西成沢町2-20-1', en: '2-20-1 Nishinarusawacho, Hitachi' }, phone: '0294-24-1411', representative: { title: { ja: '理事長' }, name: { ja: '日立 太郎', en: 'Taro Hitachi' } } };
    const saved = await api({ method: 'PATCH', url: `/api/organizations/${org.id}`, payload: { version: org.version, ...letterhead } });
    expect(saved.json()).toMatchObject({ ...letterhead, version: org.version + 1 });
    const bad = await api({ method: 'PATCH', url: `/api/organizations/${org.id}`, headers: { 'accept-language': 'ja' }, payload: { version: org.version + 1, phone: 'call me', representative: { title: { ja: '理事長' }, name: {} } } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['phone', 'representative.name']);
    expect(bad.json().error.fields.find((f: { field: string }) => f.field === 'phone').message).toMatch(/^電話番号: /);
    // Cleared by empty values; nothing else changes.
    const cleared = await api({ method: 'PATCH', url: `/api/organizations/${org.id}`, payload: { version: org.version + 1, address: {}, phone: '', representative: null } });
    expect(cleared.json()).toMatchObject({ address: null, phone: null, representative: null, name: { ja: '日立地区産業支援センター' } });
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
