// Consent and student applications end to end: consent before any data, the companies a
// student may name, who sees which application (a host company only while the consent covers
// it), and pipeline moves with their history, version check and refusals.
import { beforeAll, describe, expect, it } from 'vitest';
import { CURRENT_NOTICE_VERSION } from '../../domain/consent/consent.ts';
import { applyAs, giveConsent, injectAs, programWithApplicants, signInAs, type SignedIn } from '../../../test/support/people.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { runAsSystem } from '../db/actor-scope.ts';
import { listAuditEvents } from '../repositories/audit.repository.ts';

const t = useTestApp();
let w: Awaited<ReturnType<typeof programWithApplicants>>;
let student: SignedIn;
let classmate: SignedIn;
let otherStudent: SignedIn;
let coordinator: SignedIn;
let otherCoordinator: SignedIn;
let companyUser: SignedIn;
let company2User: SignedIn;
let staff: SignedIn;
let strayStudent: SignedIn;

beforeAll(async () => {
  w = await programWithApplicants(t);
  student = await signInAs(t, w.college, 'student', 'Batbayar');
  classmate = await signInAs(t, w.college, 'student', 'Classmate');
  otherStudent = await signInAs(t, w.otherCollege, 'student', 'Other');
  coordinator = await signInAs(t, w.college, 'college_coordinator');
  otherCoordinator = await signInAs(t, w.otherCollege, 'college_coordinator');
  companyUser = await signInAs(t, w.company, 'host_company');
  company2User = await signInAs(t, w.company2, 'host_company');
  staff = await signInAs(t, w.operatorId, 'operator_staff');
  // A student of a college that does not take part in the program.
  const stray = await w.as({ method: 'POST', url: '/api/organizations', payload: { kind: 'college', name: { en: 'Stray college' }, country: 'MN', city: null, website: null } });
  strayStudent = await signInAs(t, stray.json().id, 'student');
}, 60_000);

const get = (who: SignedIn, url: string) => injectAs(t.app, who)({ method: 'GET', url });
const move = (who: SignedIn, id: string, payload: object) => injectAs(t.app, who)({ method: 'POST', url: `/api/applications/${id}/transitions`, payload });
const listNames = async (who: SignedIn) => {
  const res = await get(who, `/api/programs/${w.program}/applications`);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().items as { nameLatin: string }[]).map((a) => a.nameLatin).sort();
};
/** Counted as the system: a connection serving no request sees none of these rows. */
const rowCount = async (table: string, where = '', params: unknown[] = []) =>
  Number((await runAsSystem(() => t.database.pool.query(`select count(*) from ${table} ${where}`, params))).rows[0].count);

describe('consent', () => {
  it('is refused for a notice version that is not the current one, naming the code', async () => {
    const res = await giveConsent(t.app, student, w.program, [w.operatorId], '2025-04');
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('consent.noticeOutdated');
  });

  it('names only the program’s operators and host companies, and names the bad recipient', async () => {
    const res = await giveConsent(t.app, student, w.program, [w.operatorId, w.college]);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toMatchObject([{ field: 'recipientIds.1', code: 'consent.recipientNotAllowed' }]);
  });

  it('is given by students of a sending college only', async () => {
    expect((await giveConsent(t.app, coordinator, w.program, [w.operatorId])).statusCode).toBe(403);
    expect((await giveConsent(t.app, companyUser, w.program, [w.operatorId])).statusCode).toBe(403);
    expect((await giveConsent(t.app, strayStudent, w.program, [w.operatorId])).statusCode).toBe(404);
  });

  it('is read back by the student (404 before), and giving it is audited', async () => {
    expect((await get(student, `/api/programs/${w.program}/consent`)).statusCode).toBe(404);
    const res = await giveConsent(t.app, student, w.program, [w.operatorId, w.company]);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ noticeVersion: CURRENT_NOTICE_VERSION, language: 'mn', recipientIds: [w.operatorId, w.company], withdrawnAt: null });
    expect(res.json().purposes).toEqual(['processing', 'transfer_mn_to_jp', 'sharing_with_recipients']);
    const own = await get(student, `/api/programs/${w.program}/consent`);
    expect(own.json().id).toBe(res.json().id);
    const events = await listAuditEvents(t.database.db, 'consent', res.json().id);
    expect(events.map((e) => [e.action, e.actorUserId])).toEqual([['create', student.userId]]);
  });
});

describe('applying', () => {
  it('is refused before consent, and nothing is stored', async () => {
    const before = await rowCount('student_applications');
    const res = await applyAs(t.app, classmate, w.program, { nameLatin: 'Classmate' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('consent.required');
    expect(await rowCount('student_applications')).toBe(before);
  });

  it('is refused while the consent does not cover the operator', async () => {
    expect((await giveConsent(t.app, classmate, w.program, [w.company])).statusCode).toBe(201);
    const res = await applyAs(t.app, classmate, w.program, { nameLatin: 'Classmate' });
    expect(res.json().error.code).toBe('consent.required');
  });

  it('names companies of interest that are not host companies or not in the consent', async () => {
    const notHost = await applyAs(t.app, student, w.program, { companiesOfInterest: [w.college] });
    expect(notHost.statusCode).toBe(400);
    expect(notHost.json().error.fields).toMatchObject([{ field: 'companiesOfInterest.0', code: 'application.notHostCompany' }]);
    const notConsented = await applyAs(t.app, student, w.program, { companiesOfInterest: [w.company, w.company2] });
    expect(notConsented.json().error.fields).toMatchObject([{ field: 'companiesOfInterest.1', code: 'application.notInConsent' }]);
  });

  it('stores the application as applied, once per student and program', async () => {
    const res = await applyAs(t.app, student, w.program, { companiesOfInterest: [w.company] });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ nameLatin: 'Batbayar Dorj', nameKatakana: 'バトバヤル ドルジ', collegeId: w.college, status: 'applied', version: 1, history: [], companiesOfInterest: [w.company] });
    expect((await applyAs(t.app, student, w.program, { companiesOfInterest: [w.company] })).statusCode).toBe(409);
    // The other two students apply too: one of the other college choosing both companies, one naming none.
    expect((await giveConsent(t.app, otherStudent, w.program, [w.operatorId, w.company, w.company2])).statusCode).toBe(201);
    expect((await applyAs(t.app, otherStudent, w.program, { nameLatin: 'Other Student', companiesOfInterest: [w.company, w.company2] })).statusCode).toBe(201);
    expect((await giveConsent(t.app, classmate, w.program, [w.operatorId, w.company])).statusCode).toBe(201);
    expect((await applyAs(t.app, classmate, w.program, { nameLatin: 'Classmate' })).statusCode).toBe(201);
  });
});

describe('who sees an application', () => {
  it('lists all to the operator, the college’s to its coordinator, the own to a student, what was shared to a company', async () => {
    expect(await listNames(w.admin)).toEqual(['Batbayar Dorj', 'Classmate', 'Other Student']);
    expect(await listNames(staff)).toEqual(['Batbayar Dorj', 'Classmate', 'Other Student']);
    expect(await listNames(coordinator)).toEqual(['Batbayar Dorj', 'Classmate']);
    expect(await listNames(otherCoordinator)).toEqual(['Other Student']);
    expect(await listNames(student)).toEqual(['Batbayar Dorj']);
    // The classmate's consent names the company, but the classmate did not choose it.
    expect(await listNames(companyUser)).toEqual(['Batbayar Dorj', 'Other Student']);
    expect(await listNames(company2User)).toEqual(['Other Student']);
    expect((await get(strayStudent, `/api/programs/${w.program}/applications`)).statusCode).toBe(404);
  });

  it('shows the company an applicant only while the consent covers it', async () => {
    const id = (await get(student, `/api/programs/${w.program}/applications`)).json().items[0].id as string;
    expect((await get(companyUser, `/api/applications/${id}`)).statusCode).toBe(200);
    expect((await get(company2User, `/api/applications/${id}`)).statusCode).toBe(404);

    const withdrawn = await injectAs(t.app, student)({ method: 'POST', url: `/api/programs/${w.program}/consent/withdraw` });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json().withdrawnAt).not.toBeNull();
    expect(await listAuditEvents(t.database.db, 'consent', withdrawn.json().id)).toHaveLength(2);
    expect(await listNames(companyUser)).toEqual(['Other Student']);
    expect((await get(companyUser, `/api/applications/${id}`)).statusCode).toBe(404);
    expect((await get(student, `/api/programs/${w.program}/consent`)).json().withdrawnAt).not.toBeNull();
    expect((await injectAs(t.app, student)({ method: 'POST', url: `/api/programs/${w.program}/consent/withdraw` })).statusCode).toBe(404);

    expect((await giveConsent(t.app, student, w.program, [w.operatorId, w.company])).statusCode).toBe(201);
    expect(await listNames(companyUser)).toEqual(['Batbayar Dorj', 'Other Student']);
  });

  it('keeps the rows from a connection that serves no request (row-level security)', async () => {
    expect(await rowCount('student_applications')).toBeGreaterThan(0); // the system sees them
    const { studentApplications, consents, pipelineTransitions } = await import('../db/schema/index.ts');
    for (const table of [studentApplications, consents, pipelineTransitions]) expect(await t.database.db.select().from(table)).toEqual([]);
  });
});

describe('pipeline transitions', () => {
  let id: string;
  beforeAll(async () => {
    id = (await get(student, `/api/programs/${w.program}/applications`)).json().items[0].id as string;
  });
  const detail = async () => (await get(w.admin, `/api/applications/${id}`)).json() as { status: string; version: number; history: { from: string; to: string; byKind: string; byUserId: string }[] };

  it('refuses a move the pipeline does not allow to that actor, leaving status and history unchanged', async () => {
    const res = await move(student, id, { version: 1, to: 'screened' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('pipeline.actorNotAllowed');
    expect(await detail()).toMatchObject({ status: 'applied', version: 1, history: [] });
  });

  it('moves the application as the operator, with the history row of who and when, audited', async () => {
    const res = await move(staff, id, { version: 1, to: 'screened' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'screened', version: 2, history: [{ from: 'applied', to: 'screened', byKind: 'operator', byUserId: staff.userId, reasonCode: null }] });
    const events = await listAuditEvents(t.database.db, 'student_application', id);
    expect(events.map((e) => [e.action, e.fields, e.actorUserId])[0]).toEqual(['update', ['status'], staff.userId]);
  });

  it('answers 409 to a stale version, and changes nothing', async () => {
    const res = await move(w.admin, id, { version: 1, to: 'interviewee' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'resource.versionConflict', currentVersion: 2 });
    expect(await detail()).toMatchObject({ status: 'screened', version: 2 });
  });

  it('knows the program has no lectures yet: screened goes to interviewee directly', async () => {
    const refused = await move(w.admin, id, { version: 2, to: 'lecture_attendee' });
    expect(refused.json().error.code).toBe('pipeline.programHasNoLectures');
    expect((await detail()).history).toHaveLength(1);
    expect((await move(w.admin, id, { version: 2, to: 'interviewee' })).statusCode).toBe(200);
  });

  it('lets a chosen host company decline an interviewee, with a reason', async () => {
    const noReason = await move(companyUser, id, { version: 3, to: 'declined' });
    expect(noReason.json().error.code).toBe('pipeline.reasonRequired');
    const res = await move(companyUser, id, { version: 3, to: 'declined', reasonCode: 'skills', note: 'needs more PLC' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().history.at(-1)).toMatchObject({ from: 'interviewee', to: 'declined', byKind: 'host_company', byUserId: companyUser.userId, reasonCode: 'skills', note: 'needs more PLC' });
    expect((await move(w.admin, id, { version: 4, to: 'interviewee', reasonCode: 'entry_error' })).json().error.code).toBe('pipeline.terminalStatus');
  });

  it('lets the student withdraw and the college do so for its student, as themselves', async () => {
    const other = (await get(otherStudent, `/api/programs/${w.program}/applications`)).json().items[0].id as string;
    const res = await move(otherStudent, other, { version: 1, to: 'withdrawn', reasonCode: 'studies' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().history[0]).toMatchObject({ byKind: 'student', byUserId: otherStudent.userId });
    const mate = (await get(classmate, `/api/programs/${w.program}/applications`)).json().items[0].id as string;
    const byCollege = await move(coordinator, mate, { version: 1, to: 'withdrawn', reasonCode: 'personal' });
    expect(byCollege.json().history[0]).toMatchObject({ byKind: 'college', byUserId: coordinator.userId });
    expect((await move(otherCoordinator, mate, { version: 2, to: 'withdrawn', reasonCode: 'personal' })).statusCode).toBe(404);
  });

  it('refuses to screen a student whose consent was withdrawn', async () => {
    const s = await signInAs(t, w.college, 'student', 'Late');
    expect((await giveConsent(t.app, s, w.program, [w.operatorId])).statusCode).toBe(201);
    const appId = (await applyAs(t.app, s, w.program, { nameLatin: 'Late Student' })).json().id as string;
    expect((await injectAs(t.app, s)({ method: 'POST', url: `/api/programs/${w.program}/consent/withdraw` })).statusCode).toBe(200);
    const res = await move(w.admin, appId, { version: 1, to: 'screened' });
    expect(res.json().error.code).toBe('pipeline.consentMissing');
    expect(await rowCount('pipeline_transitions', 'where application_id = $1', [appId])).toBe(0);
  });
});
