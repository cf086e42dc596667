// Intern selection end to end on the API: the operator opens a round with three host companies of
// two seats and a cap of three flats; students rank companies, companies rank the students they
// interviewed (the JRMP rule, then relaxed); interim demand; the deadline; preview and run (the
// independent checker inside the service); a change by hand names the property it breaks;
// publication mails everyone; each person sees only their part; freezing makes interns and a
// second round takes the seats left.
import { beforeAll, describe, expect, it } from 'vitest';
import { applyAs, giveConsent, injectAs, programWithApplicants, signInAs, type SignedIn } from '../../../test/support/people.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { runAsSystem } from '../db/actor-scope.ts';

const t = useTestApp();
let w: Awaited<ReturnType<typeof programWithApplicants>>;
let company3 = '';
let staff: SignedIn;
let hr: SignedIn;
let coordinator: SignedIn;
const students: SignedIn[] = [];
const apps: string[] = [];
let roundId = '';

const call = async (who: SignedIn, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: object) => {
  const res = await injectAs(t.app, who)({ method, url, ...(payload ? { payload } : {}) });
  return { status: res.statusCode, body: res.body ? res.json() : null, raw: res.body };
};
const round = async () => (await call(staff, 'GET', `/api/matchings/${roundId}`)).body as { version: number; status: string };
const saveList = async (who: SignedIn, owner: object, ranking: (string | undefined)[]) => {
  const lists = (await call(who, 'GET', `/api/matchings/${roundId}/lists`)).body as { students: { applicationId: string; version: number | null }[]; companies: { organizationId: string; version: number | null }[] };
  const o = owner as { applicationId?: string; organizationId?: string };
  const version = o.applicationId ? (lists.students.find((s) => s.applicationId === o.applicationId)?.version ?? null) : (lists.companies.find((c) => c.organizationId === o.organizationId)?.version ?? null);
  return call(who, 'PUT', `/api/matchings/${roundId}/lists`, { owner, ranking, version });
};

beforeAll(async () => {
  w = await programWithApplicants(t);
  company3 = (await w.as({ method: 'POST', url: '/api/organizations', payload: { kind: 'company', name: { en: 'Third' }, country: 'JP', city: null, website: null } })).json().id;
  expect((await w.as({ method: 'POST', url: `/api/programs/${w.program}/participations`, payload: { organizationId: company3, role: 'host_company' } })).statusCode).toBe(201);
  staff = await signInAs(t, w.operatorId, 'operator_staff');
  hr = await signInAs(t, w.company, 'host_company');
  coordinator = await signInAs(t, w.college, 'college_coordinator');
  for (const name of ['ANAR DORJ', 'BOLD SAIKHAN', 'ZOL ENKH', 'NOMIN BAT']) {
    const student = await signInAs(t, w.college, 'student', name);
    expect((await giveConsent(t.app, student, w.program, [w.operatorId, w.company, w.company2, company3])).statusCode).toBe(201);
    const res = await applyAs(t.app, student, w.program, { nameLatin: name, nameCyrillic: 'Анар', companiesOfInterest: [w.company] });
    expect(res.statusCode, res.body).toBe(201);
    students.push(student);
    apps.push(res.json().id);
  }
  for (const to of ['screened', 'interviewee']) {
    const items = await Promise.all(apps.map(async (id) => ({ id, version: (await call(staff, 'GET', `/api/applications/${id}`)).body.version })));
    const moved = await call(staff, 'POST', `/api/programs/${w.program}/applications/transitions`, { items, to });
    expect(moved.status, moved.raw).toBe(200);
  }
  // The fair: the first company interviews everyone, the others the first two students.
  const fair = (await call(staff, 'POST', `/api/programs/${w.program}/fairs`, { title: { ja: '面接会' }, days: [{ date: '2025-06-22', start: '09:00', end: '12:00' }] })).body;
  expect((await call(staff, 'PUT', `/api/fairs/${fair.id}/companies`, { version: fair.version, companies: [{ organizationId: w.company }, { organizationId: w.company2 }, { organizationId: company3 }] })).status).toBe(200);
  const pairs = [...apps.map((a) => [a, w.company]), [apps[0], w.company2], [apps[1], w.company2], [apps[0], company3], [apps[1], company3]];
  for (const [applicationId, organizationId] of pairs) expect((await call(staff, 'POST', `/api/fairs/${fair.id}/interviews`, { applicationId, organizationId })).status).toBe(201);
}, 120_000);

describe('a matching round', () => {
  it('opens with the program’s host companies at 2 seats each, and checks how the cap is shared', async () => {
    const res = await call(staff, 'POST', `/api/programs/${w.program}/matchings`, { title: { ja: '日立 2025 マッチング' }, listsDeadline: '2099-01-01T00:00:00Z', totalCap: 3 });
    expect(res.status, res.raw).toBe(201);
    expect(res.body).toMatchObject({ ordinal: 1, status: 'collecting', totalCap: 3, requireInterviewed: true, viewer: 'operator', listsIn: { students: 0, studentsInMarket: 4, companies: 0 } });
    expect(res.body.companies.map((c: { seats: number }) => c.seats)).toEqual([2, 2, 2]);
    roundId = res.body.id;
    const bad = await call(staff, 'PATCH', `/api/matchings/${roundId}`, { version: res.body.version, capTargets: { [w.company]: 2, [w.company2]: 2 } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toMatchObject([{ field: 'capTargets', code: 'matching.targetsExceedCap' }]);
    const order = await call(staff, 'PATCH', `/api/matchings/${roundId}`, { version: res.body.version, capOrder: [company3, w.company2, w.company] });
    expect(order.status, order.raw).toBe(200);
  });

  it('takes a student’s own list of the round’s companies, and nobody else’s', async () => {
    expect((await saveList(students[0]!, { kind: 'student', applicationId: apps[0] }, [w.company2, w.company])).status).toBe(200);
    const bad = await saveList(students[1]!, { kind: 'student', applicationId: apps[1] }, [w.company, w.company, w.operatorId]);
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual([expect.objectContaining({ field: 'ranking.1', code: 'matching.entryTwice' }), expect.objectContaining({ field: 'ranking.2', code: 'matching.notACandidate' })]);
    expect((await saveList(students[1]!, { kind: 'student', applicationId: apps[0] }, [w.company])).status).toBe(403);
    const mine = (await call(students[1]!, 'GET', `/api/matchings/${roundId}/lists`)).body;
    expect(mine.students.map((s: { applicationId: string }) => s.applicationId)).toEqual([apps[1]]);
    expect(mine.companies).toEqual([]);
    for (const i of [1, 2, 3]) expect((await saveList(students[i]!, { kind: 'student', applicationId: apps[i] }, [w.company, w.company2, company3])).status).toBe(200);
    const stale = await call(students[1]!, 'PUT', `/api/matchings/${roundId}/lists`, { owner: { kind: 'student', applicationId: apps[1] }, ranking: [w.company], version: null });
    expect(stale.status).toBe(409);
  });

  it('lets a company rank only the students it interviewed, until the operator relaxes the rule', async () => {
    const lists = (await call(hr, 'GET', `/api/matchings/${roundId}/lists`)).body;
    expect(lists.companies.map((c: { organizationId: string }) => c.organizationId)).toEqual([w.company]);
    expect(lists.companies[0].candidates).toHaveLength(4);
    expect((await saveList(hr, { kind: 'company', organizationId: w.company }, [apps[3], apps[2], apps[1], apps[0]])).status).toBe(200);
    expect((await saveList(hr, { kind: 'company', organizationId: w.company2 }, [apps[0]])).status).toBe(403);
    const notInterviewed = await saveList(staff, { kind: 'company', organizationId: w.company2 }, [apps[0], apps[1], apps[2]]);
    expect(notInterviewed.body.error.fields).toMatchObject([{ field: 'ranking.2', code: 'matching.notACandidate' }]);
    await call(staff, 'PATCH', `/api/matchings/${roundId}`, { version: (await round()).version, requireInterviewed: false });
    expect((await saveList(staff, { kind: 'company', organizationId: w.company2 }, [apps[0], apps[1], apps[2]])).status).toBe(200);
    expect((await saveList(staff, { kind: 'company', organizationId: company3 }, [apps[1], apps[0]])).status).toBe(200);
  });

  it('keeps every list, consent and interviewed pair as integer keys too, in order, for the matching to read', async () => {
    const q = <T extends object>(text: string) => runAsSystem(async () => (await t.database.pool.query<T>(text)).rows);
    const orgSeq = new Map((await q<{ id: string; seq: number }>('select id, seq from organizations')).map((r) => [r.id, r.seq]));
    const appSeq = new Map((await q<{ id: string; seq: number }>('select id, seq from student_applications')).map((r) => [r.id, r.seq]));
    const lists = await q<{ application_id: string | null; organization_id: string | null; owner_seq: number; ranking: string[]; ranking_seqs: number[] }>(
      `select application_id, organization_id, owner_seq, ranking, ranking_seqs from rank_lists where round_id = '${roundId}'`,
    );
    expect(lists.length).toBeGreaterThanOrEqual(5);
    for (const l of lists) {
      expect(l.owner_seq).toBe(l.application_id ? appSeq.get(l.application_id) : orgSeq.get(l.organization_id!));
      expect(l.ranking_seqs).toEqual(l.ranking.map((id) => (l.application_id ? orgSeq : appSeq).get(id)));
    }
    const consents = await q<{ recipient_ids: string[]; recipient_seqs: number[] }>(`select recipient_ids, recipient_seqs from consents where program_id = '${w.program}'`);
    expect(consents).toHaveLength(4);
    for (const c of consents) expect(c.recipient_seqs).toEqual(c.recipient_ids.map((id) => orgSeq.get(id)));
    const pairs = await q<{ application_id: string; organization_id: string; application_seq: number; organization_seq: number }>(`select application_id, organization_id, application_seq, organization_seq from fair_interviews where program_id = '${w.program}'`);
    expect(pairs).toHaveLength(8);
    for (const p of pairs) expect([p.application_seq, p.organization_seq]).toEqual([appSeq.get(p.application_id), orgSeq.get(p.organization_id)]);
    // An id that names no row is left out of the copy, and a change of the list recomputes it.
    const [list] = await q<{ id: string; ranking: string[] }>(`select id, ranking from rank_lists where round_id = '${roundId}' and application_id is not null limit 1`);
    const [changed] = await q<{ ranking_seqs: number[] }>(`update rank_lists set ranking = '${JSON.stringify(['00000000-0000-4000-8000-000000000000', ...list!.ranking.toReversed()])}'::jsonb where id = '${list!.id}' returning ranking_seqs`);
    expect(changed!.ranking_seqs).toEqual(list!.ranking.toReversed().map((id) => orgSeq.get(id)));
    await q(`update rank_lists set ranking = '${JSON.stringify(list!.ranking)}'::jsonb where id = '${list!.id}'`);
  });

  it('shows interim demand to participants only once the operator publishes it', async () => {
    expect((await call(students[0]!, 'GET', `/api/matchings/${roundId}`)).body.interimDemand).toBeNull();
    await call(staff, 'PATCH', `/api/matchings/${roundId}`, { version: (await round()).version, interimDemandPublished: true });
    expect((await call(students[0]!, 'GET', `/api/matchings/${roundId}`)).body.interimDemand).toEqual({ [w.company]: 3, [w.company2]: 1, [company3]: 0 });
  });

  it('closes lists at the deadline for students, not for the operators', async () => {
    await call(staff, 'PATCH', `/api/matchings/${roundId}`, { version: (await round()).version, listsDeadline: '2020-01-01T00:00:00Z' });
    const late = await saveList(students[3]!, { kind: 'student', applicationId: apps[3] }, [w.company]);
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('matching.deadlinePassed');
  });

  it('previews, runs under the cap of 3 flats and explains each result', async () => {
    const preview = (await call(staff, 'POST', `/api/matchings/${roundId}/preview`)).body;
    expect(preview).toMatchObject({ matched: 3, totalCap: 3, broken: [], saved: false });
    expect((await call(students[0]!, 'GET', `/api/matchings/${roundId}/result`)).status).toBe(409);
    const run = await call(staff, 'POST', `/api/matchings/${roundId}/run`, { version: (await round()).version });
    expect(run.status, run.raw).toBe(200);
    const placed = Object.fromEntries(run.body.students.map((s: { applicationId: string; organizationId: string | null }) => [s.applicationId, s.organizationId]));
    // The round-robin order puts the second company before the first: the first company keeps only
    // its favourite (student 3) and the second takes students 0 and 1; student 2 is left out.
    expect(placed).toEqual({ [apps[0]!]: w.company2, [apps[1]!]: w.company2, [apps[2]!]: null, [apps[3]!]: w.company });
    const left = run.body.students.find((s: { applicationId: string }) => s.applicationId === apps[2]);
    expect(left.notHigher).toEqual([
      { organizationId: w.company, reason: 'programCapReached' },
      { organizationId: w.company2, reason: 'filledWithHigherRanked' },
      { organizationId: company3, reason: 'companyDidNotRankYou' },
    ]);
    expect(run.body.broken).toEqual([]);
  });

  it('records a change by hand with its reason and names the property it breaks', async () => {
    const res = await call(staff, 'POST', `/api/matchings/${roundId}/overrides`, { version: (await round()).version, applicationId: apps[1], organizationId: null, reason: 'Health check pending' });
    expect(res.status, res.raw).toBe(200);
    expect(res.body.broken.map((b: { property: string }) => b.property)).toContain('nonWastefulness');
    expect(res.body.students.find((s: { applicationId: string }) => s.applicationId === apps[1])).toMatchObject({ organizationId: null, overrideReason: 'Health check pending' });
    const audit = await runAsSystem(() => t.database.pool.query("select fields from audit_events where resource_type = 'matching_result' order by occurred_at desc limit 1"));
    expect(audit.rows[0].fields).toEqual(['override', 'reason']);
  });

  it('publishes: everyone is told by e-mail and sees only their own part', async () => {
    const res = await call(staff, 'POST', `/api/matchings/${roundId}/publish`, { version: (await round()).version });
    expect(res.status, res.raw).toBe(200);
    const mail = await runAsSystem(() => t.database.pool.query<{ kind: string }>("select kind from outbox_messages where kind in ('matchedStudent', 'unmatchedStudent', 'companyInterns')"));
    expect(mail.rows.filter((m) => m.kind !== 'companyInterns')).toHaveLength(4);
    const own = (await call(students[3]!, 'GET', `/api/matchings/${roundId}/result`)).body;
    expect(own.students).toMatchObject([{ applicationId: apps[3], organizationId: w.company, choice: 1 }]);
    expect(own.companies.every((c: { cutoffRank: number | null }) => c.cutoffRank === null)).toBe(true);
    const company = (await call(hr, 'GET', `/api/matchings/${roundId}/result`)).body;
    expect(company.students.map((s: { applicationId: string }) => s.applicationId)).toEqual([apps[3]]);
    expect(company.companies).toMatchObject([{ organizationId: w.company, filled: 1, cutoffRank: 1, unfilledReason: 'manualOverride' }]);
    expect((await call(coordinator, 'GET', `/api/matchings/${roundId}/result`)).body.students).toHaveLength(4);
    expect((await saveList(staff, { kind: 'student', applicationId: apps[0] }, [w.company])).body.error.code).toBe('matching.roundClosed');
  });

  it('freezes: placed students become interns, and a second round takes the seats and flats left', async () => {
    const res = await call(staff, 'POST', `/api/matchings/${roundId}/freeze`, { version: (await round()).version });
    expect(res.status, res.raw).toBe(200);
    expect((await call(staff, 'GET', `/api/applications/${apps[3]}`)).body.status).toBe('intern');
    // The frozen round's result still names everyone it placed (now interns, out of the market).
    const frozen = (await call(staff, 'GET', `/api/matchings/${roundId}/result`)).body;
    expect(frozen.students.filter((s: { organizationId: string | null }) => s.organizationId !== null).map((s: { applicationId: string }) => s.applicationId)).toContain(apps[3]);
    expect((await call(hr, 'GET', `/api/matchings/${roundId}/result`)).body.students.map((s: { applicationId: string }) => s.applicationId)).toEqual([apps[3]]);
    const second = await call(staff, 'POST', `/api/programs/${w.program}/matchings`, { title: { ja: '二次' }, listsDeadline: '2099-01-01T00:00:00Z', previousRoundId: roundId });
    expect(second.status, second.raw).toBe(201);
    expect(second.body).toMatchObject({ ordinal: 2, totalCap: 1, listsIn: { studentsInMarket: 2 } });
    expect(second.body.companies.map((c: { organizationId: string; seats: number }) => [c.organizationId, c.seats])).toEqual([
      [w.company, 1],
      [w.company2, 1],
      [company3, 2],
    ]);
  });
});
