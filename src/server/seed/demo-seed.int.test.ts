import { describe, expect, it } from 'vitest';
import { buildOrganizationInput } from '../../../test/support/factories.ts';
import { addMembership } from '../repositories/accounts.repository.ts';
import { injectAs, signInAs, type SignedIn } from '../../../test/support/people.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { demoId, loadDemoData, loadDemoDataIfEmpty } from './demo-seed.ts';

const t = useTestApp();
let admin: SignedIn;
const api: ReturnType<typeof injectAs> = (options) => injectAs(t.app, admin)(options);

describe('the demo data', () => {
  it('loads into an empty database once, and never over existing data', async () => {
    expect(await loadDemoDataIfEmpty(t.database.db)).toEqual({ organizations: 27, programs: 4, phases: 18 });
    expect(await loadDemoDataIfEmpty(t.database.db)).toBeNull();
    admin = await signInAs(t, demoId('hitachi-center'), 'operator_admin');
    const hitachi = (await api({ method: 'GET', url: '/api/programs' })).json();
    expect(hitachi.items.map((p: { fiscalYear: number }) => p.fiscalYear)).toEqual([2025, 2024]);
    // Leopalace21's 8 flats in Hitachi for the internship, under the agreement of 17 July 2025.
    const flats = (await api({ method: 'GET', url: `/api/organizations/${demoId('leopalace21')}/housing-units` })).json();
    expect(flats.items).toHaveLength(8);
    expect(flats.items[0]).toMatchObject({ capacity: 1, layout: '1K', lendingPeriods: [{ from: '2025-08-01', to: '2025-09-15' }] });
    const agreements = (await api({ method: 'GET', url: '/api/housing-agreements' })).json();
    expect(agreements.items).toMatchObject([{ startsOn: '2025-07-17', termMonths: 12, autoRenew: true, partner: { id: demoId('leopalace21') } }]);
    // A person on the staff of both operators sees all four demo programs.
    await addMembership(t.database.db, admin.userId, demoId('nagaoka-city'), 'operator_staff');
    const both = (await api({ method: 'GET', url: '/api/programs' })).json();
    expect(both.items.map((p: { fiscalYear: number }) => p.fiscalYear)).toEqual([2025, 2024, 2023, 2022]);
  });

  it('reloads on demand: demo records return to their original content, other records stay', async () => {
    const hitachi2025 = demoId('hitachi-fy2025');
    const before = (await api({ method: 'GET', url: `/api/programs/${hitachi2025}` })).json();
    await api({ method: 'PATCH', url: `/api/programs/${hitachi2025}`, payload: { version: before.version, name: { ja: '書き換え' } } });
    await api({ method: 'DELETE', url: `/api/programs/${hitachi2025}/phases/${before.phases[0].id}?version=1` });
    const mine = (await api({ method: 'POST', url: '/api/organizations', payload: buildOrganizationInput() })).json();

    await loadDemoData(t.database.db);

    const after = (await api({ method: 'GET', url: `/api/programs/${hitachi2025}` })).json();
    expect(after.name).toEqual(before.name);
    expect(after.phases).toHaveLength(8);
    expect(after.phases.find((p: { kind: string }) => p.kind === 'internship')).toMatchObject({ startDate: '2025-08-19', endDate: '2025-08-30' });
    expect((await api({ method: 'GET', url: `/api/organizations/${mine.id}` })).statusCode).toBe(200);
  });

  it('has the JICA project of the Nagaoka program, whole again after a reload', async () => {
    const url = `/api/funded-projects/${demoId('nagaoka-jica:project')}`;
    const project = (await api({ method: 'GET', url })).json();
    expect(project).toMatchObject({ startsOn: '2023-09-01', endsOn: '2026-08-31', budgetYen: 60_000_000, funder: { id: demoId('jica') } });
    expect(project.activities).toHaveLength(3);
    expect(project.budget.cash.plannedYen).toBe(60_000_000);
    await api({ method: 'DELETE', url: `/api/project-activities/${project.activities[0].id}?version=1` });
    await loadDemoData(t.database.db);
    expect((await api({ method: 'GET', url })).json().activities).toHaveLength(3);
  });
});
