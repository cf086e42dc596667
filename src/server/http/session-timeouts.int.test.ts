// Sessions end by themselves: after the idle timeout (better-auth's sliding expiry) and after
// the absolute timeout whatever their use (ours, checked on every request).
import { describe, expect, it } from 'vitest';
import { buildOrganizationInput } from '../../../test/support/factories.ts';
import { signInAs } from '../../../test/support/people.ts';
import { TEST_AUTH, useTestApp } from '../../../test/support/test-app.ts';
import { insertOrganization } from '../repositories/organizations.repository.ts';

const t = useTestApp({ auth: { ...TEST_AUTH, idleTimeoutSeconds: 30 * 60, absoluteTimeoutSeconds: 8 * 3600 } });

async function signedInStaff() {
  const org = await insertOrganization(t.database.db, buildOrganizationInput(), null);
  const person = await signInAs(t, org, 'operator_staff');
  const me = () => t.app.inject({ method: 'GET', url: '/api/account', headers: person.headers });
  expect((await me()).statusCode).toBe(200);
  return { person, me };
}

describe('session timeouts', () => {
  it('ends a session left idle past the idle timeout', async () => {
    const { person, me } = await signedInStaff();
    await t.database.pool.query("update sessions set expires_at = now() - interval '1 second' where user_id = $1", [person.userId]);
    expect((await me()).statusCode).toBe(401);
  });

  it('keeps a session in use alive, but not past the absolute timeout', async () => {
    const { person, me } = await signedInStaff();
    await t.database.pool.query("update sessions set created_at = now() - interval '7 hours 59 minutes' where user_id = $1", [person.userId]);
    expect((await me()).statusCode).toBe(200);
    await t.database.pool.query("update sessions set created_at = now() - interval '8 hours 1 minute' where user_id = $1", [person.userId]);
    const late = await me();
    expect(late.statusCode).toBe(401);
    expect(String(late.headers['set-cookie'])).toMatch(/__Host-kakehashi\.session_token=;.*Max-Age=0/);
    const { rows } = await t.database.pool.query('select count(*)::int as n from sessions where user_id = $1', [person.userId]);
    expect(rows[0].n).toBe(0);
  });
});
