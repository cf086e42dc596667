import crypto from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { mailedInvitation, newAddress, operatorWithPartners } from '../../../test/support/invitations.ts';
import { TEST_PASSWORD, createPerson, sameOrigin, signIn } from '../../../test/support/people.ts';
import { TEST_AUTH, useTestApp } from '../../../test/support/test-app.ts';
import { invitations } from '../db/schema/index.ts';

// Every log line of this file's app, to show that no token ever reaches the log.
const logLines: string[] = [];
const t = useTestApp({ logger: pino({ level: 'debug' }, { write: (line: string) => void logLines.push(line) }) });
const seenTokens: string[] = [];

const publicPost = (url: string, payload: object) => t.app.inject({ method: 'POST', url, payload });
const preview = (token: string) => publicPost('/api/invitations/by-token', { token });
const accept = (token: string, password = 'a-long-password-1', name = 'New Person') => publicPost('/api/invitations/accept', { token, name, password });

/** Invites a new address into the operator's company and returns the invitation and its token. */
async function invited(setup: Awaited<ReturnType<typeof operatorWithPartners>>, overrides: Record<string, string> = {}) {
  const payload = { name: 'Батбаяр', email: newAddress(), organizationId: setup.company, role: 'host_company', language: 'mn', ...overrides };
  const sent = await setup.as({ method: 'POST', url: '/api/invitations', payload });
  expect(sent.statusCode, sent.body).toBe(201);
  const { token } = await mailedInvitation(t.database.db, payload.email.toLowerCase());
  seenTokens.push(token);
  return { invitation: sent.json(), token, email: payload.email.toLowerCase() };
}

describe('an invitation', () => {
  it('is mailed in the invitee’s language; accepting it creates an account that signs in', async () => {
    const setup = await operatorWithPartners(t);
    const email = newAddress('bat').replace('bat', 'Bat');
    const { invitation, token } = await invited(setup, { email });
    expect(invitation).toMatchObject({ email: email.toLowerCase(), role: 'host_company', status: 'pending', organization: { id: setup.company }, invitedBy: { id: setup.admin.userId } });
    expect(Date.parse(invitation.expiresAt) - Date.parse(invitation.createdAt)).toBe(7 * 86_400_000);

    const mail = await mailedInvitation(t.database.db, email.toLowerCase());
    expect(mail).toMatchObject({ language: 'mn', organizationId: setup.company });
    expect(mail.subject).toMatch(/-д урилга$/);
    expect(mail.body).toContain(`${TEST_AUTH.publicUrl}/invitations/accept?token=${token}`);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const [stored] = await t.database.db.select({ tokenHash: invitations.tokenHash }).from(invitations).where(eq(invitations.id, invitation.id));
    expect(stored!.tokenHash).toBe(crypto.createHash('sha256').update(token).digest('hex'));

    const shown = await preview(token);
    expect(shown.statusCode).toBe(200);
    expect(shown.json()).toMatchObject({ email: email.toLowerCase(), name: 'Батбаяр', role: 'host_company', hasAccount: false, organization: { id: setup.company } });

    const done = await accept(token, 'a-long-password-1', 'Батбаяр Дорж');
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ email: email.toLowerCase(), existingAccount: false });
    const { response, cookie } = await signIn(t.app, email, 'a-long-password-1');
    expect(response.statusCode).toBe(200);
    const me = await t.app.inject({ method: 'GET', url: '/api/account', headers: sameOrigin(cookie) });
    expect(me.json()).toMatchObject({ name: 'Батбаяр Дорж', language: 'mn', memberships: [{ role: 'host_company', organization: { id: setup.company } }] });
  });

  it('cannot be used once expired', async () => {
    const setup = await operatorWithPartners(t);
    const { invitation, token } = await invited(setup);
    await t.database.db.update(invitations).set({ expiresAt: sql`now() - interval '1 minute'` }).where(eq(invitations.id, invitation.id));
    for (const response of [await preview(token), await accept(token)]) {
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('auth.linkInvalid');
    }
    const listed = await setup.as({ method: 'GET', url: '/api/invitations' });
    expect(listed.json().items.find((i: { id: string }) => i.id === invitation.id)).toMatchObject({ status: 'expired' });
  });

  it('cannot be used once revoked, and is revoked only once', async () => {
    const setup = await operatorWithPartners(t);
    const { invitation, token } = await invited(setup);
    const revoked = await setup.as({ method: 'POST', url: `/api/invitations/${invitation.id}/revoke` });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json()).toMatchObject({ status: 'revoked' });
    expect((await accept(token)).json().error.code).toBe('auth.linkInvalid');
    const again = await setup.as({ method: 'POST', url: `/api/invitations/${invitation.id}/revoke` });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('invitation.notPending');
    const listed = await setup.as({ method: 'GET', url: '/api/invitations' });
    expect(listed.json().items.map((i: { id: string }) => i.id)).not.toContain(invitation.id);
  });

  it('cannot be accepted twice', async () => {
    const setup = await operatorWithPartners(t);
    const { token } = await invited(setup);
    expect((await accept(token)).statusCode).toBe(200);
    const reused = await accept(token, 'another-password-2');
    expect(reused.statusCode).toBe(400);
    expect(reused.json().error.code).toBe('auth.linkInvalid');
    expect((await preview(token)).statusCode).toBe(400);
  });

  it('for an address that already has an account adds the membership once the password is right', async () => {
    const setup = await operatorWithPartners(t);
    const existing = await createPerson(t.database.db, t.hasher, setup.company, 'host_company');
    const { token } = await invited(setup, { email: existing.email, organizationId: setup.college, role: 'college_coordinator' });
    expect((await preview(token)).json()).toMatchObject({ hasAccount: true });
    const wrong = await accept(token, 'not-the-password');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('auth.invalidCredentials');
    const right = await accept(token, TEST_PASSWORD, 'Ignored Name');
    expect(right.json()).toMatchObject({ userId: existing.userId, existingAccount: true });
    const { cookie } = await signIn(t.app, existing.email);
    const me = (await t.app.inject({ method: 'GET', url: '/api/account', headers: sameOrigin(cookie) })).json();
    expect(me.name).toBe('Test Person');
    expect(me.memberships.map((m: { role: string }) => m.role).sort()).toEqual(['college_coordinator', 'host_company']);
  });

  it('refuses a role that does not fit the organization, a member’s address and a short password', async () => {
    const setup = await operatorWithPartners(t);
    const wrongRole = await setup.as({ method: 'POST', url: '/api/invitations', payload: { name: 'A', email: newAddress(), organizationId: setup.company, role: 'student', language: 'en' } });
    expect(wrongRole.statusCode).toBe(400);
    expect(wrongRole.json().error.fields).toMatchObject([{ field: 'role', code: 'role.notForOrganization' }]);
    const member = await createPerson(t.database.db, t.hasher, setup.company, 'host_company');
    const again = await setup.as({ method: 'POST', url: '/api/invitations', payload: { name: 'A', email: member.email, organizationId: setup.company, role: 'host_company', language: 'en' } });
    expect(again.json().error.fields).toMatchObject([{ field: 'email', code: 'email.alreadyMember' }]);
    const { token } = await invited(setup);
    const short = await accept(token, 'short');
    expect(short.json().error.fields).toMatchObject([{ field: 'password', code: 'password.tooShort' }]);
  });

  it('never writes a token to the log', () => {
    expect(seenTokens.length).toBeGreaterThan(5);
    expect(logLines.length).toBeGreaterThan(20);
    for (const token of seenTokens) expect(logLines.filter((line) => line.includes(token))).toEqual([]);
  });
});
