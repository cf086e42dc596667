// Class lists, and who may invite whom: the policy's answers (404 for what is not theirs to
// see, 403 for what they see but may not do) through the real routes.
import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { newAddress, operatorWithPartners } from '../../../test/support/invitations.ts';
import { injectAs, signInAs } from '../../../test/support/people.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { invitations, outboxMessages } from '../db/schema/index.ts';

const t = useTestApp();

const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `Student ${i}`, email: newAddress('student'), language: i % 2 ? 'mn' : 'en' }));
const invitationsInto = async (organizationId: string) =>
  (await t.database.db.select({ n: count() }).from(invitations).where(eq(invitations.organizationId, organizationId)))[0]!.n;
const outboxSize = async () => (await t.database.db.select({ n: count() }).from(outboxMessages))[0]!.n;
const invite = (organizationId: string, role: string) => ({ method: 'POST' as const, url: '/api/invitations', payload: { name: 'X', email: newAddress(), organizationId, role, language: 'ja' } });

describe('a class list', () => {
  it('is invited by the college’s coordinator, all or nothing, each bad row named', async () => {
    const { college } = await operatorWithPartners(t);
    const coordinator = injectAs(t.app, await signInAs(t, college, 'college_coordinator'));
    const before = await outboxSize();

    const list = rows(5);
    list[3]!.email = 'not-an-address';
    const bad = await coordinator({ method: 'POST', url: '/api/invitations/bulk', payload: { organizationId: college, rows: list } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toMatchObject([{ field: 'rows.3.email', code: 'email.invalid' }]);

    const twice = rows(4);
    twice[2]!.email = twice[0]!.email.toUpperCase();
    const repeated = await coordinator({ method: 'POST', url: '/api/invitations/bulk', payload: { organizationId: college, rows: twice } });
    expect(repeated.json().error.fields).toMatchObject([{ field: 'rows.2.email', code: 'email.duplicateInBatch' }]);
    expect(await invitationsInto(college)).toBe(0);
    expect(await outboxSize()).toBe(before);

    const good = await coordinator({ method: 'POST', url: '/api/invitations/bulk', payload: { organizationId: college, rows: rows(3) } });
    expect(good.statusCode, good.body).toBe(201);
    expect(good.json().items).toHaveLength(3);
    expect(good.json().items.every((i: { role: string }) => i.role === 'student')).toBe(true);
    expect(await outboxSize()).toBe(before + 3);
    const listed = await coordinator({ method: 'GET', url: '/api/invitations' });
    expect(listed.json().total).toBe(3);
  });

  it('holds at most 200 rows', async () => {
    const { college, as } = await operatorWithPartners(t);
    const tooMany = await as({ method: 'POST', url: '/api/invitations/bulk', payload: { organizationId: college, rows: rows(201) } });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.fields).toMatchObject([{ field: 'rows', code: 'zod.too_big' }]);
  });

  it('is only for colleges: a company has no students', async () => {
    const { company, as } = await operatorWithPartners(t);
    const response = await as({ method: 'POST', url: '/api/invitations/bulk', payload: { organizationId: company, rows: rows(1) } });
    expect(response.json().error.fields).toMatchObject([{ field: 'role', code: 'role.notForOrganization' }]);
  });
});

describe('who may invite', () => {
  it('an operator admin: its own operator and the organizations in its scope', async () => {
    const { operatorId, company, college, partnerCollege, as } = await operatorWithPartners(t);
    for (const [organizationId, role] of [[operatorId, 'operator_staff'], [company, 'host_company'], [college, 'college_coordinator'], [partnerCollege, 'student']] as const) {
      expect((await as(invite(organizationId, role))).statusCode).toBe(201);
    }
  });

  it('not an admin of another operator: its organizations, invitations and lists stay hidden', async () => {
    const a = await operatorWithPartners(t);
    const b = await operatorWithPartners(t);
    for (const organizationId of [b.operatorId, b.company, b.partnerCollege]) {
      const response = await a.as(invite(organizationId, organizationId === b.operatorId ? 'operator_admin' : 'host_company'));
      expect(response.statusCode).toBe(404);
    }
    expect((await a.as({ method: 'POST', url: '/api/invitations/bulk', payload: { organizationId: b.college, rows: rows(1) } })).statusCode).toBe(404);
    const ofB = (await b.as(invite(b.company, 'host_company'))).json();
    expect((await a.as({ method: 'POST', url: `/api/invitations/${ofB.id}/revoke` })).statusCode).toBe(404);
    const listed = await a.as({ method: 'GET', url: '/api/invitations' });
    expect(listed.json().items.map((i: { id: string }) => i.id)).not.toContain(ofB.id);
  });

  it('not operator staff, nor an admin giving an operator role in a partner', async () => {
    const { operatorId, company, as } = await operatorWithPartners(t);
    const staff = injectAs(t.app, await signInAs(t, operatorId, 'operator_staff'));
    expect((await staff(invite(company, 'host_company'))).statusCode).toBe(403);
    expect((await as(invite(company, 'operator_admin'))).statusCode).toBe(403);
  });

  it('not a company member: 403 in its own company, 404 anywhere else', async () => {
    const { company, college } = await operatorWithPartners(t);
    const host = injectAs(t.app, await signInAs(t, company, 'host_company'));
    const own = await host(invite(company, 'host_company'));
    expect(own.statusCode).toBe(403);
    expect(own.json().error.code).toBe('access.forbidden');
    expect((await host(invite(college, 'student'))).statusCode).toBe(404);
    expect((await host({ method: 'GET', url: '/api/invitations' })).json().items).toEqual([]);
  });

  it('a coordinator: students of its own college only', async () => {
    const { college, partnerCollege, as } = await operatorWithPartners(t);
    const coordinator = injectAs(t.app, await signInAs(t, college, 'college_coordinator'));
    expect((await coordinator(invite(college, 'student'))).statusCode).toBe(201);
    expect((await coordinator(invite(college, 'college_coordinator'))).statusCode).toBe(403);
    expect((await coordinator(invite(partnerCollege, 'student'))).statusCode).toBe(404);
    const byAdmin = (await as(invite(college, 'college_coordinator'))).json();
    expect((await coordinator({ method: 'POST', url: `/api/invitations/${byAdmin.id}/revoke` })).statusCode).toBe(403);
  });

  it('nobody signed out', async () => {
    const { company } = await operatorWithPartners(t);
    const response = await t.app.inject(invite(company, 'host_company'));
    expect(response.statusCode).toBe(401);
  });
});
