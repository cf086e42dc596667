// The roster import through its route: all or nothing, idempotent by e-mail, paper consents
// recorded by the importer, new students invited (and able to set their password), every
// error named by row and column in the request's language, CSV in UTF-8 and Shift_JIS, XLSX,
// the NDJSON progress answer, the templates, and who may import.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { mailedInvitation } from '../../../test/support/invitations.ts';
import { giveConsent, injectAs, programWithApplicants, signIn, signInAs, type SignedIn } from '../../../test/support/people.ts';
import { brokenRoster, rosterCsv, rosterStudents, rosterXlsx, type RosterStudent } from '../../../test/support/student-roster-fixture.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { CURRENT_NOTICE_VERSION } from '../../domain/consent/consent.ts';
import { runAsSystem } from '../db/actor-scope.ts';

const t = useTestApp();
let w: Awaited<ReturnType<typeof programWithApplicants>>;
let coordinator: SignedIn;
let otherCoordinator: SignedIn;
let companyUser: SignedIn;
let student: SignedIn;
let otherStudent: SignedIn;

beforeAll(async () => {
  w = await programWithApplicants(t);
  coordinator = await signInAs(t, w.college, 'college_coordinator', 'Coordinator');
  otherCoordinator = await signInAs(t, w.otherCollege, 'college_coordinator', 'Other coordinator');
  companyUser = await signInAs(t, w.company, 'host_company');
  student = await signInAs(t, w.college, 'student', 'Own student');
  otherStudent = await signInAs(t, w.otherCollege, 'student', 'Other student');
}, 60_000);

const importUrl = (query = '') => `/api/programs/${w.program}/applications/import${query}`;
const upload = (who: SignedIn, file: Buffer, options: { query?: string; language?: string; accept?: string; contentType?: string } = {}) =>
  injectAs(t.app, who)({
    method: 'POST',
    url: importUrl(options.query),
    payload: file,
    headers: { 'content-type': options.contentType ?? 'application/octet-stream', 'accept-language': options.language ?? 'mn', ...(options.accept ? { accept: options.accept } : {}) },
  });

/** Counted as the system: a connection serving no request sees none of these rows. */
const count = async (sql: string, params: unknown[] = []) => Number((await runAsSystem(() => t.database.pool.query(sql, params))).rows[0].count);
const snapshot = async () => ({
  users: await count('select count(*) from users'),
  applications: await count('select count(*) from student_applications'),
  consents: await count('select count(*) from consents'),
  invitations: await count('select count(*) from invitations'),
  audit: await count('select count(*) from audit_events'),
});

type Issue = { field: string; code: string; message: string; at: { row: number; column: string; problem: string } };
const issuesOf = (body: string) => (JSON.parse(body).error.fields as Issue[]).map((f) => ({ row: f.at.row, column: f.at.column, code: f.code }));

describe('importing a roster', () => {
  let students: RosterStudent[];

  it('creates accounts, paper consents and applications for every row, in one go', async () => {
    students = rosterStudents(12, { tag: 'first' });
    const before = await snapshot();
    const res = await upload(coordinator, rosterCsv(students));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ total: 12, created: 12, updated: 0, unchanged: 0, invited: 12 });
    const after = await snapshot();
    expect(after.users - before.users).toBe(12);
    expect(after.applications - before.applications).toBe(12);
    expect(after.consents - before.consents).toBe(12);
    expect(after.invitations - before.invitations).toBe(12);

    const consent = (await runAsSystem(() => t.database.pool.query('select c.* from consents c join users u on u.id = c.user_id where u.email = $1', [students[0]!.email]))).rows[0];
    expect(consent).toMatchObject({ channel: 'college_paper_form', recorded_by_user_id: coordinator.userId, notice_version: CURRENT_NOTICE_VERSION, language: 'mn', withdrawn_at: null });
    expect([...consent.recipient_ids].sort()).toEqual([w.operatorId, w.company, w.company2].sort());
    expect(consent.given_at.toISOString().slice(0, 10)).toBe(students[0]!.consentDate);

    const list = await injectAs(t.app, coordinator)({ method: 'GET', url: `/api/programs/${w.program}/applications` });
    const mine = (list.json().items as { nameLatin: string; nameKatakana: string; status: string; collegeId: string; skills: string[] }[]).find((a) => a.nameLatin === students[0]!.nameLatin);
    expect(mine).toMatchObject({ status: 'applied', collegeId: w.college, nameKatakana: students[0]!.nameKatakana });

    // Audit: field names, never values.
    const audit = (await runAsSystem(() => t.database.pool.query("select fields from audit_events where resource_type = 'student_application' and action = 'create' order by id desc limit 1"))).rows[0];
    expect(audit.fields).toContain('nameLatin');
    expect(JSON.stringify(audit)).not.toContain(students.at(-1)!.nameLatin);
  });

  it('lets an imported student set a password through the invitation, then sign in', async () => {
    const { token } = await mailedInvitation(t.database.db, students[1]!.email);
    const preview = await t.app.inject({ method: 'POST', url: '/api/invitations/by-token', headers: { 'sec-fetch-site': 'same-origin' }, payload: { token } });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json().hasAccount).toBe(false);
    const accepted = await t.app.inject({ method: 'POST', url: '/api/invitations/accept', headers: { 'sec-fetch-site': 'same-origin' }, payload: { token, name: 'Батбаяр', password: 'a-long-new-password-1' } });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const { response } = await signIn(t.app, students[1]!.email, 'a-long-new-password-1');
    expect(response.statusCode).toBe(200);
  });

  it('reports every row unchanged when the same file comes again, and writes nothing new', async () => {
    const before = await snapshot();
    const res = await upload(coordinator, rosterCsv(students));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ total: 12, created: 0, updated: 0, unchanged: 12, invited: 0 });
    const after = await snapshot();
    expect(after).toEqual(before);
  });

  it('invites again the students who never set a password once their invitation has lapsed', async () => {
    await runAsSystem(() => t.database.pool.query("update invitations set expires_at = now() - interval '1 day' where email = any($1)", [students.map((s) => s.email)]));
    const res = await upload(coordinator, rosterCsv(students));
    expect(res.statusCode, res.body).toBe(200);
    // Student 1 set a password above: no invitation for them.
    expect(res.json()).toMatchObject({ unchanged: 12, invited: 11 });
    const { token } = await mailedInvitation(t.database.db, students[2]!.email);
    const preview = await t.app.inject({ method: 'POST', url: '/api/invitations/by-token', headers: { 'sec-fetch-site': 'same-origin' }, payload: { token } });
    expect(preview.statusCode, preview.body).toBe(200);
  });

  it('updates changed rows (never moving a status back) and creates the new ones', async () => {
    const app0 = (await runAsSystem(() => t.database.pool.query('select a.id, a.version from student_applications a join users u on u.id = a.user_id where u.email = $1', [students[0]!.email]))).rows[0];
    const moved = await w.as({ method: 'POST', url: `/api/applications/${app0.id}/transitions`, payload: { version: app0.version, to: 'screened' } });
    expect(moved.statusCode, moved.body).toBe(200);
    const changed = students.map((s, i) => (i === 0 ? { ...s, department: 'Роботикс', jlptLevel: 'N2', jlptDate: '2025-12-07' } : s));
    const more = [...changed, ...rosterStudents(3, { tag: 'second' })];
    const res = await upload(coordinator, await rosterXlsx(more, { language: 'ja' }));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ total: 15, created: 3, updated: 1, unchanged: 11 });
    expect(res.json().rows[0]).toMatchObject({ row: 2, outcome: 'updated', applicationId: app0.id });
    const detail = await w.as({ method: 'GET', url: `/api/applications/${app0.id}` });
    expect(detail.json()).toMatchObject({ department: 'Роботикс', jlptLevel: 'N2', status: 'screened' });
  });

  it('keeps a consent the student gave themselves', async () => {
    expect((await giveConsent(t.app, student, w.program, [w.operatorId])).statusCode).toBe(201);
    const res = await upload(coordinator, rosterCsv([{ ...rosterStudents(1, { tag: 'self' })[0]!, email: student.email }]));
    expect(res.statusCode, res.body).toBe(200);
    const active = (await runAsSystem(() => t.database.pool.query('select channel from consents where user_id = $1 and withdrawn_at is null', [student.userId]))).rows;
    expect(active).toEqual([{ channel: 'self' }]);
  });

  it('reads Shift_JIS from Japanese Excel, with Japanese headers', async () => {
    const sjis = rosterStudents(4, { tag: 'sjis', shiftJisSafe: true }).map((s) => ({ ...s, consentSigned: 'はい' }));
    const res = await upload(coordinator, rosterCsv(sjis, { language: 'ja', encoding: 'shift_jis' }), { contentType: 'text/csv' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ created: 4 });
  });

  it('imports the 70 students of the end-to-end fixture as XLSX', async () => {
    const res = await upload(coordinator, await rosterXlsx(rosterStudents(70, { tag: 'seventy', seed: 7 })));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ total: 70, created: 70 });
  });
});

describe('a file with errors', () => {
  it('writes nothing and names every planted error by row and column, in Mongolian and Japanese', async () => {
    const { students, errors } = brokenRoster(14, { tag: 'broken' });
    const before = await snapshot();
    const mn = await upload(coordinator, rosterCsv(students, { language: 'mn' }), { language: 'mn' });
    expect(mn.statusCode).toBe(422);
    expect(mn.json().error.code).toBe('import.invalidRows');
    const columnsMn = Object.fromEntries((await import('../import/student-roster-columns.ts')).STUDENT_ROSTER_COLUMNS.map((c) => [c.key, c.labels]));
    expect(issuesOf(mn.body)).toEqual(errors.map((e) => ({ row: e.row, column: columnsMn[e.column]!.mn, code: e.code })));
    expect(mn.json().error.message).toMatch(/юу ч оруулсангүй/i);
    const first = mn.json().error.fields[0] as Issue;
    expect(first.message).toBe(`3-р мөр, «${columnsMn.nameLatin!.mn}» багана: Нэрийг паспортын дагуу латин үсгээр бичнэ үү.`);

    const ja = await upload(coordinator, rosterCsv(students, { language: 'ja' }), { language: 'ja' });
    expect(ja.statusCode).toBe(422);
    expect(issuesOf(ja.body).map((i) => i.column)).toEqual(errors.map((e) => columnsMn[e.column]!.ja));
    expect((ja.json().error.fields as Issue[]).find((f) => f.code === 'consent.paperFormMissing')!.at.problem).toMatch(/同意書/);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses addresses of a non-student, of another college’s student, and the template’s example row', async () => {
    const staff = await signInAs(t, w.operatorId, 'operator_staff');
    const rows = rosterStudents(4, { tag: 'owners' });
    rows[0]!.email = staff.email;
    rows[1]!.email = otherStudent.email;
    rows[2]!.email = 'example.student@example.com';
    const before = await snapshot();
    const res = await upload(coordinator, rosterCsv(rows, { language: 'en' }), { language: 'en' });
    expect(res.statusCode).toBe(422);
    expect(issuesOf(res.body)).toEqual([
      { row: 2, column: 'E-mail', code: 'import.notStudent' },
      { row: 3, column: 'E-mail', code: 'import.otherCollege' },
      { row: 4, column: 'E-mail', code: 'import.exampleRow' },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a consent date in the future, and a form signed before the student withdrew', async () => {
    // The student's own consent (given above) is withdrawn today, after the form's date.
    expect((await injectAs(t.app, student)({ method: 'POST', url: `/api/programs/${w.program}/consent/withdraw` })).statusCode).toBe(200);
    const rows = rosterStudents(2, { tag: 'dates' });
    rows[0]!.consentDate = '2099-01-01';
    rows[1]!.email = student.email;
    rows[1]!.consentDate = '2026-01-05';
    const res = await upload(coordinator, rosterCsv(rows, { language: 'en' }), { language: 'en' });
    expect(res.statusCode).toBe(422);
    expect(issuesOf(res.body)).toEqual([
      { row: 2, column: 'Consent form date', code: 'cell.futureDate' },
      { row: 3, column: 'Consent form date', code: 'import.consentWithdrawn' },
    ]);
  });

  it('names a missing required column on the header row', async () => {
    const text = '\uFEFFИ-мэйл хаяг,Овог нэр (латинаар, паспортынх шиг)\r\na@b.mn,BAT\r\n';
    const res = await upload(coordinator, Buffer.from(text), { language: 'mn' });
    expect(res.statusCode).toBe(422);
    expect(issuesOf(res.body).map((i) => i.code)).toContain('header.missing');
    expect(issuesOf(res.body).every((i) => i.row === 1)).toBe(true);
  });
});

describe('files the server refuses as a whole', () => {
  it('answers 413 for a file over the size limit, 415 for a PDF, 422 for an empty body or a truncated workbook', async () => {
    expect((await upload(coordinator, Buffer.alloc(10 * 1024 * 1024 + 1, 0x41))).statusCode).toBe(413);
    expect((await upload(coordinator, Buffer.from('%PDF-1.7\n'))).statusCode).toBe(415);
    expect((await upload(coordinator, Buffer.alloc(0))).statusCode).toBe(422);
    const xlsx = await rosterXlsx(rosterStudents(5, { tag: 'trunc' }));
    const truncated = await upload(coordinator, xlsx.subarray(0, Math.floor(xlsx.length / 2)));
    expect(truncated.statusCode).toBe(422);
    expect(truncated.json().error.code).toBe('import.unreadable');
  });

  it('answers 413 beyond 2,000 rows', async () => {
    const rows = Array.from({ length: 2_001 }, (_, i) => `x${i}@example.mn,A,Б,ア,D,2026,N3,,,Тийм,2026-01-01`);
    const res = await upload(coordinator, Buffer.from(`email,${'h,'.repeat(9)}h\n${rows.join('\n')}`));
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('import.tooManyRows');
  });
});

describe('progress as NDJSON', () => {
  it('streams the phases, then the result', async () => {
    const res = await upload(coordinator, rosterCsv(rosterStudents(150, { tag: 'stream' })), { accept: 'application/x-ndjson' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/application\/x-ndjson/);
    const lines = res.body.trim().split('\n').map((l) => JSON.parse(l));
    const phases = [...new Set(lines.filter((l) => l.type === 'progress').map((l) => l.phase))];
    expect(phases).toEqual(['parsing', 'validating', 'writing']);
    expect(lines.find((l) => l.phase === 'validating' && l.done === 100)).toMatchObject({ total: 150 });
    expect(lines.at(-1)).toMatchObject({ type: 'result', result: { created: 150 } });
  });

  it('ends with the error body and the status a plain answer would have had', async () => {
    const { students } = brokenRoster(10, { tag: 'stream-broken' });
    const res = await upload(coordinator, rosterCsv(students), { accept: 'application/x-ndjson', language: 'ja' });
    const last = JSON.parse(res.body.trim().split('\n').at(-1)!);
    expect(last).toMatchObject({ type: 'error', status: 422, body: { error: { code: 'import.invalidRows' } } });
    expect(last.body.error.fields[0].at).toMatchObject({ row: 3 });
  });

  it('refuses a file it cannot read before streaming, with its own status', async () => {
    const res = await upload(coordinator, Buffer.from('%PDF-1.7'), { accept: 'application/x-ndjson' });
    expect(res.statusCode).toBe(415);
  });
});

describe('templates', () => {
  it('gives CSV and XLSX in each language, with an example row, and the XLSX a sheet explaining the columns', async () => {
    const csv = await injectAs(t.app, coordinator)({ method: 'GET', url: `/api/programs/${w.program}/applications/import-template?format=csv&lang=mn` });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-disposition']).toContain('kakehashi-students-mn.csv');
    expect(csv.body.startsWith('\uFEFFИ-мэйл хаяг,')).toBe(true);
    expect(csv.body).toContain('example.student@example.com');

    const xlsx = await injectAs(t.app, coordinator)({ method: 'GET', url: `/api/programs/${w.program}/applications/import-template?format=xlsx&lang=ja` });
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as never);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['学生', '記入方法']);
    expect(workbook.worksheets[0]!.getRow(1).getCell(1).value).toBe('メールアドレス');
    expect(workbook.worksheets[1]!.rowCount).toBe(13);
  });

  it('imports nothing from an unedited template: the example row is named', async () => {
    const csv = await injectAs(t.app, coordinator)({ method: 'GET', url: `/api/programs/${w.program}/applications/import-template?format=csv&lang=en` });
    const res = await upload(coordinator, csv.rawPayload, { language: 'en' });
    expect(res.statusCode).toBe(422);
    expect(issuesOf(res.body)).toEqual([{ row: 2, column: 'E-mail', code: 'import.exampleRow' }]);
  });
});

describe('who may import', () => {
  const file = () => rosterCsv(rosterStudents(1, { tag: 'access' }));

  it('answers 401 without a session, whatever the body claims to be', async () => {
    for (const headers of [{}, { 'content-type': 'application/json' }, { 'content-type': 'text/csv' }]) {
      const res = await t.app.inject({ method: 'POST', url: importUrl(), payload: file(), headers: { 'sec-fetch-site': 'same-origin', ...headers } });
      expect(res.statusCode).toBe(401);
    }
  });

  it('refuses a coordinator importing for another college, a company and a student', async () => {
    expect((await upload(otherCoordinator, file(), { query: `?collegeId=${w.college}` })).statusCode).toBe(403);
    expect((await upload(companyUser, file())).statusCode).toBe(403);
    expect((await upload(student, file())).statusCode).toBe(403);
  });

  it('has the operator name a sending college', async () => {
    const missing = await upload(w.admin, file());
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields[0]).toMatchObject({ field: 'collegeId', code: 'required' });
    const ok = await upload(w.admin, file(), { query: `?collegeId=${w.otherCollege}` });
    expect(ok.statusCode, ok.body).toBe(200);
    const wrong = await upload(w.admin, file(), { query: `?collegeId=${w.company}` });
    expect(wrong.statusCode).toBe(400);
  });
});
