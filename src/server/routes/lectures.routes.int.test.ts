// Donated lectures end to end: courses and sessions by the operator, rosters, staff ticks with
// their version check, the QR screen's tokens and students' check-ins (present, late, expired,
// forged, foreign), the attendance rule and the totals that gate lecture attendee → interviewee,
// curricula with materials and progress, who reads whose attendance, and the audit trail.
import { beforeAll, describe, expect, it } from 'vitest';
import { applyAs, giveConsent, injectAs, programWithApplicants, signInAs, type SignedIn } from '../../../test/support/people.ts';
import { injectCaller, lectureSeriesWithAttendance } from '../../../test/support/lectures.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { runAsSystem } from '../db/actor-scope.ts';

// The server clock: 08:55 in Ulaanbaatar on the first lecture day (UTC+8).
let clock = new Date('2024-08-19T00:55:00Z');
const t = useTestApp({ now: () => clock });
let w: Awaited<ReturnType<typeof programWithApplicants>>;
let student: SignedIn;
let classmate: SignedIn;
let otherStudent: SignedIn;
let coordinator: SignedIn;
let otherCoordinator: SignedIn;
let companyUser: SignedIn;
let company2User: SignedIn;
let staff: SignedIn;
const app: Record<'student' | 'classmate' | 'other', string> = { student: '', classmate: '', other: '' };
let courseId = '';
let sessionId = '';
let session2Id = '';

const as = (who: SignedIn) => injectAs(t.app, who);
const get = (who: SignedIn, url: string) => as(who)({ method: 'GET', url });

async function applied(who: SignedIn, name: string, companies: string[]): Promise<string> {
  expect((await giveConsent(t.app, who, w.program, [w.operatorId, ...companies])).statusCode).toBe(201);
  const res = await applyAs(t.app, who, w.program, { nameLatin: name, nameCyrillic: 'Бат', companiesOfInterest: companies });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

async function moveTo(id: string, to: string) {
  const current = await get(w.admin, `/api/applications/${id}`);
  return as(w.admin)({ method: 'POST', url: `/api/applications/${id}/transitions`, payload: { version: current.json().version, to } });
}

const auditCount = async (resourceType: string) =>
  Number((await runAsSystem(() => t.database.pool.query('select count(*) from audit_events where resource_type = $1', [resourceType]))).rows[0].count);

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
  app.student = await applied(student, 'BATBAYAR TSETSEG', [w.company]);
  app.classmate = await applied(classmate, 'ANAR DORJ', []);
  app.other = await applied(otherStudent, 'ZOL ENKH', [w.company2]);
  for (const id of [app.student, app.classmate]) expect((await moveTo(id, 'screened')).statusCode).toBe(200);
}, 60_000);

describe('courses and sessions', () => {
  it('before any session, screened → interviewee is the way on (no lectures)', async () => {
    const res = await get(w.admin, `/api/programs/${w.program}/courses`);
    expect(res.json()).toEqual({ courses: [], rule: null });
  });

  it('the operator creates a course given by a host company, refusing an organization outside the program', async () => {
    const stranger = await w.as({ method: 'POST', url: '/api/organizations', payload: { kind: 'company', name: { en: 'Stranger' }, country: 'JP', city: null, website: null } });
    const refused = await as(staff)({ method: 'POST', url: `/api/programs/${w.program}/courses`, payload: { title: { ja: '講義' }, givingOrganizationId: stranger.json().id, language: 'ja' } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields).toMatchObject([{ field: 'givingOrganizationId', code: 'lectures.notAGiver' }]);
    const res = await as(staff)({ method: 'POST', url: `/api/programs/${w.program}/courses`, payload: { title: { ja: '日立 寄付講義', en: 'Hitachi lectures' }, givingOrganizationId: w.company, language: 'ja' } });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ kind: 'lecture_series', language: 'ja', givingOrganization: { id: w.company }, sessions: [], version: 1 });
    courseId = res.json().id;
  });

  it('adds sessions with 90 minutes and Ulaanbaatar by default, names bad fields, and lists them in time order', async () => {
    const bad = await as(staff)({ method: 'POST', url: `/api/courses/${courseId}/sessions`, payload: { date: '2024-08-19', startTime: '25:00' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.map((f: { field: string }) => f.field)).toContain('startTime');
    await as(staff)({ method: 'POST', url: `/api/courses/${courseId}/sessions`, payload: { date: '2024-08-19', startTime: '10:40', venue: 'MOJC', room: '3F', instructorName: 'Sato' } });
    const res = await as(staff)({ method: 'POST', url: `/api/courses/${courseId}/sessions`, payload: { date: '2024-08-19', startTime: '09:00', venue: 'MOJC', room: '3F', instructorName: 'Sato' } });
    expect(res.statusCode, res.body).toBe(201);
    const sessions = res.json().sessions;
    expect(sessions.map((s: { startTime: string }) => s.startTime)).toEqual(['09:00', '10:40']);
    expect(sessions[0]).toMatchObject({ durationMinutes: 90, timeZone: 'Asia/Ulaanbaatar', venue: 'MOJC', rosterCount: 0, attendedCount: 0 });
    sessionId = sessions[0].id;
    session2Id = sessions[1].id;
  });

  it('edits a session with its version; a stale version is 409', async () => {
    const ok = await as(staff)({ method: 'PATCH', url: `/api/lecture-sessions/${session2Id}`, payload: { version: 1, room: '4F' } });
    expect(ok.statusCode, ok.body).toBe(200);
    const stale = await as(staff)({ method: 'PATCH', url: `/api/lecture-sessions/${session2Id}`, payload: { version: 1, room: '5F' } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.currentVersion).toBe(2);
  });

  it('deletes a session entered by mistake with its version, audited', async () => {
    const added = await as(staff)({ method: 'POST', url: `/api/courses/${courseId}/sessions`, payload: { date: '2024-08-30', startTime: '13:00' } });
    const mistake = added.json().sessions.find((s: { date: string }) => s.date === '2024-08-30');
    const before = await auditCount('lecture_session');
    expect((await as(companyUser)({ method: 'DELETE', url: `/api/lecture-sessions/${mistake.id}?version=1` })).statusCode).toBe(403);
    expect((await as(staff)({ method: 'DELETE', url: `/api/lecture-sessions/${mistake.id}?version=2` })).statusCode).toBe(409);
    const res = await as(staff)({ method: 'DELETE', url: `/api/lecture-sessions/${mistake.id}?version=1` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().sessions.map((s: { id: string }) => s.id)).toEqual([sessionId, session2Id]);
    expect(await auditCount('lecture_session')).toBe(before + 1);
  });

  it('participants read the timetable; they cannot edit it; another operator does not see it', async () => {
    expect((await get(student, `/api/programs/${w.program}/courses`)).statusCode).toBe(200);
    expect((await get(companyUser, `/api/courses/${courseId}`)).statusCode).toBe(200);
    expect((await as(companyUser)({ method: 'PATCH', url: `/api/courses/${courseId}`, payload: { version: 1, language: 'en' } })).statusCode).toBe(403);
    const stranger = await signInAs(t, (await w.as({ method: 'POST', url: '/api/organizations', payload: { kind: 'company', name: { en: 'S2' }, country: 'JP', city: null, website: null } })).json().id, 'host_company');
    expect((await get(stranger, `/api/courses/${courseId}`)).statusCode).toBe(404);
  });
});

describe('rosters and the tick list', () => {
  it('"whole program" adds the screened applications only', async () => {
    const res = await as(staff)({ method: 'POST', url: `/api/lecture-sessions/${sessionId}/roster`, payload: { wholeProgram: true } });
    expect(res.json()).toEqual({ rosterCount: 2, added: 2 });
    const refused = await as(staff)({ method: 'POST', url: `/api/lecture-sessions/${session2Id}/roster`, payload: { applicationIds: [app.student, app.other] } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields).toMatchObject([{ field: 'applicationIds.1', code: 'lectures.notRosterable' }]);
  });

  it('shows the roster by Latin name with counts', async () => {
    const res = await get(staff, `/api/lecture-sessions/${sessionId}/attendance`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((i: { nameLatin: string }) => i.nameLatin)).toEqual(['ANAR DORJ', 'BATBAYAR TSETSEG']);
    expect(res.json().counts).toEqual({ present: 0, late: 0, absent: 0, unmarked: 2 });
  });

  it('a tick records; a second tick on a stale version is 409, nothing lost', async () => {
    const first = await as(staff)({ method: 'PUT', url: `/api/lecture-sessions/${sessionId}/attendance/${app.classmate}`, payload: { status: 'absent', version: null } });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ status: 'absent', method: 'staff_tick', version: 1 });
    // Another staff member, whose screen still showed no record, ticks present.
    const concurrent = await as(w.admin)({ method: 'PUT', url: `/api/lecture-sessions/${sessionId}/attendance/${app.classmate}`, payload: { status: 'present', version: null } });
    expect(concurrent.statusCode).toBe(409);
    expect(concurrent.json().error.currentVersion).toBe(1);
    const updated = await as(w.admin)({ method: 'PUT', url: `/api/lecture-sessions/${sessionId}/attendance/${app.classmate}`, payload: { status: 'present', version: 1 } });
    expect(updated.json()).toMatchObject({ status: 'present', version: 2 });
  });

  it('concurrent first ticks of one student: exactly one wins', async () => {
    const results = await Promise.all(
      (['present', 'late', 'absent'] as const).map((status) => as(staff)({ method: 'PUT', url: `/api/lecture-sessions/${session2Id}/attendance/${app.classmate}`, payload: { status, version: null } })),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409, 409]);
  });

  it('is the operators’: companies, colleges and students get 403', async () => {
    for (const who of [companyUser, coordinator, student]) {
      expect((await get(who, `/api/lecture-sessions/${sessionId}/attendance`)).statusCode).toBe(403);
      expect((await as(who)({ method: 'PUT', url: `/api/lecture-sessions/${sessionId}/attendance/${app.student}`, payload: { status: 'present', version: null } })).statusCode).toBe(403);
      expect((await get(who, `/api/lecture-sessions/${sessionId}/qr-token`)).statusCode).toBe(403);
    }
  });
});

describe('QR check-in', () => {
  const token = async (id = sessionId) => (await get(staff, `/api/lecture-sessions/${id}/qr-token`)).json().token as string;
  const checkIn = (who: SignedIn, tokenValue: string) => as(who)({ method: 'POST', url: '/api/attendance/check-in', payload: { token: tokenValue } });

  it('before the start: present, by QR, audited', async () => {
    const before = await auditCount('attendance');
    clock = new Date('2024-08-19T00:58:00Z');
    const res = await checkIn(student, await token());
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ sessionId, status: 'present', recorded: true, startTime: '09:00' });
    expect(await auditCount('attendance')).toBe(before + 1);
  });

  it('after start + 10 minutes: late; a scan does not override a staff tick of present', async () => {
    clock = new Date('2024-08-19T02:51:00Z'); // 10:51, session 2 started 10:40
    const res = await checkIn(student, await token(session2Id));
    expect(res.json()).toMatchObject({ status: 'late', recorded: true });
    const tick = await checkIn(classmate, await token(session2Id));
    expect(tick.statusCode).toBe(200);
  });

  it('an expired token is 410 with a translated message', async () => {
    clock = new Date('2024-08-19T03:00:00Z');
    const old = await token();
    clock = new Date('2024-08-19T03:03:00Z');
    const res = await as(student)({ method: 'POST', url: '/api/attendance/check-in', payload: { token: old }, headers: { 'accept-language': 'mn' } });
    expect(res.statusCode).toBe(410);
    expect(res.json().error.code).toBe('attendance.tokenExpired');
    expect(res.json().error.message).toMatch(/хугацаа дууссан/);
  });

  it('a forged token is 400; a student outside the program or not yet screened is 403', async () => {
    const real = await token();
    const forged = real.replace(/\.(\d+)\./, (_m, s: string) => `.${Number(s) + 60}.`);
    expect((await checkIn(student, forged)).json().error.code).toBe('attendance.tokenInvalid');
    const outsider = await signInAs(t, w.otherCollege, 'student', 'No application');
    const res = await checkIn(outsider, real);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('attendance.notEnrolled');
    expect((await checkIn(otherStudent, real)).json().error.code).toBe('attendance.notEnrolled');
  });
});

describe('the rule, totals and the pipeline', () => {
  it('lecture attendee → interviewee needs the rule set and met', async () => {
    // The program now has sessions: screened → interviewee directly is refused.
    expect((await moveTo(app.student, 'interviewee')).json().error.code).toBe('pipeline.programHasLectures');
    expect((await moveTo(app.student, 'lecture_attendee')).statusCode).toBe(200);
    expect((await moveTo(app.student, 'interviewee')).json().error.code).toBe('pipeline.attendanceUnknown');
    const rule = await as(staff)({ method: 'PUT', url: `/api/programs/${w.program}/attendance-rule`, payload: { minimumSessions: 3, version: null } });
    expect(rule.statusCode, rule.body).toBe(200);
    expect(rule.json()).toEqual({ minimumSessions: 3, lateAfterMinutes: 10, version: 1 });
    const tooLow = await moveTo(app.student, 'interviewee');
    expect(tooLow.statusCode).toBe(409);
    expect(tooLow.json().error.code).toBe('pipeline.attendanceTooLow');
    expect((await as(staff)({ method: 'PUT', url: `/api/programs/${w.program}/attendance-rule`, payload: { minimumSessions: 2, version: null } })).statusCode).toBe(409);
    expect((await as(staff)({ method: 'PUT', url: `/api/programs/${w.program}/attendance-rule`, payload: { minimumSessions: 2, version: 1 } })).statusCode).toBe(200);
    expect((await moveTo(app.student, 'interviewee')).statusCode).toBe(200);
  });

  it('totals per application: operators all, the college its students, a company only those who named it under consent', async () => {
    const all = await get(staff, `/api/programs/${w.program}/attendance`);
    expect(all.statusCode).toBe(200);
    const byName = Object.fromEntries(all.json().items.map((i: { nameLatin: string }) => [i.nameLatin, i]));
    expect(byName['BATBAYAR TSETSEG']).toMatchObject({ present: 1, late: 1, attended: 2, eligible: true });
    expect(byName['ZOL ENKH']).toMatchObject({ attended: 0, eligible: false });
    expect(all.json()).toMatchObject({ totalSessions: 2, rule: { minimumSessions: 2 } });
    const names = async (who: SignedIn) => ((await get(who, `/api/programs/${w.program}/attendance`)).json().items as { nameLatin: string }[]).map((i) => i.nameLatin).sort();
    expect(await names(coordinator)).toEqual(['ANAR DORJ', 'BATBAYAR TSETSEG']);
    expect(await names(otherCoordinator)).toEqual(['ZOL ENKH']);
    expect(await names(companyUser)).toEqual(['BATBAYAR TSETSEG']);
    expect(await names(company2User)).toEqual(['ZOL ENKH']);
    expect(await names(student)).toEqual(['BATBAYAR TSETSEG']);
  });

  it('one student’s attendance: their own, their coordinator’s; not a classmate’s', async () => {
    const own = await get(student, `/api/applications/${app.student}/attendance`);
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ totals: { attended: 2 }, totalSessions: 2, eligible: true, certificateEligible: true });
    expect(own.json().sessions.map((s: { status: string }) => s.status)).toEqual(['present', 'late']);
    expect((await get(coordinator, `/api/applications/${app.student}/attendance`)).statusCode).toBe(200);
    expect((await get(classmate, `/api/applications/${app.student}/attendance`)).statusCode).toBe(404);
    expect((await get(company2User, `/api/applications/${app.student}/attendance`)).statusCode).toBe(404);
  });
});

describe('certificates of attendance', () => {
  const certificate = (who: SignedIn, id: string, lang = 'ja') => get(who, `/api/applications/${id}/attendance/certificate.pdf?lang=${lang}`);

  it('the student downloads their own as a PDF, in each language', async () => {
    for (const lang of ['ja', 'mn', 'en']) {
      const res = await certificate(student, app.student, lang);
      expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toBe(`attachment; filename="attendance-certificate-${lang}.pdf"`);
      expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    }
  });

  it('an operator issues one for any student of the program; colleges and companies may not; others do not see it', async () => {
    expect((await certificate(staff, app.student, 'en')).statusCode).toBe(200);
    expect((await certificate(coordinator, app.student)).statusCode).toBe(403);
    expect((await certificate(companyUser, app.student)).statusCode).toBe(403);
    expect((await certificate(classmate, app.student)).statusCode).toBe(404);
  });

  it('needs one session attended', async () => {
    const res = await certificate(staff, app.other);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('attendance.noneAttended');
  });
});

describe('curricula', () => {
  it('modules, materials and a learner’s progress', async () => {
    const course = await as(staff)({ method: 'POST', url: `/api/programs/${w.program}/courses`, payload: { title: { ja: 'DX カリキュラム' }, givingOrganizationId: w.operatorId, language: 'ja', kind: 'curriculum' } });
    expect(course.statusCode, course.body).toBe(201);
    const withModule = await as(staff)({ method: 'POST', url: `/api/courses/${course.json().id}/modules`, payload: { title: { en: 'AI' }, position: 1 } });
    const moduleId = withModule.json().modules[0].id;
    const bad = await as(staff)({ method: 'POST', url: `/api/course-modules/${moduleId}/materials`, payload: { title: { en: 'Intro' }, url: 'javascript:alert(1)', kind: 'slides' } });
    expect(bad.statusCode).toBe(400);
    const withMaterial = await as(staff)({ method: 'POST', url: `/api/course-modules/${moduleId}/materials`, payload: { title: { en: 'Intro' }, url: 'https://example.org/ai.pdf', kind: 'slides' } });
    expect(withMaterial.statusCode, withMaterial.body).toBe(201);
    const materialId = withMaterial.json().modules[0].materials[0].id;
    const done = await as(student)({ method: 'PUT', url: `/api/learning-materials/${materialId}/progress`, payload: { completed: true } });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().completedAt).toBe(clock.toISOString());
    expect((await as(companyUser)({ method: 'PUT', url: `/api/learning-materials/${materialId}/progress`, payload: { completed: true } })).statusCode).toBe(403);
    const own = await get(student, `/api/applications/${app.student}/attendance`);
    expect(own.json().materials).toMatchObject([{ id: materialId, completedAt: clock.toISOString(), kind: 'slides' }]);
    const classmateView = await get(classmate, `/api/applications/${app.classmate}/attendance`);
    expect(classmateView.json().materials).toMatchObject([{ id: materialId, completedAt: null }]);
  });
});

describe('the test helper', () => {
  it('creates a series of 15 sessions and records attendance for a list of applications', async () => {
    const { sessionIds } = await lectureSeriesWithAttendance(injectCaller(t.app, w.admin), w.program, {
      givingOrganizationId: w.company2,
      sessions: 15,
      firstDate: '2024-09-02',
      attendance: { [app.classmate]: ['present', 'late', 'absent', 'present'] },
    });
    expect(sessionIds).toHaveLength(15);
    const totals = (await get(staff, `/api/programs/${w.program}/attendance`)).json();
    expect(totals.totalSessions).toBe(17);
    // The classmate: present and late on the first two sessions (QR and tick), then 3 of the 4 new ones.
    expect(totals.items.find((i: { applicationId: string }) => i.applicationId === app.classmate)).toMatchObject({ attended: 5, absent: 1 });
  });
});
