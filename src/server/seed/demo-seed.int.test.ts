import { describe, expect, it } from 'vitest';
import { buildOrganizationInput } from '../../../test/support/factories.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { demoId, loadDemoData, loadDemoDataIfEmpty } from './demo-seed.ts';

const t = useTestApp();

describe('the demo data', () => {
  it('loads into an empty database once, and never over existing data', async () => {
    expect(await loadDemoDataIfEmpty(t.database.db)).toEqual({ organizations: 27, programs: 4, phases: 18 });
    expect(await loadDemoDataIfEmpty(t.database.db)).toBeNull();
    const programs = (await t.app.inject({ method: 'GET', url: '/api/programs' })).json();
    expect(programs.items.map((p: { fiscalYear: number }) => p.fiscalYear)).toEqual([2025, 2024, 2023, 2022]);
  });

  it('reloads on demand: demo records return to their original content, other records stay', async () => {
    const hitachi2025 = demoId('hitachi-fy2025');
    const before = (await t.app.inject({ method: 'GET', url: `/api/programs/${hitachi2025}` })).json();
    await t.app.inject({ method: 'PATCH', url: `/api/programs/${hitachi2025}`, payload: { version: before.version, name: { ja: '書き換え' } } });
    await t.app.inject({ method: 'DELETE', url: `/api/programs/${hitachi2025}/phases/${before.phases[0].id}?version=1` });
    const mine = (await t.app.inject({ method: 'POST', url: '/api/organizations', payload: buildOrganizationInput() })).json();

    await loadDemoData(t.database.db);

    const after = (await t.app.inject({ method: 'GET', url: `/api/programs/${hitachi2025}` })).json();
    expect(after.name).toEqual(before.name);
    expect(after.phases).toHaveLength(8);
    expect(after.phases.find((p: { kind: string }) => p.kind === 'internship')).toMatchObject({ startDate: '2025-08-19', endDate: '2025-08-30' });
    expect((await t.app.inject({ method: 'GET', url: `/api/organizations/${mine.id}` })).statusCode).toBe(200);
  });
});
