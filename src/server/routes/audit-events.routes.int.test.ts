import { describe, expect, it } from 'vitest';
import { mailedInvitation, newAddress, operatorWithPartners } from '../../../test/support/invitations.ts';
import { createPerson, injectAs, signInAs } from '../../../test/support/people.ts';
import { useTestApp } from '../../../test/support/test-app.ts';

const t = useTestApp();

type Event = { action: string; actor: { id: string; name: string | null } | null; resource: { type: string; id: string }; clientAddress: string | null; requestId: string | null; occurredAt: string };
const eventsOf = (response: { json(): { items: Event[] } }) => response.json().items;

/** Today's date in Japan, as the search's day filters read it. */
const todayInJapan = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date());

/** A's admin invites, the invitee accepts, another invitation is revoked and a host is switched off. */
async function historyOfA() {
  const a = await operatorWithPartners(t);
  const email = newAddress();
  const invited = (await a.as({ method: 'POST', url: '/api/invitations', payload: { name: 'Invitee', email, organizationId: a.company, role: 'host_company', language: 'en' } })).json();
  const { token } = await mailedInvitation(t.database.db, email);
  const accepted = (await t.app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token, name: 'Invitee', password: 'a-long-password-1' } })).json();
  const other = (await a.as({ method: 'POST', url: '/api/invitations', payload: { name: 'Other', email: newAddress(), organizationId: a.college, role: 'student', language: 'mn' } })).json();
  await a.as({ method: 'POST', url: `/api/invitations/${other.id}/revoke` });
  const host = await createPerson(t.database.db, t.hasher, a.company, 'host_company');
  await a.as({ method: 'POST', url: `/api/members/${host.userId}/deactivate` });
  await a.as({ method: 'POST', url: `/api/members/${host.userId}/reactivate` });
  return { a, invited, accepted, other, host };
}

describe('the audit search', () => {
  it('shows an admin every invitation, acceptance, revocation, deactivation and reactivation, with who did it', async () => {
    const { a, invited, accepted, other, host } = await historyOfA();
    const response = await a.as({ method: 'GET', url: '/api/audit-events?pageSize=200' });
    expect(response.statusCode).toBe(200);
    const events = eventsOf(response);
    const admin = { id: a.admin.userId, name: 'Test Person' };
    expect(events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'invite', actor: admin, resource: { type: 'invitation', id: invited.id } }),
        expect.objectContaining({ action: 'accept', actor: { id: accepted.userId, name: 'Invitee' }, resource: { type: 'invitation', id: invited.id } }),
        expect.objectContaining({ action: 'revoke', actor: admin, resource: { type: 'invitation', id: other.id } }),
        expect.objectContaining({ action: 'deactivate', actor: admin, resource: { type: 'user', id: host.userId } }),
        expect.objectContaining({ action: 'reactivate', actor: admin, resource: { type: 'user', id: host.userId } }),
      ]),
    );
    const revoked = events.find((e) => e.action === 'revoke')!;
    expect(revoked.clientAddress).toBe('127.0.0.1');
    expect(revoked.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(events.map((e) => e.occurredAt)).toEqual([...events.map((e) => e.occurredAt)].sort().reverse());
  });

  it('filters by action, record, actor and day', async () => {
    const { a, accepted, host } = await historyOfA();
    const search = async (query: string) => eventsOf(await a.as({ method: 'GET', url: `/api/audit-events?${query}` }));
    expect((await search('action=accept')).map((e) => e.actor?.id)).toEqual([accepted.userId]);
    expect((await search(`resourceType=user&resourceId=${host.userId}`)).map((e) => e.action)).toEqual(['reactivate', 'deactivate']);
    expect((await search(`actorUserId=${accepted.userId}`)).map((e) => e.action)).toEqual(['accept']);
    const today = todayInJapan();
    expect((await search(`from=${today}&to=${today}&action=accept`)).length).toBe(1);
    expect(await search('to=2020-01-01')).toEqual([]);
    const bad = await a.as({ method: 'GET', url: '/api/audit-events?from=2025-02-30' });
    expect(bad.json().error.fields).toMatchObject([{ field: 'from', code: 'date.invalid' }]);
  });

  it('shows an admin nothing of another operator, and nobody else anything', async () => {
    const { a, invited } = await historyOfA();
    const b = await operatorWithPartners(t);
    const seenByB = eventsOf(await b.as({ method: 'GET', url: '/api/audit-events?pageSize=200' }));
    expect(seenByB.filter((e) => e.resource.id === invited.id || e.actor?.id === a.admin.userId)).toEqual([]);
    // B's own work (its program and participation) is there.
    expect(seenByB.map((e) => e.resource.type)).toEqual(expect.arrayContaining(['program', 'participation']));

    const staff = injectAs(t.app, await signInAs(t, a.operatorId, 'operator_staff'));
    expect((await staff({ method: 'GET', url: '/api/audit-events' })).statusCode).toBe(403);
    const coordinator = injectAs(t.app, await signInAs(t, a.college, 'college_coordinator'));
    expect((await coordinator({ method: 'GET', url: '/api/audit-events' })).statusCode).toBe(403);
  });
});
