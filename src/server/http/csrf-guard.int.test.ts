import { describe, expect, it } from 'vitest';
import { buildOrganizationInput } from '../../../test/support/factories.ts';
import { useTestApp } from '../../../test/support/test-app.ts';

const t = useTestApp();
const post = (headers: Record<string, string>) =>
  t.app.inject({ method: 'POST', url: '/api/organizations', headers: { host: 'kakehashi.example', 'accept-language': 'en', ...headers }, payload: buildOrganizationInput() });

describe('cross-site request forgery', () => {
  it('refuses a cookie-bearing write from another site, and changes nothing', async () => {
    const before = (await t.app.inject({ method: 'GET', url: '/api/organizations' })).json().total;
    const variants: Record<string, string>[] = [
      { cookie: 'session=abc', 'sec-fetch-site': 'cross-site' },
      { cookie: 'session=abc', 'sec-fetch-site': 'same-site' },
      { cookie: 'session=abc', origin: 'https://evil.example' },
      { cookie: 'session=abc' },
    ];
    for (const headers of variants) {
      const res = await post(headers);
      expect(res.statusCode, JSON.stringify(headers)).toBe(403);
      expect(res.json().error).toMatchObject({ code: 'request.crossSite', message: 'Changes requested from another site are refused. Reopen this page and try again.' });
      expect(res.headers['content-security-policy']).toBeDefined();
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/organizations' })).json().total).toBe(before);
  });

  it('lets our own pages and cookie-less clients write, and anyone read', async () => {
    expect((await post({ cookie: 'session=abc', 'sec-fetch-site': 'same-origin' })).statusCode).toBe(201);
    expect((await post({ cookie: 'session=abc', origin: 'http://kakehashi.example' })).statusCode).toBe(201);
    expect((await post({})).statusCode).toBe(201);
    const read = await t.app.inject({ method: 'GET', url: '/api/organizations', headers: { cookie: 'session=abc', 'sec-fetch-site': 'cross-site' } });
    expect(read.statusCode).toBe(200);
  });
});
