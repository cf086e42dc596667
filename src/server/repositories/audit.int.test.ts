import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrganizationInput, buildProgramInput } from '../../../test/support/factories.ts';
import { createOperatorFor, injectAs, signInAsNewOperator, type SignedIn } from '../../../test/support/people.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { listAuditEvents } from './audit.repository.ts';

const t = useTestApp();
let admin: SignedIn;
beforeAll(async () => {
  admin = await signInAsNewOperator(t);
});
const api: ReturnType<typeof injectAs> = (options) => injectAs(t.app, admin)(options);

describe('the audit trail', () => {
  it('records every write with the changed field names, the address and the request, never the values', async () => {
    const company = (await api({ method: 'POST', url: '/api/organizations', payload: buildOrganizationInput({ kind: 'company' }), remoteAddress: '192.0.2.7' })).json();
    const operatorId = await createOperatorFor(t.database.db, admin.userId);
    const program = (await api({ method: 'POST', url: '/api/programs', payload: buildProgramInput(operatorId) })).json();
    await api({ method: 'PATCH', url: `/api/programs/${program.id}`, payload: { version: 1, plannedInterns: 7, summary: { ja: '秘密の概要' } } });
    await api({ method: 'POST', url: `/api/programs/${program.id}/archive`, payload: { version: 2 } });

    const orgEvents = await listAuditEvents(t.database.db, 'organization', company.id);
    expect(orgEvents).toEqual([expect.objectContaining({ action: 'create', clientAddress: '192.0.2.7', actorUserId: admin.userId })]);
    expect(orgEvents[0]!.requestId).toMatch(/^[0-9a-f-]{36}$/);

    const programEvents = await listAuditEvents(t.database.db, 'program', program.id);
    expect(programEvents.map((e) => [e.action, e.fields])).toEqual([
      ['archive', []],
      ['update', ['plannedInterns', 'summary']],
      ['create', []],
    ]);
    expect(programEvents.every((e) => e.actorUserId === admin.userId)).toBe(true);
    expect(JSON.stringify(programEvents)).not.toContain('秘密');
  });

  it('records nothing for a write that failed', async () => {
    const org = (await api({ method: 'POST', url: '/api/organizations', payload: buildOrganizationInput() })).json();
    const stale = await api({ method: 'PATCH', url: `/api/organizations/${org.id}`, payload: { version: 9, city: 'x' } });
    expect(stale.statusCode).toBe(409);
    expect((await listAuditEvents(t.database.db, 'organization', org.id)).map((e) => e.action)).toEqual(['create']);
  });

  it('cannot be changed or emptied by the app', async () => {
    await api({ method: 'POST', url: '/api/organizations', payload: buildOrganizationInput() });
    for (const statement of ['update audit_events set action = \'delete\'', 'delete from audit_events', 'truncate audit_events']) {
      await expect(t.database.pool.query(statement), statement).rejects.toThrow(/append-only|permission denied/);
    }
    const { rows } = await t.database.pool.query<{ n: number }>('select count(*)::int as n from audit_events');
    expect(rows[0]!.n).toBeGreaterThan(0);
  });
});
