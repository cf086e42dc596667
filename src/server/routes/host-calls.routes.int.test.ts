// The call for host companies end to end: one call per program opened by its operators, drafts
// hidden from companies, applications until the deadline by a test clock (then only the
// operator, or a reopened call), who sees which application, scores against the rubric, and
// decisions that make an accepted company a host company of the program in the same transaction.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildHostApplicationInput, buildHostCallInput, buildOrganizationInput, buildProgramInput } from '../../../test/support/factories.ts';
import { injectAs, programWithApplicants, signInAs, type SignedIn } from '../../../test/support/people.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { runAsSystem } from '../db/actor-scope.ts';
import { listAuditEvents } from '../repositories/audit.repository.ts';

/** The server clock the services see; tests move it past the deadline. */
const clock = { offsetMs: 0 };
const t = useTestApp({ now: () => new Date(Date.now() + clock.offsetMs) });
const DAY = 24 * 60 * 60 * 1000;

let w: Awaited<ReturnType<typeof programWithApplicants>>;
let staff: SignedIn;
let companyUser: SignedIn;
let company2User: SignedIn;
/** A company that does not take part in the program: it applies through the open call. */
let outsider: { id: string; user: SignedIn };
let coordinator: SignedIn;
let student: SignedIn;
let callId: string;
let deadline: Date;

beforeAll(async () => {
  w = await programWithApplicants(t);
  staff = await signInAs(t, w.operatorId, 'operator_staff');
  companyUser = await signInAs(t, w.company, 'host_company');
  company2User = await signInAs(t, w.company2, 'host_company');
  coordinator = await signInAs(t, w.college, 'college_coordinator');
  student = await signInAs(t, w.college, 'student');
  const org = await w.as({ method: 'POST', url: '/api/organizations', payload: buildOrganizationInput({ kind: 'company', name: { en: 'Outsider Machining' } }) });
  outsider = { id: org.json().id, user: await signInAs(t, org.json().id, 'host_company') };
}, 60_000);

const as = (who: SignedIn) => injectAs(t.app, who);
const apply = (who: SignedIn, companyId: string, overrides = {}) => as(who)({ method: 'POST', url: `/api/host-calls/${callId}/applications`, payload: buildHostApplicationInput(companyId, overrides) });
const versionOf = async (url: string) => (await w.as({ method: 'GET', url })).json().version as number;
const hostCompaniesOfProgram = async () =>
  ((await w.as({ method: 'GET', url: `/api/programs/${w.program}` })).json().participations as { role: string; organization: { id: string } }[]).filter((p) => p.role === 'host_company').map((p) => p.organization.id).sort();
const rowCount = async (table: string, where = '', params: unknown[] = []) =>
  Number((await runAsSystem(() => t.database.pool.query(`select count(*) from ${table} ${where}`, params))).rows[0].count);

describe('opening the call', () => {
  it('is refused to a host company (403) and answers bad input by field (400)', async () => {
    const refused = await as(companyUser)({ method: 'POST', url: `/api/programs/${w.program}/host-call`, payload: buildHostCallInput() });
    expect(refused.statusCode).toBe(403);
    const tooMany = Array.from({ length: 11 }, (_, i) => ({ id: `q${i}`, text: { en: `Question ${i}` } }));
    const bad = await w.as({
      method: 'POST',
      url: `/api/programs/${w.program}/host-call`,
      payload: buildHostCallInput({ deadline: 'next Friday', questions: tooMany, rubric: [{ id: 'fit', label: { en: 'Fit' }, weight: 0 }] }),
    });
    expect(bad.statusCode).toBe(400);
    const fields = (bad.json().error.fields as { field: string }[]).map((f) => f.field).sort();
    expect(fields).toEqual(['deadline', 'questions', 'rubric.0.weight']);
  });

  it('drafts the program’s one call, the intern cap taken from the program, audited; a second is 409', async () => {
    deadline = new Date(Date.now() + DAY);
    const res = await as(staff)({ method: 'POST', url: `/api/programs/${w.program}/host-call`, payload: buildHostCallInput({ deadline: deadline.toISOString(), status: 'draft' }) });
    expect(res.statusCode, res.body).toBe(201);
    callId = res.json().id;
    expect(res.json()).toMatchObject({ programId: w.program, operatorId: w.operatorId, internCapPerCompany: 2, status: 'draft', version: 1 });
    expect(res.json().questions).toHaveLength(2);
    const events = await listAuditEvents(t.database.db, 'host_call', callId);
    expect(events.map((e) => [e.action, e.actorUserId])).toEqual([['create', staff.userId]]);
    const again = await w.as({ method: 'POST', url: `/api/programs/${w.program}/host-call`, payload: buildHostCallInput() });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.fields).toMatchObject([{ field: 'programId', code: 'hostCall.alreadyExists' }]);
  });

  it('keeps a draft from companies, and shows an open call to every host company, taking part or not', async () => {
    expect((await as(outsider.user)({ method: 'GET', url: `/api/host-calls/${callId}` })).statusCode).toBe(404);
    expect((await as(companyUser)({ method: 'GET', url: '/api/host-calls' })).json().items).toEqual([]);
    expect((await apply(companyUser, w.company)).statusCode).toBe(404);
    const opened = await w.as({ method: 'PATCH', url: `/api/host-calls/${callId}`, payload: { version: 1, status: 'open', internCapPerCompany: 1 } });
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.json()).toMatchObject({ status: 'open', internCapPerCompany: 1, version: 2 });
    expect((await w.as({ method: 'PATCH', url: `/api/host-calls/${callId}`, payload: { version: 1, status: 'closed' } })).statusCode).toBe(409);
    const listed = await as(outsider.user)({ method: 'GET', url: '/api/host-calls' });
    expect(listed.json().items.map((c: { id: string }) => c.id)).toEqual([callId]);
    // The outsider may not read the program yet, but is told who is calling.
    expect((await as(outsider.user)({ method: 'GET', url: `/api/programs/${w.program}` })).statusCode).toBe(404);
    const operatorName = (await w.as({ method: 'GET', url: `/api/organizations/${w.operatorId}` })).json().name;
    expect(listed.json().items[0].operatorName).toEqual(operatorName);
    const one = await as(outsider.user)({ method: 'GET', url: `/api/host-calls/${callId}` });
    expect(one.statusCode).toBe(200);
    expect(one.json().operatorName).toEqual(operatorName);
    // Other roles see nothing of it.
    expect((await as(coordinator)({ method: 'GET', url: `/api/host-calls/${callId}` })).statusCode).toBe(404);
    expect((await as(student)({ method: 'GET', url: '/api/host-calls' })).json().items).toEqual([]);
  });
});

let applicationId: string;
let application2Id: string;
let outsiderApplicationId: string;

describe('applying', () => {
  it('names bad answers and someone else’s company by field', async () => {
    const unknown = await apply(companyUser, w.company, { answers: { housing: 'Yes', parking: 'No' } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields).toMatchObject([{ field: 'answers.parking', code: 'hostCall.unknownQuestion' }]);
    const notOwn = await apply(companyUser, w.company2);
    expect(notOwn.statusCode).toBe(400);
    expect(notOwn.json().error.fields).toMatchObject([{ field: 'companyId', code: 'hostCall.notYourCompany' }]);
    const missing = await as(companyUser)({ method: 'POST', url: `/api/host-calls/${callId}/applications`, payload: { companyId: w.company } });
    expect(missing.statusCode).toBe(400);
    expect((missing.json().error.fields as { field: string }[]).map((f) => f.field)).toEqual(
      expect.arrayContaining(['industry', 'employeeCount', 'city', 'positions', 'interviewerCount', 'canHostInInternshipPeriod', 'wantsToHire']),
    );
  });

  it('takes each company’s application once, audited', async () => {
    const res = await apply(companyUser, w.company);
    expect(res.statusCode, res.body).toBe(201);
    applicationId = res.json().id;
    expect(res.json()).toMatchObject({ companyId: w.company, decision: 'pending', scores: null, interviewerCount: 2, canHostInInternshipPeriod: true, wantsToHire: true });
    const events = await listAuditEvents(t.database.db, 'host_application', applicationId);
    expect(events.map((e) => [e.action, e.actorUserId])).toEqual([['create', companyUser.userId]]);
    expect((await apply(companyUser, w.company)).statusCode).toBe(409);
    application2Id = (await apply(company2User, w.company2, { wantsToHire: false })).json().id;
    const outsiderRes = await apply(outsider.user, outsider.id, { city: 'Mito' });
    expect(outsiderRes.statusCode, outsiderRes.body).toBe(201);
    outsiderApplicationId = outsiderRes.json().id;
  });

  it('is refused to the operator, the college and the student', async () => {
    expect((await apply(staff, w.company)).statusCode).toBe(403);
    expect((await apply(coordinator, w.company)).statusCode).toBe(404);
    expect((await apply(student, w.company)).statusCode).toBe(404);
  });
});

describe('who sees which application', () => {
  it('shows the operators all, each company its own only', async () => {
    const all = await as(staff)({ method: 'GET', url: `/api/host-calls/${callId}/applications` });
    expect(all.json().items.map((a: { id: string }) => a.id)).toEqual([applicationId, application2Id, outsiderApplicationId]);
    // The operator reads each applicant's name with its application.
    expect(all.json().items[2].companyName).toEqual({ en: 'Outsider Machining' });
    const own = await as(companyUser)({ method: 'GET', url: `/api/host-calls/${callId}/applications` });
    expect(own.json().items.map((a: { id: string }) => a.id)).toEqual([applicationId]);
    const outsiders = await as(outsider.user)({ method: 'GET', url: `/api/host-calls/${callId}/applications` });
    expect(outsiders.json().items.map((a: { id: string }) => a.id)).toEqual([outsiderApplicationId]);
    expect((await as(companyUser)({ method: 'GET', url: `/api/host-applications/${application2Id}` })).statusCode).toBe(404);
    expect((await as(outsider.user)({ method: 'GET', url: `/api/host-applications/${outsiderApplicationId}` })).statusCode).toBe(200);
    expect((await as(coordinator)({ method: 'GET', url: `/api/host-applications/${applicationId}` })).statusCode).toBe(404);
    expect((await as(coordinator)({ method: 'GET', url: `/api/host-calls/${callId}/applications` })).statusCode).toBe(404);
  });

  it('keeps another operator out entirely, in the database too', async () => {
    const other = await signInAs(t, (await w.as({ method: 'POST', url: '/api/organizations', payload: buildOrganizationInput({ kind: 'support_center' }) })).json().id, 'operator_staff');
    expect((await as(other)({ method: 'GET', url: `/api/host-applications/${applicationId}` })).statusCode).toBe(404);
    expect((await as(other)({ method: 'PATCH', url: `/api/host-calls/${callId}`, payload: { version: 2, status: 'closed' } })).statusCode).toBe(404);
    // A connection serving nobody sees no application and no call.
    const seen = await t.database.pool.query('select count(*) from host_applications');
    expect(Number(seen.rows[0].count)).toBe(0);
    expect(await rowCount('host_applications')).toBe(3);
  });
});

describe('the deadline', () => {
  it('lets the company edit its application before it, with the version it saw', async () => {
    const version = await versionOf(`/api/host-applications/${applicationId}`);
    const res = await as(companyUser)({ method: 'PATCH', url: `/api/host-applications/${applicationId}`, payload: { version, employeeCount: 130, positions: ['PLC engineer', 'Designer'] } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ employeeCount: 130, positions: ['PLC engineer', 'Designer'], version: version + 1 });
    const stale = await as(companyUser)({ method: 'PATCH', url: `/api/host-applications/${applicationId}`, payload: { version, city: 'Tokai' } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('resource.versionConflict');
  });

  it('refuses the companies’ writes after it (409 hostCall.closed), not the operator’s', async () => {
    clock.offsetMs = 2 * DAY;
    try {
      const version = await versionOf(`/api/host-applications/${applicationId}`);
      const late = await as(companyUser)({ method: 'PATCH', url: `/api/host-applications/${applicationId}`, payload: { version, city: 'Tokai' } });
      expect(late.statusCode).toBe(409);
      expect(late.json().error.code).toBe('hostCall.closed');
      const onBehalf = await as(staff)({ method: 'PATCH', url: `/api/host-applications/${applicationId}`, payload: { version, city: 'Tokai' } });
      expect(onBehalf.statusCode, onBehalf.body).toBe(200);
      expect(onBehalf.json().city).toBe('Tokai');
      // The operator reopens the call with a later deadline: the company may write again.
      const callVersion = await versionOf(`/api/host-calls/${callId}`);
      const reopened = await w.as({ method: 'PATCH', url: `/api/host-calls/${callId}`, payload: { version: callVersion, deadline: new Date(Date.now() + 3 * DAY).toISOString() } });
      expect(reopened.statusCode, reopened.body).toBe(200);
      const again = await as(companyUser)({ method: 'PATCH', url: `/api/host-applications/${applicationId}`, payload: { version: version + 1, city: 'Hitachi' } });
      expect(again.statusCode, again.body).toBe(200);
      // Closing the call stops the companies again, whatever the deadline.
      const closed = await w.as({ method: 'PATCH', url: `/api/host-calls/${callId}`, payload: { version: callVersion + 1, status: 'closed' } });
      expect(closed.statusCode, closed.body).toBe(200);
      const afterClose = await as(companyUser)({ method: 'PATCH', url: `/api/host-applications/${applicationId}`, payload: { version: version + 2, city: 'Mito' } });
      expect(afterClose.json().error.code).toBe('hostCall.closed');
      // A closed call still shows the company its own application, and stays in the lists of the
      // companies that applied to it (so they find the decision), not of the others.
      expect((await as(outsider.user)({ method: 'GET', url: `/api/host-applications/${outsiderApplicationId}` })).statusCode).toBe(200);
      const listed = async (who: SignedIn) => ((await as(who)({ method: 'GET', url: '/api/host-calls' })).json().items as { id: string }[]).map((c) => c.id);
      expect(await listed(outsider.user)).toContain(callId);
      const bystanderOrg = (await w.as({ method: 'POST', url: '/api/organizations', payload: buildOrganizationInput({ kind: 'company' }) })).json().id as string;
      expect(await listed(await signInAs(t, bystanderOrg, 'host_company'))).not.toContain(callId);
    } finally {
      clock.offsetMs = 0;
    }
  });

  it('refuses a new application after it', async () => {
    const callVersion = await versionOf(`/api/host-calls/${callId}`);
    await w.as({ method: 'PATCH', url: `/api/host-calls/${callId}`, payload: { version: callVersion, status: 'open', deadline: new Date(Date.now() + DAY).toISOString() } });
    const lateOrg = (await w.as({ method: 'POST', url: '/api/organizations', payload: buildOrganizationInput({ kind: 'company' }) })).json().id as string;
    const late = await signInAs(t, lateOrg, 'host_company');
    clock.offsetMs = 2 * DAY;
    try {
      const res = await apply(late, lateOrg);
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('hostCall.closed');
    } finally {
      clock.offsetMs = 0;
    }
  });
});

describe('scoring and deciding', () => {
  it('scores against the rubric only, by field, and hides the scores from the company', async () => {
    const version = await versionOf(`/api/host-applications/${applicationId}`);
    const bad = await as(staff)({ method: 'PUT', url: `/api/host-applications/${applicationId}/scores`, payload: { version, scores: { fit: 4, parking: 3 } } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toMatchObject([{ field: 'scores.parking', code: 'hostCall.unknownCriterion' }]);
    const outOfRange = await as(staff)({ method: 'PUT', url: `/api/host-applications/${applicationId}/scores`, payload: { version, scores: { fit: 6 } } });
    expect(outOfRange.statusCode).toBe(400);
    const res = await as(staff)({ method: 'PUT', url: `/api/host-applications/${applicationId}/scores`, payload: { version, scores: { fit: 5, support: 2 } } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ scores: { fit: 5, support: 2 }, weightedScore: 4 });
    const seenByCompany = await as(companyUser)({ method: 'GET', url: `/api/host-applications/${applicationId}` });
    expect(seenByCompany.json()).toMatchObject({ scores: null, weightedScore: null });
    expect((await as(companyUser)({ method: 'PUT', url: `/api/host-applications/${applicationId}/scores`, payload: { version: version + 1, scores: { fit: 5 } } })).statusCode).toBe(403);
    const events = await listAuditEvents(t.database.db, 'host_application', applicationId);
    expect(events[0]).toMatchObject({ action: 'update', actorUserId: staff.userId, fields: ['scores'] });
  });

  it('accepts a company that does not take part yet: it becomes a host company of the program, once', async () => {
    expect(await hostCompaniesOfProgram()).toEqual([w.company, w.company2].sort());
    expect((await as(outsider.user)({ method: 'GET', url: `/api/programs/${w.program}` })).statusCode).toBe(404);
    const noReason = await as(staff)({ method: 'POST', url: `/api/host-applications/${outsiderApplicationId}/decision`, payload: { version: 1, decision: 'accepted', reason: '' } });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields).toMatchObject([{ field: 'reason' }]);
    const res = await as(staff)({ method: 'POST', url: `/api/host-applications/${outsiderApplicationId}/decision`, payload: { version: 1, decision: 'accepted', reason: 'Housing near the plant' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ decision: 'accepted', decisionReason: 'Housing near the plant' });
    expect(res.json().decidedAt).not.toBeNull();
    expect(await hostCompaniesOfProgram()).toEqual([w.company, w.company2, outsider.id].sort());
    expect((await as(outsider.user)({ method: 'GET', url: `/api/programs/${w.program}` })).statusCode).toBe(200);
    // Accepting again adds nothing.
    const again = await as(staff)({ method: 'POST', url: `/api/host-applications/${outsiderApplicationId}/decision`, payload: { version: 2, decision: 'accepted', reason: 'Confirmed' } });
    expect(again.statusCode).toBe(200);
    expect(await rowCount('participations', 'where program_id = $1 and organization_id = $2', [w.program, outsider.id])).toBe(1);
    const participationEvents = await runAsSystem(() =>
      t.database.pool.query(`select count(*) from audit_events where resource_type = 'participation' and action = 'create' and actor_user_id = $1`, [staff.userId]),
    );
    expect(Number(participationEvents.rows[0].count)).toBe(1);
    // A stale decision is refused.
    expect((await as(staff)({ method: 'POST', url: `/api/host-applications/${outsiderApplicationId}/decision`, payload: { version: 1, decision: 'declined', reason: 'x' } })).statusCode).toBe(409);
  });

  it('declines with a reason and changes nothing else; the company sees the decision, and may not decide', async () => {
    expect((await as(company2User)({ method: 'POST', url: `/api/host-applications/${application2Id}/decision`, payload: { version: 1, decision: 'accepted', reason: 'Self' } })).statusCode).toBe(403);
    const res = await w.as({ method: 'POST', url: `/api/host-applications/${application2Id}/decision`, payload: { version: 1, decision: 'declined', reason: 'Cannot host in August' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(await hostCompaniesOfProgram()).toEqual([w.company, w.company2, outsider.id].sort());
    const seen = await as(company2User)({ method: 'GET', url: `/api/host-applications/${application2Id}` });
    expect(seen.json()).toMatchObject({ decision: 'declined', decisionReason: 'Cannot host in August' });
    const events = await listAuditEvents(t.database.db, 'host_application', application2Id);
    expect(events[0]).toMatchObject({ action: 'update', fields: ['decision', 'decisionReason'] });
  });
});

describe('another program of the operator', () => {
  it('has its own call, with no intern cap when the program has none and none given', async () => {
    const program = await w.as({ method: 'POST', url: '/api/programs', payload: buildProgramInput(w.operatorId, { fiscalYear: 2026, internCapPerCompany: null }) });
    const res = await w.as({ method: 'POST', url: `/api/programs/${program.json().id}/host-call`, payload: buildHostCallInput({ internCapPerCompany: 3 }) });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().internCapPerCompany).toBe(3);
    expect((await as(staff)({ method: 'GET', url: '/api/host-calls' })).json().items).toHaveLength(2);
  });
});
