// A program's dashboards on the API (issue 9 items 1–3, 5): a pipeline of 70 applicants on
// the Nagaoka/Hitachi shape (57 lecture attendees, 44 interviewees, 9 interns, 2 hires) counted
// by the furthest status each application reached (kept by the database, migration 0018), by
// college and company, with the time in each stage and retention at 12 months; the operator's
// earlier year from its own report (57 → 44 → 9 → 2); the population series; regions compared
// only with operators that publish; downloads in the reader's language, formula-safe; a funder
// reads aggregates with no student in them; a host company is refused.
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PopulationSeries, ProgramFunnel, ProgramYears, RegionComparison } from '../../contracts/reports.ts';
import type { PipelineStatus } from '../../domain/pipeline/pipeline-status.ts';
import { buildOrganizationInput, buildProgramInput } from '../../../test/support/factories.ts';
import { createPerson, injectAs, programWithApplicants, signInAs, signInAsNewOperator, type SignedIn } from '../../../test/support/people.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { runAsSystem } from '../db/actor-scope.ts';
import { employments, fairInterviews, hiringApplications, internshipPlans, interviewFairs, jobOffers, organizations, pipelineTransitions, studentApplications } from '../db/schema/index.ts';

const clock = new Date('2026-06-01T03:00:00Z');
const t = useTestApp({ now: () => clock });
let w: Awaited<ReturnType<typeof programWithApplicants>>;
let staff: SignedIn;
let funder: SignedIn;
let hr: SignedIn;
let earlier: string;
const appIds: { id: string; status: PipelineStatus }[] = [];

const call = async (who: SignedIn, method: 'GET' | 'PUT' | 'PATCH', url: string, payload?: object, headers: Record<string, string> = {}) => {
  const res = await injectAs(t.app, who)({ method, url, headers, ...(payload ? { payload } : {}) });
  return { status: res.statusCode, body: res.headers['content-type']?.toString().includes('json') ? res.json() : null, raw: res.rawPayload, text: res.body, headers: res.headers };
};
const day = (n: number) => new Date(Date.UTC(2025, 3, 1) + n * 86_400_000);

/**
 * 70 applications: 13 stop at applied, 13 at the lectures, 35 at the interview (5 of them
 * withdrew afterwards), 7 interns and 2 hires; college A has the first 40. Each move is dated:
 * lectures 10 days after applying, the interview 2 days later, the internship 60 days later.
 */
async function pipeline(): Promise<void> {
  const plan: [PipelineStatus, number][] = [['applied', 13], ['lecture_attendee', 13], ['interviewee', 35], ['intern', 7], ['hired', 2]];
  await runAsSystem(async () => {
    const db = t.database.db;
    let i = 0;
    for (const [furthest, n] of plan) {
      for (let k = 0; k < n; k++, i++) {
        const { userId } = await createPerson(db, t.hasher, w.college, 'student', `Student ${i}`);
        const [app] = await db
          .insert(studentApplications)
          .values({ programId: w.program, userId, collegeId: i < 40 ? w.college : w.otherCollege, nameLatin: `SECRET STUDENT ${i}`, nameCyrillic: `Нууц ${i}`, nameKatakana: `ヒミツ${i}`, department: 'Mechatronics', graduationYear: 2026, jlptLevel: 'N3', createdAt: day(0) })
          .returning({ id: studentApplications.id });
        const chain: [PipelineStatus, number][] = [['lecture_attendee', 10], ['interviewee', 12], ['intern', 72], ['offered', 150], ['hired', 160]];
        let from: PipelineStatus = 'applied';
        for (const [status, at] of chain) {
          if (chain.findIndex((c) => c[0] === status) > chain.findIndex((c) => c[0] === furthest)) break;
          await db.insert(pipelineTransitions).values({ applicationId: app!.id, from, to: status, byKind: 'operator', at: day(at) });
          await db.update(studentApplications).set({ status }).where(eq(studentApplications.id, app!.id));
          from = status;
        }
        appIds.push({ id: app!.id, status: furthest });
      }
    }
    // Five interviewees withdrew later: they still count as interviewees.
    for (const a of appIds.filter((a) => a.status === 'interviewee').slice(0, 5)) {
      await db.update(studentApplications).set({ status: 'withdrawn' }).where(eq(studentApplications.id, a.id));
    }
  });
}

/** The companies' side: 44 interviews at the fair (30 with company A), 9 internships, 2 offers, 2 hires (one left before a year). */
async function companies(): Promise<void> {
  await runAsSystem(async () => {
    const db = t.database.db;
    const [fair] = await db.insert(interviewFairs).values({ programId: w.program, title: { ja: '面接会' }, days: [{ date: '2025-06-15', start: '09:00', end: '17:00' }], rubric: [] }).returning({ id: interviewFairs.id });
    const interviewed = appIds.filter((a) => ['interviewee', 'intern', 'hired'].includes(a.status));
    for (const [k, a] of interviewed.entries()) {
      await db.insert(fairInterviews).values({ fairId: fair!.id, programId: w.program, applicationId: a.id, organizationId: k < 30 ? w.company : w.company2, status: 'approved', requestedBy: 'operator' });
    }
    const interns = appIds.filter((a) => a.status === 'intern' || a.status === 'hired');
    for (const [k, a] of interns.entries()) {
      await db.insert(internshipPlans).values({ programId: w.program, applicationId: a.id, companyId: k % 2 === 0 ? w.company : w.company2, startsOn: '2025-08-19', endsOn: '2025-08-30' });
    }
    for (const [k, a] of appIds.filter((a) => a.status === 'hired').entries()) {
      const [application] = await db.insert(hiringApplications).values({ programId: w.program, applicationId: a.id, companyId: w.company, outcome: 'offered' }).returning();
      const [offer] = await db.insert(jobOffers).values({ programId: w.program, hiringApplicationId: application!.id, position: 'Engineer', monthlySalaryYen: 220_000, startsOn: '2025-04-01', issuedOn: '2024-12-01', expiresOn: '2024-12-31', status: 'accepted' }).returning();
      const left = k === 1 ? { retention: 'leftJapan' as const, retentionChangedOn: '2025-12-01' } : {};
      await db.insert(employments).values({ programId: w.program, applicationId: a.id, companyId: w.company, offerId: offer!.id, startsOn: '2025-04-01', ...left });
    }
  });
}

beforeAll(async () => {
  w = await programWithApplicants(t);
  staff = await signInAs(t, w.operatorId, 'operator_staff');
  hr = await signInAs(t, w.company, 'host_company');
  const agency = await w.as({ method: 'POST', url: '/api/organizations', payload: buildOrganizationInput({ kind: 'funding_agency', name: { ja: '国際協力機構', en: 'JICA' } }) });
  const agencyId = (agency.json() as { id: string }).id;
  expect((await w.as({ method: 'POST', url: `/api/programs/${w.program}/participations`, payload: { organizationId: agencyId, role: 'funder' } })).statusCode).toBe(201);
  funder = await signInAs(t, agencyId, 'funder');
  const fy2024 = await w.as({ method: 'POST', url: '/api/programs', payload: buildProgramInput(w.operatorId, { fiscalYear: 2024, reportedFigures: { lectureParticipants: 57, interviewees: 44, interns: 9, offers: 2, hires: 2 } }) });
  expect(fy2024.statusCode, fy2024.body).toBe(201);
  earlier = (fy2024.json() as { id: string }).id;
  await pipeline();
  await companies();
}, 180_000);

describe('the funnel', () => {
  let funnel: ProgramFunnel;
  beforeAll(async () => {
    const res = await call(staff, 'GET', `/api/programs/${w.program}/reports/funnel`);
    expect(res.status, res.text).toBe(200);
    funnel = res.body;
  });

  it('counts every student up to the furthest stage reached, withdrawn ones included', () => {
    expect(funnel.source).toBe('recorded');
    expect(funnel.asOf).toBe('2026-06-01');
    expect(funnel.steps.map((s) => [s.stage, s.count])).toEqual([
      ['applicants', 70],
      ['lectureAttendees', 57],
      ['interviewees', 44],
      ['interns', 9],
      ['offers', 2],
      ['hires', 2],
      ['retained12Months', 1],
    ]);
    expect(funnel.steps[2]!.conversion).toBeCloseTo(44 / 57);
  });

  it('breaks the funnel down by college and company', () => {
    const byCollege = new Map(funnel.byCollege.map((c) => [c.organization.id, c.steps.map((s) => s.count)]));
    expect(byCollege.get(w.college)!.slice(0, 6)).toEqual([40, 27, 14, 0, 0, 0]);
    expect(byCollege.get(w.otherCollege)!.slice(0, 6)).toEqual([30, 30, 30, 9, 2, 2]);
    const byCompany = new Map(funnel.byCompany.map((c) => [c.organization.id, c.counts]));
    expect(byCompany.get(w.company)).toMatchObject({ interviewees: 30, interns: 5, offers: 2, hires: 2, retained12Months: 1 });
    expect(byCompany.get(w.company2)).toMatchObject({ interviewees: 14, interns: 4, offers: 0, hires: 0, retained12Months: null });
  });

  it('gives the median days in each stage of those who went on', () => {
    expect(funnel.stageTimes.map((s) => [s.stage, s.medianDays, s.students])).toEqual([
      ['applicants', 10, 57],
      ['lectureAttendees', 2, 44],
      ['interviewees', 60, 9],
      ['interns', 78, 2],
      ['offers', 10, 2],
    ]);
  });

  it('is read by the funder with no student in it, refused to a host company and hidden from another operator', async () => {
    const read = await call(funder, 'GET', `/api/programs/${w.program}/reports/funnel`);
    expect(read.status).toBe(200);
    expect(read.text).not.toMatch(/SECRET|Нууц|ヒミツ/);
    for (const a of appIds.slice(0, 5)) expect(read.text).not.toContain(a.id);
    expect((await call(hr, 'GET', `/api/programs/${w.program}/reports/funnel`)).status).toBe(403);
    const other = await signInAsNewOperator(t);
    expect((await call(other, 'GET', `/api/programs/${w.program}/reports/funnel`)).status).toBe(404);
  });

  it('keeps the furthest status in the database: a withdrawal keeps it, a correction lowers it', async () => {
    const [intern] = appIds.filter((a) => a.status === 'intern');
    const furthest = async () => runAsSystem(async () => (await t.database.db.select({ f: studentApplications.furthestStatus }).from(studentApplications).where(eq(studentApplications.id, intern!.id)))[0]!.f);
    await runAsSystem(async () => t.database.db.update(studentApplications).set({ status: 'interviewee' }).where(eq(studentApplications.id, intern!.id)));
    expect(await furthest()).toBe('interviewee');
    await runAsSystem(async () => t.database.db.update(studentApplications).set({ status: 'intern' }).where(eq(studentApplications.id, intern!.id)));
    await runAsSystem(async () => t.database.db.update(studentApplications).set({ status: 'declined' }).where(eq(studentApplications.id, intern!.id)));
    expect(await furthest()).toBe('intern');
  });
});

describe('across years', () => {
  it('shows the earlier year from the operator’s own report beside this one, with the population', async () => {
    const population = (await call(staff, 'GET', `/api/organizations/${w.operatorId}/population`)).body as PopulationSeries;
    expect(population.items).toEqual([]);
    const saved = await call(staff, 'PUT', `/api/organizations/${w.operatorId}/population`, {
      revision: population.revision,
      items: [
        { year: 2020, workingAge: 100_611, forecast: false, source: '国勢調査' },
        { year: 2050, workingAge: 46_809, forecast: true, source: '推計' },
      ],
    });
    expect(saved.status, saved.text).toBe(200);
    const years = (await call(staff, 'GET', `/api/programs/${w.program}/reports/years`)).body as ProgramYears;
    expect(years.years.map((y) => [y.fiscalYear, y.source, y.current])).toEqual([
      [2024, 'reported', false],
      [2025, 'recorded', true],
    ]);
    const fy2024 = years.years[0]!.counts;
    expect([fy2024.lectureAttendees, fy2024.interviewees, fy2024.interns, fy2024.hires]).toEqual([57, 44, 9, 2]);
    expect(fy2024.applicants).toBeNull();
    expect(years.population.map((p) => [p.year, p.workingAge, p.forecast])).toEqual([
      [2020, 100_611, false],
      [2050, 46_809, true],
    ]);
    // A record added to a year run before Kakehashi does not replace its own report.
    await runAsSystem(async () => {
      const { userId } = await createPerson(t.database.db, t.hasher, w.college, 'student', 'Late student');
      await t.database.db.insert(studentApplications).values({ programId: earlier, userId, collegeId: w.college, nameLatin: 'LATE SECRET', nameCyrillic: 'Хожуу', nameKatakana: 'オソイ', department: 'IT', graduationYear: 2026, jlptLevel: 'N3' });
    });
    const reported = (await call(staff, 'GET', `/api/programs/${earlier}/reports/funnel`)).body as ProgramFunnel;
    expect(reported.source).toBe('reported');
    expect(reported.steps.filter((s) => s.count !== null).map((s) => s.count)).toEqual([57, 44, 9, 2, 2]);
    const again = (await call(staff, 'GET', `/api/programs/${w.program}/reports/years`)).body as ProgramYears;
    expect(again.years[0]!.source).toBe('reported');
  });

  it('shows a funder only the programs it funds', async () => {
    const years = (await call(funder, 'GET', `/api/programs/${w.program}/reports/years`)).body as ProgramYears;
    expect(years.years.map((y) => y.fiscalYear)).toEqual([2025]);
    expect((await call(funder, 'GET', `/api/programs/${earlier}/reports/years`)).status).toBe(404);
  });

  it('refuses a stale or repeated series and changes nothing', async () => {
    const before = (await call(staff, 'GET', `/api/organizations/${w.operatorId}/population`)).body as PopulationSeries;
    const stale = await call(staff, 'PUT', `/api/organizations/${w.operatorId}/population`, { revision: '0:0', items: [] });
    expect(stale.status).toBe(409);
    const repeated = await call(staff, 'PUT', `/api/organizations/${w.operatorId}/population`, { revision: before.revision, items: [{ year: 2020, workingAge: 1, forecast: false, source: '' }, { year: 2020, workingAge: 2, forecast: false, source: '' }] });
    expect(repeated.status).toBe(400);
    expect(repeated.body.error.fields).toMatchObject([{ field: 'items.1.year', code: 'population.yearRepeated' }]);
    const negative = await call(staff, 'PUT', `/api/organizations/${w.operatorId}/population`, { revision: before.revision, items: [{ year: 2020, workingAge: -1, forecast: false, source: '' }] });
    expect(negative.status).toBe(400);
    expect((await call(staff, 'GET', `/api/organizations/${w.operatorId}/population`)).body).toEqual(before);
    expect((await call(hr, 'PUT', `/api/organizations/${w.operatorId}/population`, { revision: before.revision, items: [] })).status).toBe(404);
  });
});

describe('regions compared', () => {
  it('adds another operator only once it publishes, and only its sums per year', async () => {
    const other = await programWithApplicants(t);
    await runAsSystem(async () => {
      const { userId } = await createPerson(t.database.db, t.hasher, other.college, 'student', 'Other student');
      await t.database.db.insert(studentApplications).values({ programId: other.program, userId, collegeId: other.college, nameLatin: 'OTHER SECRET', nameCyrillic: 'Бусад', nameKatakana: 'ホカ', department: 'IT', graduationYear: 2026, jlptLevel: 'N2', status: 'interviewee' });
    });
    const before = (await call(staff, 'GET', `/api/programs/${w.program}/reports/regions`)).body as RegionComparison;
    expect(before.regions.map((r) => r.operator.id)).not.toContain(other.operatorId);
    const sharing = await other.as({ method: 'GET', url: `/api/organizations/${other.operatorId}/report-sharing` });
    const published = await other.as({ method: 'PATCH', url: `/api/organizations/${other.operatorId}/report-sharing`, payload: { publishesAggregates: true, version: sharing.json().version } });
    expect(published.statusCode, published.body).toBe(200);
    const stale = await other.as({ method: 'PATCH', url: `/api/organizations/${other.operatorId}/report-sharing`, payload: { publishesAggregates: false, version: sharing.json().version } });
    expect(stale.statusCode).toBe(409);
    const after = await call(staff, 'GET', `/api/programs/${w.program}/reports/regions`);
    const theirs = (after.body as RegionComparison).regions.find((r) => r.operator.id === other.operatorId)!;
    expect(theirs).toMatchObject({ own: false, published: true, years: [{ fiscalYear: 2025, counts: { applicants: 1, interviewees: 1, interns: 0 } }] });
    expect(after.text).not.toMatch(/SECRET|Нууц|ヒミツ/);
    const mine = (after.body as RegionComparison).regions.find((r) => r.own)!;
    expect(mine.years.map((y) => y.fiscalYear)).toEqual([2024, 2025]);
    expect(mine.published).toBe(false);
  });

  it('lets only an operator publish', async () => {
    const company = await runAsSystem(async () => (await t.database.db.select({ version: organizations.version }).from(organizations).where(eq(organizations.id, w.company)))[0]!);
    const res = await call(hr, 'PATCH', `/api/organizations/${w.company}/report-sharing`, { publishesAggregates: true, version: company.version });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toMatchObject([{ code: 'reports.notOperator' }]);
  });
});

describe('downloads', () => {
  it('gives every table as XLSX in the reader’s language', async () => {
    const res = await call(funder, 'GET', `/api/programs/${w.program}/reports/export?format=xlsx&language=ja`);
    expect(res.status, res.text).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.raw as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['ファネル', '高専別', '企業別', '各段階の所要日数', '年度比較']);
    const funnel = book.getWorksheet('ファネル')!;
    expect(funnel.getRow(1).values).toEqual([undefined, '段階', '人数', '前段階からの割合（%）']);
    expect(funnel.getRow(2).values).toEqual([undefined, '応募者', 70]);
    expect(funnel.getRow(4).values).toEqual([undefined, '面接参加者', 44, 77.2]);
    // The funder's years are those of the programs it funds.
    const years = book.getWorksheet('年度比較')!;
    expect(years.rowCount).toBe(2);
    expect(years.getRow(2).values).toEqual(expect.arrayContaining([2025, '記録から集計', 70, 57, 44, 9, 2]));
    const text = JSON.stringify(book.worksheets.map((s) => s.getSheetValues()));
    expect(text).not.toMatch(/SECRET|Нууц|ヒミツ/);
  });

  it('gives one table as CSV, formulas neutralised', async () => {
    await runAsSystem(async () => t.database.db.update(organizations).set({ name: { ja: '=HYPERLINK("http://evil")', en: '=HYPERLINK("http://evil")' } }).where(eq(organizations.id, w.college)));
    const res = await call(staff, 'GET', `/api/programs/${w.program}/reports/export?format=csv&table=colleges&language=en`);
    expect(res.status).toBe(200);
    expect(res.text.charCodeAt(0)).toBe(0xfeff);
    const lines = res.text.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('College,Applicants,Lecture attendees,Interviewees,Interns,Offers,Hires');
    expect(lines).toContain(`"'=HYPERLINK(""http://evil"")",40,27,14,0,0,0`);
    expect(res.headers['content-disposition']).toContain('colleges.csv');
  });

  it('is refused to a host company', async () => {
    expect((await call(hr, 'GET', `/api/programs/${w.program}/reports/export?format=csv`)).status).toBe(403);
  });
});
