import { describe, expect, it } from 'vitest';
import { newAddress, operatorWithPartners } from '../../../test/support/invitations.ts';
import { createPerson, injectAs, signInAs } from '../../../test/support/people.ts';
import { useTestApp } from '../../../test/support/test-app.ts';

const t = useTestApp();

type Message = { to: string; kind: string; subject: string; body: string; createdAt: string };
const outboxOf = async (as: ReturnType<typeof injectAs>) => {
  const response = await as({ method: 'GET', url: '/api/outbox?pageSize=200' });
  expect(response.statusCode).toBe(200);
  return response.json() as { items: Message[]; total: number; mailer: string };
};
const inviteTo = (organizationId: string, email: string, role = 'host_company') => ({
  method: 'POST' as const,
  url: '/api/invitations',
  payload: { name: 'Someone', email, organizationId, role, language: 'ja' },
});

describe('the outbox', () => {
  it('shows an admin the mail about its operator’s scope, newest first, and none of another operator’s', async () => {
    const a = await operatorWithPartners(t);
    const b = await operatorWithPartners(t);
    const first = newAddress('first');
    const second = newAddress('second');
    const toB = newAddress('b');
    await a.as(inviteTo(a.company, first));
    await a.as(inviteTo(a.partnerCollege, second, 'student'));
    await b.as(inviteTo(b.company, toB));

    const ofA = await outboxOf(a.as);
    expect(ofA.mailer).toBe('outbox');
    expect(ofA.items.map((m) => m.to)).toEqual([second, first]);
    expect(ofA.items[1]).toMatchObject({ kind: 'invitation', subject: expect.stringContaining('招待') });
    expect(ofA.items[1]!.body).toContain('/invitations/accept?token=');
    expect((await outboxOf(b.as)).items.map((m) => m.to)).toEqual([toB]);
  });

  it('keeps an invitation from another operator hidden even when its recipient is in the scope', async () => {
    const a = await operatorWithPartners(t);
    const b = await operatorWithPartners(t);
    const shared = await createPerson(t.database.db, t.hasher, a.company, 'host_company');
    await b.as(inviteTo(b.company, shared.email));
    expect((await outboxOf(a.as)).items.map((m) => m.to)).not.toContain(shared.email);
    expect((await outboxOf(b.as)).items.map((m) => m.to)).toContain(shared.email);
  });

  it('shows personal mail (a password reset) to the admins whose scope the recipient belongs to', async () => {
    const a = await operatorWithPartners(t);
    const b = await operatorWithPartners(t);
    const host = await createPerson(t.database.db, t.hasher, a.company, 'host_company');
    const reset = await t.app.inject({ method: 'POST', url: '/api/auth/password-reset', payload: { email: host.email } });
    expect(reset.statusCode).toBe(202);
    expect((await outboxOf(a.as)).items).toEqual([expect.objectContaining({ to: host.email, kind: 'passwordReset' })]);
    expect((await outboxOf(b.as)).items).toEqual([]);
  });

  it('pages, and is for operator admins only', async () => {
    const a = await operatorWithPartners(t);
    for (let i = 0; i < 3; i++) await a.as(inviteTo(a.company, newAddress()));
    const page = (await a.as({ method: 'GET', url: '/api/outbox?page=2&pageSize=2' })).json();
    expect(page).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page.items).toHaveLength(1);
    const staff = injectAs(t.app, await signInAs(t, a.operatorId, 'operator_staff'));
    expect((await staff({ method: 'GET', url: '/api/outbox' })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/outbox' })).statusCode).toBe(401);
  });
});
