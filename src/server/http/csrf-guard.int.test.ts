import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrganizationInput } from '../../../test/support/factories.ts';
import { signInAsNewOperator, type SignedIn } from '../../../test/support/people.ts';
import { useTestApp } from '../../../test/support/test-app.ts';

const t = useTestApp();
let admin: SignedIn;
let session: string;
beforeAll(async () => {
  admin = await signInAsNewOperator(t);
  session = admin.headers.cookie!;
});
const post = (headers: Record<string, string>) =>
  t.app.inject({ method: 'POST', url: '/api/organizations', headers: { host: 'kakehashi.example', 'accept-language': 'en', ...headers }, payload: buildOrganizationInput() });
const count = async () => (await t.app.inject({ method: 'GET', url: '/api/organizations', headers: { cookie: session } })).json().total as number;

describe('cross-site request forgery', () => {
  it('refuses a cookie-bearing write from another site, and changes nothing', async () => {
    const before = await count();
    const variants: Record<string, string>[] = [
      { cookie: session, 'sec-fetch-site': 'cross-site' },
      { cookie: session, 'sec-fetch-site': 'same-site' },
      { cookie: session, origin: 'https://evil.example' },
      { cookie: session },
      { cookie: 'session=abc', 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of variants) {
      const res = await post(headers);
      expect(res.statusCode, JSON.stringify(headers)).toBe(403);
      expect(res.json().error).toMatchObject({ code: 'request.crossSite', message: 'Changes requested from another site are refused. Reopen this page and try again.' });
      expect(res.headers['content-security-policy']).toBeDefined();
    }
    expect(await count()).toBe(before);
  });

  it('lets our own pages write and anyone read; a request without a session is simply not signed in', async () => {
    expect((await post({ cookie: session, 'sec-fetch-site': 'same-origin' })).statusCode).toBe(201);
    expect((await post({ cookie: session, origin: 'http://kakehashi.example' })).statusCode).toBe(201);
    const anonymous = await post({});
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error.code).toBe('auth.required');
    const read = await t.app.inject({ method: 'GET', url: '/api/organizations', headers: { cookie: session, 'sec-fetch-site': 'cross-site' } });
    expect(read.statusCode).toBe(200);
  });
});
