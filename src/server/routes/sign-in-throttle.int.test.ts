// Password guessing through the real sign-in endpoint: an account is locked after five
// failures (even against the right password), its owner unlocks it with the e-mailed reset
// link, an address that guesses across accounts is locked on its own, and a flood of
// concurrent wrong passwords leaves the server answering.
import { describe, expect, it } from 'vitest';
import { buildOrganizationInput } from '../../../test/support/factories.ts';
import { TEST_PASSWORD, createPerson, signIn } from '../../../test/support/people.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { createPasswordHasher } from '../auth/password-hasher.ts';
import { listOutboxMessages } from '../repositories/outbox.repository.ts';
import { insertOrganization } from '../repositories/organizations.repository.ts';

const hasher = createPasswordHasher({ concurrency: 2 });
const t = useTestApp({ hasher });
let n = 0;
const address = () => `192.0.2.${++n}`;

async function newPerson(): Promise<string> {
  const org = await insertOrganization(t.database.db, buildOrganizationInput({ kind: 'company' }), null);
  return (await createPerson(t.database.db, t.hasher, org, 'host_company')).email;
}

async function resetLink(email: string): Promise<string> {
  const mail = (await listOutboxMessages(t.database.db, 1000)).find((m) => m.toAddress === email);
  const token = /reset-password\?token=([^\s&]+)/.exec(mail?.bodyText ?? '')?.[1];
  if (!token) throw new Error(`no reset link mailed to ${email}`);
  return decodeURIComponent(token);
}

describe('password guessing', () => {
  it('locks an account after five failures, even for the right password, until its owner resets it by e-mail', async () => {
    const email = await newPerson();
    for (let i = 0; i < 5; i++) expect((await signIn(t.app, email, 'wrong-password', address())).response.statusCode).toBe(401);
    const locked = await signIn(t.app, email, TEST_PASSWORD, address());
    expect(locked.response.statusCode).toBe(429);
    expect(locked.response.json().error.code).toBe('auth.throttled');

    const asked = await t.app.inject({ method: 'POST', url: '/api/auth/password-reset', payload: { email }, remoteAddress: address() });
    expect(asked.statusCode).toBe(202);
    const token = await resetLink(email);
    const reset = await t.app.inject({ method: 'POST', url: '/api/auth/password-reset/confirm', payload: { token, newPassword: 'a-fresh-long-password' }, remoteAddress: address() });
    expect(reset.statusCode).toBe(200);
    expect((await signIn(t.app, email, 'a-fresh-long-password', address())).response.statusCode).toBe(200);
    // The link works once.
    const again = await t.app.inject({ method: 'POST', url: '/api/auth/password-reset/confirm', payload: { token, newPassword: 'yet-another-password' }, remoteAddress: address() });
    expect(again.statusCode).toBe(400);
  });

  it('locks an address that guesses across many accounts, not the people it guessed at', async () => {
    const attacker = '198.18.0.66';
    const victims = await Promise.all(Array.from({ length: 21 }, () => newPerson()));
    const answers = [];
    for (const email of victims.slice(0, 20)) answers.push((await signIn(t.app, email, 'guess-123456', attacker)).response.statusCode);
    expect(answers).toEqual(Array(20).fill(401));
    // The attacker's address is locked even for a right password...
    expect((await signIn(t.app, victims[20]!, TEST_PASSWORD, attacker)).response.statusCode).toBe(429);
    // ...while each victim, from their own address, signs in as usual.
    expect((await signIn(t.app, victims[0]!, TEST_PASSWORD, address())).response.statusCode).toBe(200);
  });

  it('counts an address by its socket, whatever X-Forwarded-For a client claims (no proxy is configured)', async () => {
    const attacker = '198.18.0.77';
    const victims = await Promise.all(Array.from({ length: 21 }, () => newPerson()));
    for (const [i, email] of victims.slice(0, 20).entries()) {
      const res = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password: 'guess-123456' }, remoteAddress: attacker, headers: { 'x-forwarded-for': `203.0.113.${i + 1}` } });
      expect(res.statusCode).toBe(401);
    }
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: victims[20], password: TEST_PASSWORD }, remoteAddress: attacker, headers: { 'x-forwarded-for': '203.0.113.200' } });
    expect(res.statusCode).toBe(429);
  });

  it('keeps answering /healthz during a flood of 64 concurrent wrong passwords, hashing at most two at once', async () => {
    // One after another: 64 at once would queue on the app's pool of 5 long enough, on a busy
    // machine, for load shedding to refuse the flood with 503s before it starts.
    const emails: string[] = [];
    for (let i = 0; i < 64; i++) emails.push(await newPerson());
    let busiest = 0;
    const sampler = setInterval(() => (busiest = Math.max(busiest, hasher.load().running)), 1);
    let floodDone = false;
    const flood = Promise.all(emails.map((email) => signIn(t.app, email, 'wrong-password', address()))).then((results) => {
      floodDone = true;
      return results;
    });
    const health = await t.app.inject({ method: 'GET', url: '/healthz' });
    const answeredDuringFlood = !floodDone;
    const results = await flood;
    clearInterval(sampler);
    expect(health.statusCode).toBe(200);
    expect(answeredDuringFlood).toBe(true);
    expect(busiest).toBeLessThanOrEqual(2);
    expect(busiest).toBeGreaterThan(0);
    expect(new Set(results.map((r) => r.response.statusCode))).toEqual(new Set([401]));
  });
});
