// The screening board's API: the program's list with the files each student attached, the
// all-or-nothing bulk move (versions checked, every refusal listed, nothing moved on any
// refusal, one transaction with a history row and an audit event per student), and the
// company's and the college's views of the same list; with donated lectures, the sessions each
// student attended and the attendance rule deciding who goes on to the interviews.
import { beforeAll, describe, expect, it } from 'vitest';
import { applyAs, giveConsent, injectAs, programWithApplicants, signInAs, type SignedIn } from '../../../test/support/people.ts';
import { tinyPdf } from '../../../test/support/files.ts';
import { injectCaller, lectureSeriesWithAttendance } from '../../../test/support/lectures.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { runAsSystem } from '../db/actor-scope.ts';
import { listAuditEvents } from '../repositories/audit.repository.ts';

const t = useTestApp();
let w: Awaited<ReturnType<typeof programWithApplicants>>;
let staff: SignedIn;
let coordinator: SignedIn;
let companyUser: SignedIn;
let company2User: SignedIn;
const students: { who: SignedIn; id: string }[] = [];

type Item = { id: string; version: number; status: string; nameLatin: string; filesPresent: string[]; attendedSessions: number | null };
const listAs = async (who: SignedIn): Promise<Item[]> => {
  const res = await injectAs(t.app, who)({ method: 'GET', url: `/api/programs/${w.program}/applications` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items;
};
const bulk = (who: SignedIn, payload: object) => injectAs(t.app, who)({ method: 'POST', url: `/api/programs/${w.program}/applications/transitions`, payload });
const historyCount = async (id: string) => Number((await runAsSystem(() => t.database.pool.query('select count(*) from pipeline_transitions where application_id = $1', [id]))).rows[0].count);

beforeAll(async () => {
  w = await programWithApplicants(t);
  staff = await signInAs(t, w.operatorId, 'operator_staff');
  coordinator = await signInAs(t, w.college, 'college_coordinator');
  companyUser = await signInAs(t, w.company, 'host_company');
  company2User = await signInAs(t, w.company2, 'host_company');
  // Four students: A and B chose the company under a consent naming it; C chose it but its consent names only the operator; D is of the other college.
  const specs = [
    { name: 'Alpha', college: w.college, recipients: [w.operatorId, w.company], companies: [w.company] },
    { name: 'Bravo', college: w.college, recipients: [w.operatorId, w.company, w.company2], companies: [w.company2] },
    { name: 'Charlie', college: w.college, recipients: [w.operatorId], companies: [] },
    { name: 'Delta', college: w.otherCollege, recipients: [w.operatorId, w.company], companies: [w.company] },
  ];
  for (const spec of specs) {
    const who = await signInAs(t, spec.college, 'student', spec.name);
    expect((await giveConsent(t.app, who, w.program, spec.recipients)).statusCode).toBe(201);
    const res = await applyAs(t.app, who, w.program, { nameLatin: spec.name, companiesOfInterest: spec.companies });
    expect(res.statusCode, res.body).toBe(201);
    students.push({ who, id: res.json().id });
  }
  const cv = await injectAs(t.app, students[0]!.who)({ method: 'PUT', url: `/api/applications/${students[0]!.id}/files/cv`, payload: tinyPdf(), headers: { 'content-type': 'application/pdf' } });
  expect(cv.statusCode).toBe(201);
}, 60_000);

describe('the list', () => {
  it('gives the operator every application with the files present and a place for attendance', async () => {
    const items = await listAs(staff);
    expect(items.map((i) => [i.nameLatin, i.filesPresent, i.attendedSessions])).toEqual([
      ['Alpha', ['cv'], null],
      ['Bravo', [], null],
      ['Charlie', [], null],
      ['Delta', [], null],
    ]);
  });

  it('shows a company only the students who chose it under a consent naming it', async () => {
    expect((await listAs(companyUser)).map((i) => i.nameLatin)).toEqual(['Alpha', 'Delta']);
    expect((await listAs(company2User)).map((i) => i.nameLatin)).toEqual(['Bravo']);
  });

  it('shows a college coordinator only their own college’s students, with their files present', async () => {
    const items = await listAs(coordinator);
    expect(items.map((i) => [i.nameLatin, i.filesPresent])).toEqual([
      ['Alpha', ['cv']],
      ['Bravo', []],
      ['Charlie', []],
    ]);
  });
});

describe('the bulk move', () => {
  it('moves every selected student in one go, with a history row and an audit event each', async () => {
    const items = await listAs(staff);
    const chosen = items.filter((i) => i.nameLatin === 'Alpha' || i.nameLatin === 'Bravo');
    const res = await bulk(staff, { to: 'screened', items: chosen.map((i) => ({ id: i.id, version: i.version })) });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items.map((i: Item) => [i.nameLatin, i.status, i.version])).toEqual(chosen.map((i) => [i.nameLatin, 'screened', i.version + 1]));
    for (const i of chosen) {
      expect(await historyCount(i.id)).toBe(1);
      const events = await runAsSystem(() => listAuditEvents(t.database.db, 'student_application', i.id));
      expect(events[0]).toMatchObject({ action: 'update', fields: ['status'], actorUserId: staff.userId });
    }
  });

  it('moves nobody when the pipeline refuses any, listing each refusal by its place in the request', async () => {
    const items = await listAs(staff);
    const byName = (n: string) => items.find((i) => i.nameLatin === n)!;
    // Alpha is screened already; Charlie and Delta are applied: screened → screened is refused.
    const res = await bulk(staff, { to: 'screened', items: ['Charlie', 'Alpha', 'Delta'].map((n) => ({ id: byName(n).id, version: byName(n).version })) });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('application.bulkRefused');
    expect(res.json().error.fields).toEqual([{ field: 'items.1', code: 'pipeline.sameStatus', message: expect.stringContaining('応募はすでにこの状態です。') }]);
    expect(await historyCount(byName('Charlie').id)).toBe(0);
    expect((await listAs(staff)).map((i) => i.status)).toEqual(items.map((i) => i.status));
  });

  it('asks for a reason where the move needs one, and names a repeated student', async () => {
    const items = await listAs(staff);
    const charlie = items.find((i) => i.nameLatin === 'Charlie')!;
    const declined = await bulk(staff, { to: 'declined', items: [{ id: charlie.id, version: charlie.version }] });
    expect(declined.statusCode).toBe(409);
    expect(declined.json().error.fields[0]).toMatchObject({ field: 'items.0', code: 'pipeline.reasonRequired' });
    const twice = await bulk(staff, { to: 'screened', items: [{ id: charlie.id, version: charlie.version }, { id: charlie.id, version: charlie.version }] });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.fields).toMatchObject([{ field: 'items.1', code: 'pipeline.duplicateStudent' }]);
    expect(await historyCount(charlie.id)).toBe(0);
  });

  it('refuses a stale version (409) and an application of another program (400), moving nobody', async () => {
    const items = await listAs(staff);
    const charlie = items.find((i) => i.nameLatin === 'Charlie')!;
    const delta = items.find((i) => i.nameLatin === 'Delta')!;
    const stale = await bulk(staff, { to: 'screened', items: [{ id: charlie.id, version: charlie.version }, { id: delta.id, version: delta.version + 5 }] });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'resource.versionConflict', fields: [{ field: 'items.1', code: 'resource.versionConflict' }] });
    const stranger = await bulk(staff, { to: 'screened', items: [{ id: charlie.id, version: charlie.version }, { id: crypto.randomUUID(), version: 1 }] });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().error.fields).toMatchObject([{ field: 'items.1', code: 'application.notInProgram' }]);
    expect(await historyCount(charlie.id)).toBe(0);
  });

  it('is the operators’ only: a company or a college that sees the program gets 403, a student 403', async () => {
    const charlie = (await listAs(staff)).find((i) => i.nameLatin === 'Charlie')!;
    for (const who of [companyUser, coordinator, students[0]!.who]) {
      expect((await bulk(who, { to: 'screened', items: [{ id: charlie.id, version: charlie.version }] })).statusCode).toBe(403);
    }
  });
});

describe('the board with donated lectures', () => {
  let lw: Awaited<ReturnType<typeof programWithApplicants>>;
  let operator: SignedIn;
  const ids: string[] = [];
  const listIn = async () => {
    const res = await injectAs(t.app, operator)({ method: 'GET', url: `/api/programs/${lw.program}/applications` });
    expect(res.statusCode, res.body).toBe(200);
    return (res.json().items as Item[]).sort((a, b) => a.nameLatin.localeCompare(b.nameLatin));
  };
  const move = async (to: string, which: number[]) => {
    const items = (await listIn()).filter((i) => which.map((n) => ids[n]).includes(i.id)).map((i) => ({ id: i.id, version: i.version }));
    return injectAs(t.app, operator)({ method: 'POST', url: `/api/programs/${lw.program}/applications/transitions`, payload: { to, items } });
  };

  beforeAll(async () => {
    lw = await programWithApplicants(t);
    operator = await signInAs(t, lw.operatorId, 'operator_staff');
    for (const name of ['Echo', 'Foxtrot']) {
      const who = await signInAs(t, lw.college, 'student', name);
      expect((await giveConsent(t.app, who, lw.program, [lw.operatorId])).statusCode).toBe(201);
      ids.push((await applyAs(t.app, who, lw.program, { nameLatin: name })).json().id);
    }
    expect((await move('screened', [0, 1])).statusCode).toBe(200);
    await lectureSeriesWithAttendance(injectCaller(t.app, lw.admin), lw.program, {
      givingOrganizationId: lw.company,
      sessions: 3,
      attendance: { [ids[0]!]: ['present', 'late', 'absent'], [ids[1]!]: ['present'] },
      minimumSessions: 2,
    });
  }, 60_000);

  it('shows the sessions each student attended, present or late', async () => {
    expect((await listIn()).map((i) => [i.nameLatin, i.attendedSessions])).toEqual([
      ['Echo', 2],
      ['Foxtrot', 1],
    ]);
  });

  it('no longer lets the operator skip the lectures once the program has sessions', async () => {
    const res = await move('interviewee', [0]);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.fields).toEqual([expect.objectContaining({ field: 'items.0', code: 'pipeline.programHasLectures' })]);
  });

  it('lets only students who met the attendance rule on to the interviews, all or nothing', async () => {
    expect((await move('lecture_attendee', [0, 1])).statusCode).toBe(200);
    const refused = await move('interviewee', [0, 1]);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.fields.map((f: { field: string }) => f.field)).toEqual(['items.1']);
    expect((await listIn()).map((i) => i.status)).toEqual(['lecture_attendee', 'lecture_attendee']);
    expect((await move('interviewee', [0])).statusCode).toBe(200);
    expect((await listIn()).map((i) => i.status)).toEqual(['interviewee', 'lecture_attendee']);
  });
});
