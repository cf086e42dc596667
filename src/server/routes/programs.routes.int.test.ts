import { beforeAll, describe, expect, it } from 'vitest';
import type { ProgramDetail } from '../../contracts/programs.ts';
import { buildOrganizationInput, buildPhaseInput, buildProgramInput } from '../../../test/support/factories.ts';
import { createOperatorFor, injectAs, signInAsNewOperator, type SignedIn } from '../../../test/support/people.ts';
import { useTestApp } from '../../../test/support/test-app.ts';

const t = useTestApp();
let admin: SignedIn;
beforeAll(async () => {
  admin = await signInAsNewOperator(t);
});
const api: ReturnType<typeof injectAs> = (options) => injectAs(t.app, admin)(options);

/** One program per operator and fiscal year: each program gets an operator of its own, run by the same admin. */
const createOperator = () => createOperatorFor(t.database.db, admin.userId);

async function createProgram(overrides = {}): Promise<ProgramDetail> {
  const res = await api({ method: 'POST', url: '/api/programs', payload: buildProgramInput(await createOperator(), overrides) });
  expect(res.statusCode).toBe(201);
  return res.json();
}

describe('programs API', () => {
  it('creates a program with its operator as a participant, and reads it back', async () => {
    const created = await createProgram();
    expect(created.version).toBe(1);
    expect(created.participations).toEqual([expect.objectContaining({ role: 'operator', organization: expect.objectContaining({ id: created.operator.id }) })]);
    const read = await api({ method: 'GET', url: `/api/programs/${created.id}` });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ id: created.id, fiscalYear: 2025, name: { ja: '令和7年度 テストプログラム' } });
  });

  it('names every invalid field, in the language of the request, and writes nothing', async () => {
    const before = (await api({ method: 'GET', url: '/api/programs?pageSize=200' })).json().total;
    const res = await api({
      method: 'POST',
      url: '/api/programs',
      headers: { 'accept-language': 'mn,en;q=0.5' },
      payload: { operatorId: 'not-a-uuid', fiscalYear: 1999, name: { ja: ' ' } },
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error.code).toBe('validation.failed');
    expect(body.error.message).toMatch(/Оруулсан мэдээлэлд алдаа/);
    const fields = Object.fromEntries(body.error.fields.map((f: { field: string; code: string }) => [f.field, f.code]));
    expect(fields).toEqual({ operatorId: 'zod.invalid_format', fiscalYear: 'zod.too_small', name: 'localizedText.empty' });
    expect(body.error.fields.find((f: { field: string }) => f.field === 'fiscalYear').message).toBe('Санхүүгийн жил: 2000-ээс багагүй байх ёстой.');
    expect((await api({ method: 'GET', url: '/api/programs?pageSize=200' })).json().total).toBe(before);
  });

  it('answers Japanese by default', async () => {
    const res = await api({ method: 'POST', url: '/api/programs', payload: {} });
    expect(res.json().error.message).toBe('入力内容に誤りがあります。各項目のメッセージを確認してください。');
  });

  it('refuses a second program for the same operator and fiscal year with 409', async () => {
    const first = await createProgram({ fiscalYear: 2030 });
    const res = await api({ method: 'POST', url: '/api/programs', headers: { 'accept-language': 'en' }, payload: buildProgramInput(first.operator.id, { fiscalYear: 2030 }) });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'resource.duplicate', fields: [{ field: 'fiscalYear', code: 'program.duplicateFiscalYear' }] });
  });

  it('detects a conflicting edit through the version and keeps the first edit', async () => {
    const program = await createProgram();
    const first = await api({ method: 'PATCH', url: `/api/programs/${program.id}`, payload: { version: 1, plannedInterns: 9 } });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(2);
    const stale = await api({ method: 'PATCH', url: `/api/programs/${program.id}`, payload: { version: 1, plannedInterns: 3 } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'resource.versionConflict', currentVersion: 2 });
    expect((await api({ method: 'GET', url: `/api/programs/${program.id}` })).json().plannedInterns).toBe(9);
  });

  it('lets exactly one of many concurrent edits of the same version win', async () => {
    const program = await createProgram();
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => api({ method: 'PATCH', url: `/api/programs/${program.id}`, payload: { version: 1, plannedInterns: i } })),
    );
    expect(results.filter((r) => r.statusCode === 200)).toHaveLength(1);
    expect(results.filter((r) => r.statusCode === 409)).toHaveLength(9);
  });

  it('answers 404 for an unknown program and 400 for a malformed id', async () => {
    expect((await api({ method: 'GET', url: '/api/programs/00000000-0000-4000-8000-000000000000' })).statusCode).toBe(404);
    const bad = await api({ method: 'GET', url: '/api/programs/nope' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].field).toBe('id');
  });

  it('lists with pagination and filters', async () => {
    const operatorId = await createOperator();
    for (const fiscalYear of [2040, 2041, 2042]) {
      await api({ method: 'POST', url: '/api/programs', payload: buildProgramInput(operatorId, { fiscalYear, name: { en: `Filter test ${fiscalYear}` } }) });
    }
    const page1 = (await api({ method: 'GET', url: `/api/programs?operatorId=${operatorId}&pageSize=2` })).json();
    expect(page1.total).toBe(3);
    expect(page1.items.map((p: ProgramDetail) => p.fiscalYear)).toEqual([2042, 2041]);
    const page2 = (await api({ method: 'GET', url: `/api/programs?operatorId=${operatorId}&pageSize=2&page=2` })).json();
    expect(page2.items.map((p: ProgramDetail) => p.fiscalYear)).toEqual([2040]);
    const byYear = (await api({ method: 'GET', url: `/api/programs?operatorId=${operatorId}&fiscalYear=2041` })).json();
    expect(byYear.items).toHaveLength(1);
    const bySearch = (await api({ method: 'GET', url: `/api/programs?q=${encodeURIComponent('filter TEST 2042')}` })).json();
    expect(bySearch.items.map((p: ProgramDetail) => p.fiscalYear)).toEqual([2042]);
    const wildcard = (await api({ method: 'GET', url: `/api/programs?operatorId=${operatorId}&q=%25` })).json();
    expect(wildcard.total).toBe(0);
  });

  it('archives and restores, hiding archived programs from the default list', async () => {
    const program = await createProgram({ fiscalYear: 2050 });
    const archived = await api({ method: 'POST', url: `/api/programs/${program.id}/archive`, payload: { version: 1 } });
    expect(archived.statusCode).toBe(200);
    expect(archived.json().archivedAt).not.toBeNull();
    const active = (await api({ method: 'GET', url: `/api/programs?operatorId=${program.operator.id}` })).json();
    expect(active.total).toBe(0);
    const listed = (await api({ method: 'GET', url: `/api/programs?operatorId=${program.operator.id}&archived=true` })).json();
    expect(listed.total).toBe(1);
    const restored = await api({ method: 'POST', url: `/api/programs/${program.id}/restore`, payload: { version: 2 } });
    expect(restored.json().archivedAt).toBeNull();
  });
});

describe('phases, cohorts and participations', () => {
  it('adds, edits and removes phases with date rules checked', async () => {
    const program = await createProgram();
    const added = await api({ method: 'POST', url: `/api/programs/${program.id}/phases`, payload: buildPhaseInput() });
    expect(added.statusCode).toBe(201);
    const phase = added.json().phases[0];
    expect(phase).toMatchObject({ kind: 'internship', startDate: '2025-08-19', endDate: '2025-08-30' });

    const backwards = await api({ method: 'PATCH', url: `/api/programs/${program.id}/phases/${phase.id}`, headers: { 'accept-language': 'en' }, payload: { version: 1, endDate: '2025-08-01' } });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.fields).toEqual([{ field: 'endDate', code: 'phase.endBeforeStart', message: 'End date: The end date must be on or after the start date (2025-08-19).' }]);

    const early = await api({ method: 'POST', url: `/api/programs/${program.id}/phases`, payload: buildPhaseInput({ startDate: '2025-03-31', endDate: '2025-04-02' }) });
    expect(early.json().error.fields[0]).toMatchObject({ field: 'startDate', code: 'phase.startsBeforeFiscalYear' });

    const notADate = await api({ method: 'POST', url: `/api/programs/${program.id}/phases`, payload: buildPhaseInput({ startDate: '2025-02-30' }) });
    expect(notADate.json().error.fields[0]).toMatchObject({ field: 'startDate', code: 'date.invalid' });

    const moved = await api({ method: 'PATCH', url: `/api/programs/${program.id}/phases/${phase.id}`, payload: { version: 1, startDate: '2025-08-18' } });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().startDate).toBe('2025-08-18');

    const staleDelete = await api({ method: 'DELETE', url: `/api/programs/${program.id}/phases/${phase.id}?version=1` });
    expect(staleDelete.statusCode).toBe(409);
    const removed = await api({ method: 'DELETE', url: `/api/programs/${program.id}/phases/${phase.id}?version=2` });
    expect(removed.statusCode).toBe(200);
    expect(removed.json().phases).toEqual([]);
  });

  it('refuses a fiscal-year change that would strand phases', async () => {
    const program = await createProgram({ fiscalYear: 2026, name: { en: 'strand test' } });
    await api({ method: 'POST', url: `/api/programs/${program.id}/phases`, payload: buildPhaseInput({ startDate: '2026-08-19', endDate: '2026-08-30' }) });
    const res = await api({ method: 'PATCH', url: `/api/programs/${program.id}`, payload: { version: 1, fiscalYear: 2027 } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0]).toMatchObject({ field: 'fiscalYear', code: 'program.phasesOutside' });
  });

  it('keeps cohorts ordered and unique, and ties phases to a cohort of the same program only', async () => {
    const program = await createProgram();
    const other = await createProgram();
    for (const ordinal of [2, 1]) {
      const res = await api({ method: 'POST', url: `/api/programs/${program.id}/cohorts`, payload: { ordinal, name: { ja: `第${ordinal}ターン` } } });
      expect(res.statusCode).toBe(201);
    }
    const dup = await api({ method: 'POST', url: `/api/programs/${program.id}/cohorts`, payload: { ordinal: 1, name: { ja: 'x' } } });
    expect(dup.statusCode).toBe(409);
    const detail = (await api({ method: 'GET', url: `/api/programs/${program.id}` })).json();
    expect(detail.cohorts.map((c: { ordinal: number }) => c.ordinal)).toEqual([1, 2]);
    const foreign = await api({ method: 'POST', url: `/api/programs/${other.id}/phases`, payload: buildPhaseInput({ cohortId: detail.cohorts[0].id }) });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.fields[0]).toMatchObject({ field: 'cohortId', code: 'reference.notFound' });
  });

  it('adds an organization in a role once, and removes it', async () => {
    const program = await createProgram();
    const company = (await api({ method: 'POST', url: '/api/organizations', payload: buildOrganizationInput({ kind: 'company' }) })).json();
    const added = await api({ method: 'POST', url: `/api/programs/${program.id}/participations`, payload: { organizationId: company.id, role: 'host_company' } });
    expect(added.statusCode).toBe(201);
    expect(added.json().hostCompanyCount).toBe(1);
    const again = await api({ method: 'POST', url: `/api/programs/${program.id}/participations`, payload: { organizationId: company.id, role: 'host_company' } });
    expect(again.statusCode).toBe(409);
    const participation = added.json().participations.find((p: { role: string }) => p.role === 'host_company');
    const removed = await api({ method: 'DELETE', url: `/api/programs/${program.id}/participations/${participation.id}` });
    expect(removed.json().hostCompanyCount).toBe(0);
  });
});
