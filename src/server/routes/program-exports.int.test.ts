// The recruitment lists' downloads: a fair's timetable, a matching round's result, the lecture
// attendance and the interns. Each holds the rows its list route gives the same reader (the
// operators everything, a company or college theirs, a student their own), refuses whom the list
// refuses, heads its columns in the asked language, and writes no cell Excel would run.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPhaseInput } from '../../../test/support/factories.ts';
import { addInterns } from '../../../test/support/housing.ts';
import { injectCaller, lectureSeriesWithAttendance } from '../../../test/support/lectures.ts';
import { applyAs, giveConsent, injectAs, programWithApplicants, signInAs, signInAsNewOperator, type SignedIn } from '../../../test/support/people.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { translate } from '../i18n/server-i18n.ts';
import { csvRows, xlsxRows } from '../../../test/support/table-files.ts';

const t = useTestApp();
let w: Awaited<ReturnType<typeof programWithApplicants>>;
let staff: SignedIn;
let hr: SignedIn;
let hr2: SignedIn;
let coordinator: SignedIn;
const students: SignedIn[] = [];
const apps: string[] = [];
let fairId = '';
let roundId = '';

const FORMULA = '=HYPERLINK("http://evil.example","x")';
type Json = Record<string, unknown> & { items: Record<string, unknown>[] };
const call = async (who: SignedIn, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: object) => {
  const res = await injectAs(t.app, who)({ method, url, ...(payload ? { payload } : {}) });
  return { status: res.statusCode, body: (res.headers['content-type']?.toString().includes('json') ? res.json() : null) as Json, raw: res.body, bytes: res.rawPayload, headers: res.headers };
};
const ok = async (who: SignedIn, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: object, status = 200) => {
  const res = await call(who, method, url, payload);
  expect(res.status, `${method} ${url}: ${res.raw}`).toBe(status);
  return res.body;
};
/** The download's rows (without the header) for a reader; a failed download fails the test. */
async function downloaded(who: SignedIn, listUrl: string, query = '') {
  const res = await call(who, 'GET', `${listUrl}/export?format=csv&language=en${query}`);
  expect(res.status, res.raw).toBe(200);
  return csvRows(res.bytes).slice(1);
}
const sorted = (values: unknown[]) => values.map(String).sort();

beforeAll(async () => {
  w = await programWithApplicants(t);
  staff = await signInAs(t, w.operatorId, 'operator_staff');
  hr = await signInAs(t, w.company, 'host_company');
  hr2 = await signInAs(t, w.company2, 'host_company');
  coordinator = await signInAs(t, w.college, 'college_coordinator');
  const applicants = [
    { college: w.college, name: 'BATBAYAR TSETSEG', companies: [w.company, w.company2] },
    { college: w.college, name: 'SARUUL BOLD', companies: [w.company] },
    { college: w.otherCollege, name: 'TEMUULEN ENKH', companies: [w.company2] },
  ];
  for (const a of applicants) {
    const student = await signInAs(t, a.college, 'student', a.name);
    expect((await giveConsent(t.app, student, w.program, [w.operatorId, ...a.companies])).statusCode).toBe(201);
    const res = await applyAs(t.app, student, w.program, { nameLatin: a.name, nameCyrillic: 'Бат', companiesOfInterest: a.companies });
    expect(res.statusCode, res.body).toBe(201);
    students.push(student);
    apps.push(res.json().id);
  }
  const [a, b, c] = apps as [string, string, string];
  // The fair: the first company in two rooms named by hand (a formula among them), an interpreter.
  const fair = await ok(staff, 'POST', `/api/programs/${w.program}/fairs`, { title: { ja: '面接会', en: 'Fair' }, venue: 'MOJC', days: [{ date: '2025-06-22', start: '09:00', end: '11:00' }] }, 201);
  fairId = fair.id as string;
  const withCompanies = await ok(staff, 'PUT', `/api/fairs/${fairId}/companies`, { version: fair.version, companies: [{ organizationId: w.company, rooms: 2, roomNames: [FORMULA, '=1+2'] }, { organizationId: w.company2 }] });
  const withInterpreter = await ok(staff, 'PUT', `/api/fairs/${fairId}/interpreters`, { version: withCompanies.version, interpreters: [{ name: 'Oyunaa', email: null }] });
  for (const [applicationId, organizationId, needsInterpreter] of [[a, w.company, true], [b, w.company, false], [a, w.company2, false], [c, w.company2, false]] as const) {
    await ok(staff, 'POST', `/api/fairs/${fairId}/interviews`, { applicationId, organizationId, needsInterpreter }, 201);
  }
  await ok(staff, 'POST', `/api/fairs/${fairId}/schedule`, { version: withInterpreter.version });
  const move = async (to: string) => {
    const items = await Promise.all(apps.map(async (id) => ({ id, version: (await ok(staff, 'GET', `/api/applications/${id}`)).version })));
    await ok(staff, 'POST', `/api/programs/${w.program}/applications/transitions`, { items, to });
  };
  await move('screened');
  // Lectures: two sessions and a rule of one.
  await lectureSeriesWithAttendance(injectCaller(t.app, staff), w.program, { givingOrganizationId: w.company, sessions: 2, attendance: { [a]: ['present', 'late'], [b]: ['absent', 'present'], [c]: ['present', 'present'] }, minimumSessions: 1 });
  await move('lecture_attendee');
  await move('interviewee');
  // The matching: A and B rank the first company, C the second; B is taken out by hand.
  const round = await ok(staff, 'POST', `/api/programs/${w.program}/matchings`, { title: { ja: '選考', en: 'Selection' }, listsDeadline: '2099-01-01T00:00:00Z' }, 201);
  roundId = round.id as string;
  const lists = [
    [{ kind: 'student', applicationId: a }, [w.company, w.company2]],
    [{ kind: 'student', applicationId: b }, [w.company]],
    [{ kind: 'student', applicationId: c }, [w.company2]],
    [{ kind: 'company', organizationId: w.company }, [a, b]],
    [{ kind: 'company', organizationId: w.company2 }, [a, c]],
  ] as const;
  for (const [owner, ranking] of lists) await ok(staff, 'PUT', `/api/matchings/${roundId}/lists`, { owner, ranking, version: null });
  const version = async () => (await ok(staff, 'GET', `/api/matchings/${roundId}`)).version;
  await ok(staff, 'PATCH', `/api/matchings/${roundId}`, { version: await version(), listsDeadline: '2020-01-01T00:00:00Z' });
  await ok(staff, 'POST', `/api/matchings/${roundId}/run`, { version: await version() });
  await ok(staff, 'POST', `/api/matchings/${roundId}/overrides`, { version: await version(), applicationId: b, organizationId: null, reason: '=1+2 health check' });
  await ok(staff, 'POST', `/api/matchings/${roundId}/publish`, { version: await version() });
  // The internship: two interns placed straight in the database (freezing the round above would
  // take its students out of its result), their plans, a mentor typed as a formula.
  const interns = await addInterns(t, w, 2);
  await ok(w.admin, 'POST', `/api/programs/${w.program}/phases`, buildPhaseInput(), 201);
  const overview = await ok(staff, 'POST', `/api/programs/${w.program}/internship/plans`);
  const planId = overview.items.find((i) => i.applicationId === interns[0]!.applicationId)!.planId as string;
  const plan = await ok(hr, 'GET', `/api/internship-plans/${planId}`);
  await ok(hr, 'PATCH', `/api/internship-plans/${planId}`, { version: plan.version, mentorName: FORMULA });
}, 180_000);

describe("a fair's timetable", () => {
  const list = () => `/api/fairs/${fairId}/interviews`;
  const expectedNames = async (who: SignedIn, keep: (i: Record<string, unknown>) => boolean = () => true) =>
    sorted((await ok(who, 'GET', list())).items.filter((i) => i.slotId !== null && keep(i)).map((i) => (i.student as { nameLatin: string }).nameLatin));

  it('downloads as CSV with every scheduled interview in slot order, headed in English', async () => {
    const res = await call(staff, 'GET', `${list()}/export?format=csv&language=en`);
    expect(res.status, res.raw).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="Timetable \d{4}-\d{2}-\d{2}\.csv"/);
    const [header, ...rows] = csvRows(res.bytes);
    expect(header).toEqual(['Time (GMT+8)', 'Japan time (GMT+9)', 'Name (Latin, as in the passport)', 'Name (Cyrillic)', 'Name (katakana)', 'Company', 'Room', 'Interpreter']);
    expect(rows).toHaveLength(4);
    expect(sorted(rows.map((r) => r[2]))).toEqual(await expectedNames(staff));
    expect(rows.map((r) => r[0])).toEqual([...rows.map((r) => r[0]!)].sort());
    expect(rows[0]![0]).toMatch(/^2025-06-22 \d\d:\d\d–\d\d:\d\d$/);
    expect(rows.find((r) => r[2] === 'BATBAYAR TSETSEG' && r[7] !== '')?.[7]).toMatch(/^(Oyunaa|Interpreter)$/);
  });

  it('downloads as XLSX in Japanese with the same rows, the typed room names neutralised', async () => {
    const res = await call(staff, 'GET', `${list()}/export?format=xlsx&language=ja`);
    expect(res.status).toBe(200);
    const [header, ...rows] = await xlsxRows(res.bytes);
    expect(header![5]).toBe(translate('ja', 'fairs', 'interviews.company'));
    expect(sorted(rows.map((r) => r[2]))).toEqual(await expectedNames(staff));
    const rooms = rows.map((r) => r[6]).filter((r) => typeof r === 'string' && r.includes('='));
    expect(rooms.length).toBeGreaterThan(0);
    expect(rooms.every((r) => (r as string).startsWith("'="))).toBe(true);
    expect(rows.flat().some((c) => typeof c === 'object' && c !== null && 'formula' in c)).toBe(false);
  });

  it('holds only what the reader’s timetables show: a company its own, a college its students, a student theirs', async () => {
    for (const who of [hr, hr2, coordinator, students[2]!]) expect(sorted((await downloaded(who, list())).map((r) => r[2]))).toEqual(await expectedNames(who));
    expect(sorted((await downloaded(students[2]!, list())).map((r) => r[2]))).toEqual(['TEMUULEN ENKH']);
  });

  it('narrows to the timetable chosen on screen: one company, one of its rooms, one student', async () => {
    expect(sorted((await downloaded(staff, list(), `&company=${w.company2}`)).map((r) => r[2]))).toEqual(await expectedNames(staff, (i) => i.organizationId === w.company2));
    expect(sorted((await downloaded(staff, list(), `&company=${w.company}&room=1`)).map((r) => r[2]))).toEqual(await expectedNames(staff, (i) => i.organizationId === w.company && i.room === 1));
    expect(sorted((await downloaded(staff, list(), `&application=${apps[0]}`)).map((r) => r[2]))).toEqual(['BATBAYAR TSETSEG', 'BATBAYAR TSETSEG']);
  });

  it('is refused as the list is', async () => {
    const stranger = await signInAsNewOperator(t);
    expect((await call(stranger, 'GET', list())).status).toBe(404);
    expect((await call(stranger, 'GET', `${list()}/export?format=csv`)).status).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `${list()}/export?format=csv` })).statusCode).toBe(401);
  });
});

describe("a matching round's result", () => {
  const list = () => `/api/matchings/${roundId}/result`;
  const expectedNames = async (who: SignedIn) => sorted(((await ok(who, 'GET', list())).students as { student: { nameLatin: string } }[]).map((s) => s.student.nameLatin));

  it('downloads as CSV: each student placed or not, the choice, why not higher, a change by hand neutralised', async () => {
    const [header, ...rows] = csvRows((await call(staff, 'GET', `${list()}/export?format=csv&language=en`)).bytes);
    expect(header).toEqual(['Name (Latin, as in the passport)', 'Name (Cyrillic)', 'Name (katakana)', 'Placement', 'Choice no.', 'Why not a higher choice', 'Changed by hand: reason']);
    expect(sorted(rows.map((r) => r[0]))).toEqual(await expectedNames(staff));
    expect(rows.find((r) => r[0] === 'BATBAYAR TSETSEG')!.slice(4, 5)).toEqual(['1']);
    expect(rows.find((r) => r[0] === 'SARUUL BOLD')!.slice(3)).toEqual(['Not placed', '', expect.any(String), "'=1+2 health check"]);
  });

  it('downloads as XLSX in Mongolian with the same rows', async () => {
    const [header, ...rows] = await xlsxRows((await call(staff, 'GET', `${list()}/export?format=xlsx&language=mn`)).bytes);
    expect(header![3]).toBe(translate('mn', 'matching', 'result.placement'));
    expect(sorted(rows.map((r) => r[0]))).toEqual(await expectedNames(staff));
    expect(rows.find((r) => r[0] === 'BATBAYAR TSETSEG')![4]).toBe(1);
  });

  it('holds only the students the reader’s result shows', async () => {
    for (const who of [hr, hr2, coordinator, students[2]!]) expect(sorted((await downloaded(who, list())).map((r) => r[0]))).toEqual(await expectedNames(who));
    expect((await downloaded(students[2]!, list())).map((r) => r[0])).toEqual(['TEMUULEN ENKH']);
  });
});

describe("a program's lecture attendance", () => {
  const list = () => `/api/programs/${w.program}/attendance`;
  const expected = async (who: SignedIn) => (await ok(who, 'GET', list())).items.map((i) => [i.nameLatin, String(i.attended), String(i.present), String(i.late), String(i.absent)]).sort();

  it('downloads as CSV and XLSX: the sessions attended per student, whether the rule is met', async () => {
    const [header, ...rows] = csvRows((await call(staff, 'GET', `${list()}/export?format=csv&language=en`)).bytes);
    expect(header).toEqual(['Name (Latin, as in the passport)', 'Name (Cyrillic)', 'Attended', 'Present', 'Late', 'Absent', 'Interview fair']);
    expect(rows.map((r) => [r[0], r[2], r[3], r[4], r[5]]).sort()).toEqual(await expected(staff));
    expect(rows.find((r) => r[0] === 'BATBAYAR TSETSEG')!.slice(2)).toEqual(['2', '1', '1', '0', 'Eligible']);
    const [jaHeader, ...xlsx] = await xlsxRows((await call(staff, 'GET', `${list()}/export?format=xlsx&language=ja`)).bytes);
    expect(jaHeader![2]).toBe(translate('ja', 'lectures', 'totals.attended'));
    expect(xlsx.find((r) => r[0] === 'SARUUL BOLD')!.slice(2, 6)).toEqual([1, 1, 0, 1]);
  });

  it('holds only the reader’s students', async () => {
    for (const who of [coordinator, hr]) expect((await downloaded(who, list())).map((r) => [r[0], r[2], r[3], r[4], r[5]]).sort()).toEqual(await expected(who));
    const theirs = (await downloaded(coordinator, list())).map((r) => r[0]);
    expect(theirs).toEqual(expect.arrayContaining(['BATBAYAR TSETSEG', 'SARUUL BOLD']));
    expect(theirs).not.toContain('TEMUULEN ENKH');
  });
});

describe("a program's interns", () => {
  const list = () => `/api/programs/${w.program}/internship`;
  const expectedNames = async (who: SignedIn) => sorted((await ok(who, 'GET', list())).items.map((i) => (i.student as { nameLatin: string }).nameLatin));

  it('downloads as CSV and XLSX: company, mentor (neutralised), dates as date cells', async () => {
    const [header, ...rows] = csvRows((await call(staff, 'GET', `${list()}/export?format=csv&language=en`)).bytes);
    expect(header!.slice(3, 7)).toEqual(['Host company', 'Mentor', 'First day', 'Last day']);
    expect(header!.slice(-2)).toEqual(['Attendance (%)', 'Incidents']);
    expect(sorted(rows.map((r) => r[0]))).toEqual(await expectedNames(staff));
    expect(sorted(rows.map((r) => r[0]))).toEqual(['INTERN 001', 'INTERN 002']);
    expect(rows.find((r) => r[0] === 'INTERN 001')![4]).toBe(`'${FORMULA}`);
    const [, ...xlsx] = await xlsxRows((await call(staff, 'GET', `${list()}/export?format=xlsx&language=en`)).bytes);
    const intern = xlsx.find((r) => r[0] === 'INTERN 001')!;
    expect(intern[4]).toBe(`'${FORMULA}`);
    expect(intern[5]).toEqual(new Date('2025-08-19T00:00:00Z'));
  });

  it('holds only the reader’s interns: a company its own, a college its students', async () => {
    for (const who of [hr, hr2, coordinator]) expect(sorted((await downloaded(who, list())).map((r) => r[0]))).toEqual(await expectedNames(who));
    expect((await downloaded(hr2, list())).map((r) => r[0])).toEqual(['INTERN 002']);
  });
});
