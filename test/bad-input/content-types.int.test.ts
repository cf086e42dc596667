// Content-Type confusion and oversized bodies (issue 10 item 5) on a JSON write route: a body
// sent under another media type, or a JSON type in disguise, is refused (4xx) or validated as
// JSON, never processed as something else; a body past the 1 MiB limit is 413 however it is sent.
// The same confusion is tried on every write route in write-routes.fuzz.int.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrganizationInput } from '../support/factories.ts';
import { signInAsNewOperator, type SignedIn } from '../support/people.ts';
import { useTestApp } from '../support/test-app.ts';
import { runAsSystem } from '../../src/server/db/actor-scope.ts';

const t = useTestApp();
let admin: SignedIn;
beforeAll(async () => {
  admin = await signInAsNewOperator(t);
});

const organizations = async () => Number((await runAsSystem(() => t.database.pool.query('select count(*) from organizations'))).rows[0].count);
const post = (payload: string | Buffer, contentType: string | null, extra: Record<string, string> = {}) => {
  const headers: Record<string, string> = { ...admin.headers, ...extra };
  if (contentType !== null) headers['content-type'] = contentType;
  return t.app.inject({ method: 'POST', url: '/api/organizations', headers, payload });
};
const valid = () => JSON.stringify(buildOrganizationInput());
const form = () => new URLSearchParams({ kind: 'company', 'name[ja]': 'フォーム', country: 'JP', city: 'x' }).toString();
const multipart = () => {
  const boundary = '----kakehashi';
  return { boundary, body: `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\ncompany\r\n--${boundary}\r\nContent-Disposition: form-data; name="json"\r\nContent-Type: application/json\r\n\r\n${valid()}\r\n--${boundary}--\r\n` };
};

describe('Content-Type confusion on a JSON write route', () => {
  it('refuses a valid JSON body sent as anything but JSON, and writes nothing', async () => {
    const before = await organizations();
    const { boundary, body } = multipart();
    const attempts: [string, string | null, string][] = [
      ['text/plain', 'text/plain', valid()],
      ['text/plain; charset=utf-8', 'text/plain; charset=utf-8', valid()],
      ['form-urlencoded', 'application/x-www-form-urlencoded', form()],
      ['form-urlencoded carrying JSON', 'application/x-www-form-urlencoded', valid()],
      ['multipart', `multipart/form-data; boundary=${boundary}`, body],
      ['no Content-Type', null, valid()],
      ['empty Content-Type', '', valid()],
      ['text/html', 'text/html', valid()],
      ['application/xml', 'application/xml', '<organization kind="company"/>'],
      ['a +json vendor type', 'application/vnd.api+json', valid()],
      ['application/jsonp', 'application/jsonp', valid()],
      ['application/json-patch+json', 'application/json-patch+json', valid()],
      ['application/octet-stream', 'application/octet-stream', valid()],
    ];
    for (const [label, contentType, payload] of attempts) {
      const res = await post(payload, contentType);
      expect([400, 415], `${label}: ${res.statusCode} ${res.body}`).toContain(res.statusCode);
    }
    expect(await organizations()).toBe(before);
  });

  it('validates JSON however its media type is spelled, and refuses what it cannot decode', async () => {
    for (const contentType of ['application/json', 'application/json; charset=utf-8', 'application/json;charset=UTF-8', 'Application/JSON', 'application/json; charset="utf-8"']) {
      const ok = await post(valid(), contentType);
      expect(ok.statusCode, `${contentType}: ${ok.body}`).toBe(201);
      // The same type with an invalid body is validated, never let through.
      const bad = await post(JSON.stringify({ kind: 'bank', name: {} }), contentType);
      expect(bad.statusCode, contentType).toBe(400);
      expect(bad.json().error.code).toBe('validation.failed');
    }
    // A UTF-16 body is not read as UTF-8 JSON: refused, not half-understood.
    const utf16 = Buffer.from(`\uFEFF${valid()}`, 'utf16le');
    const wide = await post(utf16, 'application/json; charset=utf-16');
    expect([400, 415]).toContain(wide.statusCode);
    // A tab or spaces before the parameters (CVE-2026-25223) does not smuggle an invalid body past validation.
    for (const contentType of ['application/json\t; charset=utf-8', 'application/json ; charset=utf-8', 'application/json\t']) {
      const res = await post(JSON.stringify({ kind: 'bank', name: {} }), contentType);
      expect(res.statusCode, JSON.stringify(contentType)).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
    }
  });

  it('refuses malformed JSON and an empty JSON body with 400', async () => {
    for (const payload of ['{"kind":', '{"kind":"company",}', "{'kind':'company'}", '', '\uFEFF{}', 'null']) {
      const res = await post(payload, 'application/json');
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
    }
  });
});

describe('oversized bodies', () => {
  const huge = () => JSON.stringify({ ...buildOrganizationInput(), city: 'x'.repeat(1024 * 1024) });

  it('answers 413 past the 1 MiB limit, in the reader’s language', async () => {
    const res = await post(huge(), 'application/json', { 'accept-language': 'en' });
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toMatchObject({ code: 'request.tooLarge' });
  });

  it('answers 413 whatever the declared length or type says, and writes nothing', async () => {
    const before = await organizations();
    // Declared small but sent large: the bytes are counted, not the header trusted.
    const lying = await post(huge(), 'application/json', { 'content-length': '100' });
    expect([400, 413]).toContain(lying.statusCode);
    // Declared large: refused before the body is read.
    const declared = await post('{}', 'application/json', { 'content-length': String(50 * 1024 * 1024) });
    expect([400, 413]).toContain(declared.statusCode);
    for (const contentType of ['text/plain', 'application/json; charset=utf-8']) {
      expect((await post(huge(), contentType)).statusCode, contentType).toBe(413);
    }
    expect(await organizations()).toBe(before);
  });
});
