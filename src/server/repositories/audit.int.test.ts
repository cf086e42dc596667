import { describe, expect, it } from 'vitest';
import { buildOrganizationInput, buildProgramInput } from '../../../test/support/factories.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { listAuditEvents } from './audit.repository.ts';

const t = useTestApp();

describe('the audit trail', () => {
  it('records every write with the changed field names, the address and the request, never the values', async () => {
    const operator = (await t.app.inject({ method: 'POST', url: '/api/organizations', payload: buildOrganizationInput(), remoteAddress: '192.0.2.7' })).json();
    const program = (await t.app.inject({ method: 'POST', url: '/api/programs', payload: buildProgramInput(operator.id) })).json();
    await t.app.inject({ method: 'PATCH', url: `/api/programs/${program.id}`, payload: { version: 1, plannedInterns: 7, summary: { ja: '秘密の概要' } } });
    await t.app.inject({ method: 'POST', url: `/api/programs/${program.id}/archive`, payload: { version: 2 } });

    const orgEvents = await listAuditEvents(t.database.db, 'organization', operator.id);
    expect(orgEvents).toEqual([expect.objectContaining({ action: 'create', clientAddress: '192.0.2.7', actorUserId: null })]);
    expect(orgEvents[0]!.requestId).toMatch(/^[0-9a-f-]{36}$/);

    const programEvents = await listAuditEvents(t.database.db, 'program', program.id);
    expect(programEvents.map((e) => [e.action, e.fields])).toEqual([
      ['archive', []],
      ['update', ['plannedInterns', 'summary']],
      ['create', []],
    ]);
    expect(JSON.stringify(programEvents)).not.toContain('秘密');
  });

  it('records nothing for a write that failed', async () => {
    const org = (await t.app.inject({ method: 'POST', url: '/api/organizations', payload: buildOrganizationInput() })).json();
    const stale = await t.app.inject({ method: 'PATCH', url: `/api/organizations/${org.id}`, payload: { version: 9, city: 'x' } });
    expect(stale.statusCode).toBe(409);
    expect((await listAuditEvents(t.database.db, 'organization', org.id)).map((e) => e.action)).toEqual(['create']);
  });

  it('cannot be changed or emptied by the app', async () => {
    await t.app.inject({ method: 'POST', url: '/api/organizations', payload: buildOrganizationInput() });
    for (const statement of ['update audit_events set action = \'delete\'', 'delete from audit_events', 'truncate audit_events']) {
      await expect(t.database.pool.query(statement), statement).rejects.toThrow(/append-only|permission denied/);
    }
    const { rows } = await t.database.pool.query<{ n: number }>('select count(*)::int as n from audit_events');
    expect(rows[0]!.n).toBeGreaterThan(0);
  });
});
