import { describe, expect, it } from 'vitest';
import { buildOrganizationInput } from '../../../test/support/factories.ts';
import { TEST_PASSWORD, cookiesOf, createPerson, enrolTotp, sameOrigin, signIn, signInAs, totpNow } from '../../../test/support/people.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { insertOrganization } from '../repositories/organizations.repository.ts';

const t = useTestApp();
const newOrganization = (kind: 'support_center' | 'company' = 'support_center') => insertOrganization(t.database.db, buildOrganizationInput({ kind }), null);

describe('signing in and out', () => {
  it('signs in with a password into a __Host- session cookie and out again', async () => {
    const org = await newOrganization();
    const person = await createPerson(t.database.db, t.hasher, org, 'operator_staff', 'Sato Hanako');
    const { response, cookie } = await signIn(t.app, person.email.toUpperCase());
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'signedIn' });
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(/^__Host-kakehashi\.session_token=/);
    expect(setCookie).toMatch(/Secure/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).not.toMatch(/Domain=/i);

    const me = await t.app.inject({ method: 'GET', url: '/api/account', headers: sameOrigin(cookie) });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ name: 'Sato Hanako', email: person.email, memberships: [{ role: 'operator_staff', organization: { id: org } }] });

    const out = await t.app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: sameOrigin(cookie) });
    expect(out.statusCode).toBe(200);
    const after = await t.app.inject({ method: 'GET', url: '/api/account', headers: sameOrigin(cookie) });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('auth.required');
  });

  it('gives a new session token at each sign-in', async () => {
    const person = await createPerson(t.database.db, t.hasher, await newOrganization(), 'operator_staff');
    const first = await signIn(t.app, person.email);
    const second = await signIn(t.app, person.email);
    expect(first.cookie).not.toEqual(second.cookie);
  });

  it('answers a wrong password and an unknown address alike', async () => {
    const person = await createPerson(t.database.db, t.hasher, await newOrganization(), 'operator_staff');
    const wrong = await signIn(t.app, person.email, 'not-the-password');
    const unknown = await signIn(t.app, 'nobody@test.kakehashi.example', 'not-the-password');
    expect(wrong.response.statusCode).toBe(401);
    expect(unknown.response.statusCode).toBe(401);
    expect(wrong.response.json()).toEqual(unknown.response.json());
    expect(wrong.response.json().error.code).toBe('auth.invalidCredentials');
  });

  it('refuses every API route but its own to an anonymous caller', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/programs' });
    expect(res.statusCode).toBe(401);
  });
});

describe('two-step verification', () => {
  it('makes an operator admin enrol before anything else, then asks for a code at every sign-in', async () => {
    const person = await createPerson(t.database.db, t.hasher, await newOrganization(), 'operator_admin');
    const { cookie } = await signIn(t.app, person.email);
    const blocked = await t.app.inject({ method: 'GET', url: '/api/programs', headers: sameOrigin(cookie) });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('auth.twoFactorSetupRequired');
    const me = await t.app.inject({ method: 'GET', url: '/api/account', headers: sameOrigin(cookie) });
    expect(me.json()).toMatchObject({ mustEnrollTwoFactor: true, twoFactorEnabled: false });

    const enrolled = await enrolTotp(t.app, cookie);
    expect(enrolled.backupCodes.length).toBeGreaterThan(0);
    const allowed = await t.app.inject({ method: 'GET', url: '/api/programs', headers: sameOrigin(enrolled.cookie) });
    expect(allowed.statusCode).toBe(200);

    const again = await signIn(t.app, person.email);
    expect(again.response.json()).toEqual({ status: 'twoFactorRequired' });
    const noSession = await t.app.inject({ method: 'GET', url: '/api/account', headers: sameOrigin(again.cookie) });
    expect(noSession.statusCode).toBe(401);
    const wrong = await t.app.inject({ method: 'POST', url: '/api/auth/two-factor', headers: sameOrigin(again.cookie), payload: { code: '000000' } });
    expect(wrong.statusCode).toBe(401);
    const right = await t.app.inject({ method: 'POST', url: '/api/auth/two-factor', headers: sameOrigin(again.cookie), payload: { code: totpNow(enrolled.secret) } });
    expect(right.statusCode).toBe(200);
    const session = cookiesOf(right, again.cookie);
    const finallyIn = await t.app.inject({ method: 'GET', url: '/api/account', headers: sameOrigin(session) });
    expect(finallyIn.json()).toMatchObject({ twoFactorEnabled: true, mustEnrollTwoFactor: false });
  });

  it('does not let an operator admin turn it off', async () => {
    const org = await newOrganization();
    const admin = await signInAs(t, org, 'operator_admin');
    const res = await t.app.inject({ method: 'POST', url: '/api/account/two-factor/disable', headers: admin.headers, payload: { password: TEST_PASSWORD } });
    expect(res.statusCode).toBe(403);
  });
});
