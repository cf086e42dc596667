// Regression (issue 10, found by test/bad-input/write-routes.fuzz.int.test.ts): a NUL character
// in any text of a JSON body, or in a search's query string, reached PostgreSQL, which refuses
// U+0000 in text and jsonb, and the request answered 500. Now it is refused at the door with 400
// and the field named.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrganizationInput } from '../../../test/support/factories.ts';
import { injectAs, signInAsNewOperator, type SignedIn } from '../../../test/support/people.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { runAsSystem } from '../db/actor-scope.ts';

const t = useTestApp();
let admin: SignedIn;
beforeAll(async () => {
  admin = await signInAsNewOperator(t);
});
const api: ReturnType<typeof injectAs> = (options) => injectAs(t.app, admin)(options);
const organizations = async () => Number((await runAsSystem(() => t.database.pool.query('select count(*) from organizations'))).rows[0].count);

describe('text no column can store', () => {
  it('refuses a NUL character with 400, naming the field in the reader’s language, and writes nothing', async () => {
    const before = await organizations();
    const res = await api({ method: 'POST', url: '/api/organizations', headers: { 'accept-language': 'mn' }, payload: buildOrganizationInput({ name: { mn: 'Бат\u0000эрдэнэ' } }) });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'validation.failed', fields: [{ field: 'name.mn', code: 'text.invalidCharacter' }] });
    expect(res.json().error.fields[0].message).toContain('NUL');
    expect(await organizations()).toBe(before);
  });

  it('refuses a lone surrogate (not Unicode text) the same way, in a nested field of an update', async () => {
    const created = (await api({ method: 'POST', url: '/api/organizations', payload: buildOrganizationInput() })).json();
    const res = await api({ method: 'PATCH', url: `/api/organizations/${created.id}`, payload: JSON.stringify({ version: 1, city: 'Ulaanbaatar\uD800' }), headers: { 'content-type': 'application/json' } });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.fields).toEqual([expect.objectContaining({ field: 'city', code: 'text.invalidCharacter' })]);
  });

  it('stores the text people really write: kana of both widths, Mongolian Cyrillic and script, bidi controls, emoji', async () => {
    const name = { ja: 'ｶﾀｶﾅ ＡＢＣ 長岡', mn: 'Өлзийбаяр ᠮᠣᠩᠭᠣᠯ \u202Eх\u202C 🇲🇳' };
    const res = await api({ method: 'POST', url: '/api/organizations', payload: buildOrganizationInput({ name }) });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().name).toEqual(name);
  });

  it('keeps refusing prototype-pollution keys and malformed or deeply nested JSON with 400', async () => {
    const bodies = ['{"__proto__":{"polluted":1},"kind":"company"}', '{"constructor":{"prototype":{"polluted":1}}}', '{"kind":', `${'['.repeat(50_000)}${']'.repeat(50_000)}`];
    for (const payload of bodies) {
      const res = await api({ method: 'POST', url: '/api/organizations', headers: { 'content-type': 'application/json' }, payload });
      expect(res.statusCode, payload.slice(0, 40)).toBe(400);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a NUL character in a search with 400 naming the parameter, where it answered 500', async () => {
    for (const url of ['/api/organizations?q=%00', '/api/programs?q=a%00b']) {
      const res = await api({ method: 'GET', url });
      expect(res.statusCode, `${url} ${res.body}`).toBe(400);
      expect(res.json().error.fields).toEqual([expect.objectContaining({ field: 'q', code: 'text.invalidCharacter' })]);
    }
    expect((await api({ method: 'GET', url: `/api/organizations?q=${encodeURIComponent('Өлзий ｶﾀｶﾅ')}` })).statusCode).toBe(200);
  });
});
