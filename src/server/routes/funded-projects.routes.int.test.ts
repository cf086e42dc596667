// A program's funded projects on the API (issue 9 item 4): the operators set up a project with
// activities, indicators and a budget, enter actuals with evidence and book expenses (named
// field issues, 409 on a stale version, audited); the indicators counted from the records match
// records made here; the report downloads as XLSX (read back, formula-safe), PDF (Japanese, read
// with pdftotext) and CSV; a funder reads the same aggregates and cannot write; a host company
// gets 403.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FundedProjectList, FundedProjectView } from '../../contracts/funded-projects.ts';
import { buildOrganizationInput } from '../../../test/support/factories.ts';
import { addInterns } from '../../../test/support/housing.ts';
import { injectAs, programWithApplicants, signInAs, type SignedIn } from '../../../test/support/people.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { runAsSystem } from '../db/actor-scope.ts';
import { attendance, courses, internshipPlans, lectureSessions, pipelineTransitions } from '../db/schema/index.ts';
import { listAuditEvents } from '../repositories/audit.repository.ts';

const run = promisify(execFile);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'funder-report-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const t = useTestApp({ now: () => new Date('2025-03-01T03:00:00Z') });
let w: Awaited<ReturnType<typeof programWithApplicants>>;
let funder: SignedIn;
let company: SignedIn;
let funderOrg: string;
let projectId: string;
const ids: Record<string, string> = {};

type Who = SignedIn | Awaited<ReturnType<typeof programWithApplicants>>['admin'];
const call = async (who: Who, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) => {
  const res = await injectAs(t.app, who)({ method, url, headers: { 'accept-language': 'en' }, ...(payload ? { payload } : {}) });
  return { status: res.statusCode, body: res.headers['content-type']?.toString().includes('json') ? res.json() : null, raw: res.rawPayload, headers: res.headers };
};
const created = async (who: Who, url: string, payload: object): Promise<string> => {
  const res = await call(who, 'POST', url, payload);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
};
const view = async (who: Who = w.admin, query = ''): Promise<FundedProjectView> => {
  const res = await call(who, 'GET', `/api/funded-projects/${projectId}${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
};
const indicator = (v: FundedProjectView, id: string) => [...v.indicators, ...v.activities.flatMap((a) => a.indicators)].find((i) => i.id === id)!;

async function pdfText(bytes: Buffer): Promise<string> {
  const file = path.join(dir, `report-${Math.random().toString(36).slice(2)}.pdf`);
  fs.writeFileSync(file, bytes);
  return (await run('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], { maxBuffer: 32 * 1024 * 1024 })).stdout;
}

/** Pipeline moves, lectures with attendance and internships straight into the database, at known days. */
async function recordActivity(): Promise<void> {
  const interns = await addInterns(t, w, 4);
  await runAsSystem(async () => {
    const db = t.database.db;
    const move = (i: number, from: string, to: string, at: string) => ({ applicationId: interns[i]!.applicationId, from, to, byKind: 'operator', at: new Date(at) }) as typeof pipelineTransitions.$inferInsert;
    await db.insert(pipelineTransitions).values([
      // Interviewed in June 2024 (two), one in July; one skipped straight to intern in July.
      move(0, 'lecture_attendee', 'interviewee', '2024-06-20T02:00:00Z'),
      move(1, 'lecture_attendee', 'interviewee', '2024-06-20T03:00:00Z'),
      move(2, 'lecture_attendee', 'interviewee', '2024-07-01T03:00:00Z'),
      move(3, 'interviewee', 'intern_candidate', '2024-07-02T03:00:00Z'),
      move(0, 'intern_candidate', 'intern', '2024-07-10T03:00:00Z'),
      // 23:30 on 30 June in UTC is 1 July in Japan.
      move(1, 'intern_candidate', 'intern', '2024-06-30T23:30:00Z'),
    ]);
    const [course] = await db.insert(courses).values({ programId: w.program, title: { ja: 'DX講座' }, givingOrganizationId: w.company, language: 'ja' }).returning();
    const sessions = await db
      .insert(lectureSessions)
      .values(['2024-06-15', '2024-06-16', '2024-07-20'].map((date) => ({ courseId: course!.id, programId: w.program, date, startTime: '10:00' })))
      .returning();
    const tick = (s: number, i: number, status: 'present' | 'late' | 'absent') => ({ sessionId: sessions[s]!.id, applicationId: interns[i]!.applicationId, status, method: 'staff_tick' as const, recordedAt: new Date('2024-06-15T02:00:00Z') });
    await db.insert(attendance).values([tick(0, 0, 'present'), tick(0, 1, 'late'), tick(0, 2, 'absent'), tick(1, 0, 'present'), tick(2, 3, 'present')]);
    await db.insert(internshipPlans).values([
      { programId: w.program, applicationId: interns[0]!.applicationId, companyId: w.company, startsOn: '2024-08-19', endsOn: '2024-08-30' },
      { programId: w.program, applicationId: interns[1]!.applicationId, companyId: w.company2, startsOn: '2024-08-19', endsOn: '2024-08-30' },
    ]);
  });
}

beforeAll(async () => {
  w = await programWithApplicants(t);
  funderOrg = (await call(w.admin, 'POST', '/api/organizations', buildOrganizationInput({ kind: 'funding_agency', name: { ja: '独立行政法人国際協力機構', en: 'JICA' } }))).body.id;
  expect((await call(w.admin, 'POST', `/api/programs/${w.program}/participations`, { organizationId: funderOrg, role: 'funder' })).status).toBe(201);
  funder = await signInAs(t, funderOrg, 'funder', 'Funder Person');
  company = await signInAs(t, w.company, 'host_company');
  await recordActivity();
});

describe('setting a project up', () => {
  it('names each refused field, and takes only the program’s funder', async () => {
    const res = await call(w.admin, 'POST', `/api/programs/${w.program}/funded-projects`, { funderId: w.company, name: { ja: 'x' }, startsOn: '2024-04-01', endsOn: '2024-03-31', budgetYen: 1 });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['endsOn', 'funderId']);
    const bad = await call(w.admin, 'POST', `/api/programs/${w.program}/funded-projects`, { funderId: funderOrg, name: {}, startsOn: '2024-13-01', endsOn: '2024-03-31', budgetYen: -1 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { field: string }) => f.field)).toEqual(expect.arrayContaining(['name', 'startsOn', 'budgetYen']));
  });

  it('creates the project, its activities, indicators and budget lines', async () => {
    projectId = await created(w.admin, `/api/programs/${w.program}/funded-projects`, { funderId: funderOrg, name: { ja: '=産業DX人材育成', en: '=DX talent' }, startsOn: '2024-04-01', endsOn: '2027-03-31', budgetYen: 60_000_000 });
    ids.a1 = await created(w.admin, `/api/funded-projects/${projectId}/activities`, { ordinal: 1, name: { ja: 'DX人材育成', en: 'DX training' } });
    ids.a3 = await created(w.admin, `/api/funded-projects/${projectId}/activities`, { ordinal: 3, name: { ja: 'インターンシップ', en: 'Internships' } });
    const dup = await call(w.admin, 'POST', `/api/funded-projects/${projectId}/activities`, { ordinal: 1, name: { ja: '重複' } });
    expect(dup.status).toBe(409);
    expect(dup.body.error.fields[0]).toMatchObject({ field: 'ordinal' });
    const add = (body: object) => created(w.admin, `/api/funded-projects/${projectId}/indicators`, { baseline: 0, ...body });
    ids.sessions = await add({ activityId: ids.a1, ordinal: 1, name: { ja: '講義回数' }, unit: 'sessions', metric: 'lectureSessions', target: 10 });
    ids.attendees = await add({ activityId: ids.a1, ordinal: 2, name: { ja: '受講者数' }, unit: 'people', metric: 'lectureAttendees', target: 4 });
    ids.hours = await add({ activityId: ids.a1, ordinal: 3, name: { ja: '寄付講座の時間' }, unit: 'hours', metric: null, target: 100 });
    ids.interviewees = await add({ activityId: ids.a3, ordinal: 4, name: { ja: '面接者数' }, unit: 'people', metric: 'interviewees', target: 8 });
    ids.interns = await add({ activityId: ids.a3, ordinal: 5, name: { ja: 'インターン生数' }, unit: 'people', metric: 'interns', target: 8 });
    ids.hosts = await add({ activityId: ids.a3, ordinal: 6, name: { ja: '受入企業数' }, unit: 'companies', metric: 'hostCompanies', target: 4 });
    ids.ready = await add({ activityId: null, ordinal: 7, name: { ja: '受入準備の整った企業の割合' }, unit: 'percent', metric: null, baseline: 20, target: 60 });
    const foreignActivity = await call(w.admin, 'POST', `/api/funded-projects/${projectId}/indicators`, { activityId: projectId, ordinal: 9, name: { ja: 'x' }, unit: 'count', metric: null, baseline: 0, target: 1 });
    expect(foreignActivity.body.error.fields).toEqual([expect.objectContaining({ field: 'activityId', code: 'fundedProject.notInProject' })]);
    ids.travel = await created(w.admin, `/api/funded-projects/${projectId}/budget-lines`, { ordinal: 1, name: { ja: '旅費', en: '=SUM(A1:A2)' }, category: 'travel', plannedYen: 2_000_000, inKind: false });
    ids.lectures = await created(w.admin, `/api/funded-projects/${projectId}/budget-lines`, { ordinal: 2, name: { ja: '寄付講座（講師の時間）' }, category: 'training', plannedYen: 900_000, inKind: true });
  });
});

describe('figures', () => {
  it('enters actuals with evidence for entered indicators only, inside the project', async () => {
    const url = `/api/project-indicators/${ids.hours}/actuals`;
    const noEvidence = await call(w.admin, 'POST', url, { periodStart: '2024-06-01', periodEnd: '2024-06-30', value: 30, evidence: '  ' });
    expect(noEvidence.body.error.fields).toEqual([expect.objectContaining({ field: 'evidence' })]);
    expect((await call(w.admin, 'POST', url, { periodStart: '2024-03-01', periodEnd: '2024-03-31', value: 1, evidence: 'x' })).body.error.fields[0]).toMatchObject({ field: 'periodStart', code: 'fundedProject.outsideProject' });
    expect((await call(w.admin, 'POST', `/api/project-indicators/${ids.sessions}/actuals`, { periodStart: '2024-06-01', periodEnd: '2024-06-30', value: 1, evidence: 'x' })).body.error.fields[0]).toMatchObject({ field: 'value', code: 'fundedProject.computedIndicator' });
    ids.june = await created(w.admin, url, { periodStart: '2024-06-01', periodEnd: '2024-06-30', value: 30, evidence: 'Lecture log June (MOJC sign-in sheets)' });
    await created(w.admin, url, { periodStart: '2024-07-01', periodEnd: '2024-07-31', value: 12, evidence: 'Lecture log July' });
    expect((await call(w.admin, 'POST', url, { periodStart: '2024-06-01', periodEnd: '2024-06-30', value: 5, evidence: 'again' })).status).toBe(409);
    await created(w.admin, `/api/project-indicators/${ids.ready}/actuals`, { periodStart: '2024-06-01', periodEnd: '2024-06-30', value: 30, evidence: 'Readiness survey' });
    await created(w.admin, `/api/project-indicators/${ids.ready}/actuals`, { periodStart: '2024-09-01', periodEnd: '2024-09-30', value: 45, evidence: 'Readiness survey 2' });
  });

  it('books expenses against the lines, refusing what the rules refuse', async () => {
    const url = `/api/funded-projects/${projectId}/expenses`;
    const refused = await call(w.admin, 'POST', url, { budgetLineId: ids.travel, spentOn: '2027-04-01', amountYen: -5, description: 'x', contributorId: w.company });
    expect(refused.body.error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['amountYen', 'contributorId', 'spentOn']);
    expect((await call(w.admin, 'POST', url, { budgetLineId: ids.lectures, spentOn: '2024-06-15', amountYen: 5, description: 'x', contributorId: null })).body.error.fields[0]).toMatchObject({ code: 'fundedProject.contributorRequired' });
    ids.flight = await created(w.admin, url, { budgetLineId: ids.travel, spentOn: '2024-06-10', amountYen: 480_000, description: '=HYPERLINK("x") flights', contributorId: null });
    await created(w.admin, url, { budgetLineId: ids.travel, spentOn: '2025-05-10', amountYen: 100_000, description: 'Later trip', contributorId: null });
    await created(w.admin, url, { budgetLineId: ids.lectures, spentOn: '2024-06-16', amountYen: 300_000, description: 'Donated lecture hours', contributorId: w.company });
  });

  it('edits with the version seen; a stale version answers 409; deletes are versioned too', async () => {
    const before = await view();
    const version = before.expenses.find((e) => e.id === ids.flight)!.version;
    expect((await call(w.admin, 'PATCH', `/api/project-expenses/${ids.flight}`, { version, amountYen: 500_000 })).status).toBe(200);
    const stale = await call(w.admin, 'PATCH', `/api/project-expenses/${ids.flight}`, { version, amountYen: 1 });
    expect(stale.status).toBe(409);
    expect((await call(w.admin, 'PATCH', `/api/funded-projects/${projectId}`, { version: before.version, endsOn: '2024-01-01' })).body.error.fields[0]).toMatchObject({ field: 'endsOn' });
    const extra = await created(w.admin, `/api/funded-projects/${projectId}/activities`, { ordinal: 9, name: { ja: '削除する' } });
    expect((await call(w.admin, 'DELETE', `/api/project-activities/${extra}?version=2`)).status).toBe(409);
    expect((await call(w.admin, 'DELETE', `/api/project-activities/${extra}?version=1`)).status).toBe(204);
    const events = await runAsSystem(() => listAuditEvents(t.database.db, 'project_expense', ids.flight!));
    expect(events.map((e) => e.action)).toEqual(['update', 'create']);
  });

  it('counts the computed indicators from the records, and sums or takes the latest entered actual', async () => {
    const june = await view(w.admin, '?from=2024-06-01&to=2024-06-30');
    expect(indicator(june, ids.sessions!).actual).toBe(2);
    expect(indicator(june, ids.attendees!).actual).toBe(2);
    expect(indicator(june, ids.interviewees!).actual).toBe(2);
    expect(indicator(june, ids.interns!).actual).toBe(0);
    expect(indicator(june, ids.hours!).actual).toBe(30);
    const summer = await view(w.admin, '?from=2024-06-01&to=2024-09-30');
    expect(indicator(summer, ids.sessions!)).toMatchObject({ actual: 3, progressPercent: 30 });
    expect(indicator(summer, ids.attendees!).actual).toBe(3);
    // The fourth intern skipped the interview status: still counted as interviewed.
    expect(indicator(summer, ids.interviewees!).actual).toBe(4);
    expect(indicator(summer, ids.interns!).actual).toBe(2);
    expect(indicator(summer, ids.hosts!).actual).toBe(2);
    expect(indicator(summer, ids.hours!)).toMatchObject({ actual: 42, progressPercent: 42 });
    expect(indicator(summer, ids.ready!)).toMatchObject({ actual: 45, progressPercent: 62.5 });
    expect(summer.budget.lines[0]).toMatchObject({ spentYen: 500_000, remainingYen: 1_500_000, percentUsed: 25 });
    expect(summer.budget.inKind).toMatchObject({ inKindYen: 300_000 });
    expect(summer.budget.budgetRemainingYen).toBe(59_500_000);
    const whole = await view();
    expect(whole.period).toEqual({ from: '2024-04-01', to: '2027-03-31' });
    expect(whole.budget.cash.spentYen).toBe(600_000);
    expect((await call(w.admin, 'GET', `/api/funded-projects/${projectId}?from=2030-01-01&to=2030-02-01`)).body.error.fields[0]).toMatchObject({ field: 'from' });
  });
});

describe('the report files', () => {
  const download = (who: Who, format: string, query = '&from=2024-04-01&to=2025-03-31') => call(who, 'GET', `/api/funded-projects/${projectId}/report?format=${format}${query}`);

  it('XLSX: four sheets, figures as numbers, texts that look like formulas kept as text', async () => {
    const res = await download(w.admin, 'xlsx', '&from=2024-04-01&to=2025-03-31&language=ja');
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toContain('.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.raw as never);
    expect(book.worksheets.map((s) => s.name)).toEqual(['概要', '指標', '予算', '支出']);
    const summary = book.getWorksheet('概要')!;
    expect(summary.getRow(1).getCell(2).value).toBe("'=産業DX人材育成");
    expect(summary.getRow(5).getCell(2).value).toBe(60_000_000);
    const rows = book.getWorksheet('指標')!.getSheetValues().filter(Boolean) as unknown[][];
    const hours = rows.find((r) => r.includes('寄付講座の時間'))!;
    expect(hours.slice(5)).toEqual([0, 100, 42, 42]);
    const expenses = book.getWorksheet('支出')!.getSheetValues().filter(Boolean) as unknown[][];
    expect(expenses.some((r) => r.includes(`'=HYPERLINK("x") flights`))).toBe(true);
    for (const sheet of book.worksheets) sheet.eachRow((row) => row.eachCell((cell) => expect(cell.formula).toBeUndefined()));
    const events = await runAsSystem(() => listAuditEvents(t.database.db, 'funded_project', projectId));
    expect(events[0]).toMatchObject({ action: 'read_sensitive', fields: ['report.xlsx'] });
  });

  it('PDF in Japanese: headings, the project, dates with the Reiwa year, yen with separators', async () => {
    const res = await download(w.admin, 'pdf');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(res.raw as Buffer);
    for (const expected of ['助成事業 実績報告書', '1. 概要', '2. 活動と指標', '3. 予算と執行状況', '4. 当期の支出', '産業DX人材育成', '独立行政法人国際協力機構', '令和6年', '60,000,000円', '500,000円', '寄付講座の時間', '面接者数']) expect(text).toContain(expected);
    expect(text).not.toMatch(/INTERN 00/);
  });

  it('CSV: the indicators and budget lines, formula-safe, with a BOM', async () => {
    const res = await download(w.admin, 'csv');
    const text = (res.raw as Buffer).toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain("'=SUM(A1:A2)");
    expect(text).toContain('Lecture sessions');
  });
});

describe('who may', () => {
  it('a funder reads the same aggregates, no person named, and cannot write', async () => {
    const mine = await view(funder, '?from=2024-06-01&to=2024-09-30');
    const operators = await view(w.admin, '?from=2024-06-01&to=2024-09-30');
    expect(mine.canEdit).toBe(false);
    expect(operators.canEdit).toBe(true);
    expect({ ...mine, canEdit: true }).toEqual(operators);
    expect(JSON.stringify(mine)).not.toMatch(/INTERN|Intern \d|Дадлагажигч|Funder Person|Test Person/);
    expect((await call(funder, 'GET', `/api/funded-projects/${projectId}/report?format=pdf`)).status).toBe(200);
    expect((await call(funder, 'GET', `/api/programs/${w.program}/funded-projects`)).body as FundedProjectList).toMatchObject({ canEdit: false, items: [expect.objectContaining({ id: projectId })] });
    expect((await call(funder, 'POST', `/api/project-indicators/${ids.hours}/actuals`, { periodStart: '2024-08-01', periodEnd: '2024-08-31', value: 1, evidence: 'x' })).status).toBe(403);
    expect((await call(funder, 'PATCH', `/api/funded-projects/${projectId}`, { version: 1, budgetYen: 1 })).status).toBe(403);
  });

  it('a host company of the program gets 403, another operator 404', async () => {
    expect((await call(company, 'GET', `/api/funded-projects/${projectId}`)).status).toBe(403);
    expect((await call(company, 'GET', `/api/funded-projects/${projectId}/report?format=xlsx`)).status).toBe(403);
    const other = await programWithApplicants(t);
    expect((await call(other.admin, 'GET', `/api/funded-projects/${projectId}`)).status).toBe(404);
  });
});
