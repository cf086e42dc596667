import { describe, expect, it } from 'vitest';
import { operatorWithPartners } from '../../../test/support/invitations.ts';
import { createPerson, injectAs, signIn, signInAs } from '../../../test/support/people.ts';
import { useTestApp } from '../../../test/support/test-app.ts';

const t = useTestApp();

const idsOf = (response: { json(): { items: { userId: string }[] } }) => response.json().items.map((m) => m.userId);

describe('members', () => {
  it('an admin sees its operator’s people and its partners’, none of another operator’s', async () => {
    const a = await operatorWithPartners(t);
    const b = await operatorWithPartners(t);
    const host = await createPerson(t.database.db, t.hasher, a.company, 'host_company', 'Host of A');
    const student = await createPerson(t.database.db, t.hasher, a.partnerCollege, 'student', 'Student of A');
    const other = await createPerson(t.database.db, t.hasher, b.company, 'host_company', 'Host of B');

    const listed = await a.as({ method: 'GET', url: '/api/members?pageSize=200' });
    expect(listed.statusCode).toBe(200);
    expect(idsOf(listed)).toEqual(expect.arrayContaining([a.admin.userId, host.userId, student.userId]));
    expect(idsOf(listed)).not.toContain(other.userId);
    expect(idsOf(listed)).not.toContain(b.admin.userId);
    expect(listed.json().items.find((m: { userId: string }) => m.userId === host.userId)).toMatchObject({ name: 'Host of A', role: 'host_company', organization: { id: a.company, kind: 'company' }, disabledAt: null });

    const filtered = await a.as({ method: 'GET', url: `/api/members?organizationId=${a.company}&q=host` });
    expect(idsOf(filtered)).toEqual([host.userId]);
    expect((await a.as({ method: 'POST', url: `/api/members/${other.userId}/deactivate` })).statusCode).toBe(404);
  });

  it('a coordinator sees its college’s people only', async () => {
    const { college, partnerCollege } = await operatorWithPartners(t);
    const coordinator = await signInAs(t, college, 'college_coordinator');
    const mine = await createPerson(t.database.db, t.hasher, college, 'student');
    const elsewhere = await createPerson(t.database.db, t.hasher, partnerCollege, 'student');
    const listed = await injectAs(t.app, coordinator)({ method: 'GET', url: '/api/members' });
    expect(idsOf(listed).sort()).toEqual([coordinator.userId, mine.userId].sort());
    expect(idsOf(listed)).not.toContain(elsewhere.userId);
  });

  it('deactivation ends the person’s sessions at once; reactivation lets them sign in again', async () => {
    const { company, as } = await operatorWithPartners(t);
    const host = await signInAs(t, company, 'host_company');
    expect((await t.app.inject({ method: 'GET', url: '/api/account', headers: host.headers })).statusCode).toBe(200);

    const off = await as({ method: 'POST', url: `/api/members/${host.userId}/deactivate` });
    expect(off.statusCode).toBe(200);
    expect(off.json().disabledAt).not.toBeNull();
    const withOldCookie = await t.app.inject({ method: 'GET', url: '/api/account', headers: host.headers });
    expect(withOldCookie.statusCode).toBe(401);
    expect(withOldCookie.json().error.code).toBe('auth.required');
    const refused = (await signIn(t.app, host.email)).response;
    expect(refused.statusCode, refused.body).toBe(401);
    expect(refused.json().error.code).toBe('auth.invalidCredentials');

    const on = await as({ method: 'POST', url: `/api/members/${host.userId}/reactivate` });
    expect(on.json().disabledAt).toBeNull();
    expect((await signIn(t.app, host.email)).response.statusCode).toBe(200);
  });

  it('nobody deactivates themselves, and coordinators manage their students only', async () => {
    const { college, admin, as } = await operatorWithPartners(t);
    expect((await as({ method: 'POST', url: `/api/members/${admin.userId}/deactivate` })).statusCode).toBe(403);
    const coordinator = await signInAs(t, college, 'college_coordinator');
    const colleague = await createPerson(t.database.db, t.hasher, college, 'college_coordinator');
    const student = await createPerson(t.database.db, t.hasher, college, 'student');
    const asCoordinator = injectAs(t.app, coordinator);
    expect((await asCoordinator({ method: 'POST', url: `/api/members/${colleague.userId}/deactivate` })).statusCode).toBe(403);
    expect((await asCoordinator({ method: 'POST', url: `/api/members/${coordinator.userId}/deactivate` })).statusCode).toBe(403);
    expect((await asCoordinator({ method: 'POST', url: `/api/members/${admin.userId}/deactivate` })).statusCode).toBe(404);
    expect((await asCoordinator({ method: 'POST', url: `/api/members/${student.userId}/deactivate` })).statusCode).toBe(200);
  });

  it('answers 404 for someone unknown and leaves a company member without a list', async () => {
    const { company, as } = await operatorWithPartners(t);
    expect((await as({ method: 'POST', url: '/api/members/00000000-0000-4000-8000-000000000000/deactivate' })).statusCode).toBe(404);
    const host = injectAs(t.app, await signInAs(t, company, 'host_company'));
    expect((await host({ method: 'GET', url: '/api/members' })).json()).toMatchObject({ items: [], total: 0 });
  });
});
