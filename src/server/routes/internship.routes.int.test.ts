// The internship on the API (issue 8 items 1 and 2): plans made from the published matching and
// the internship phase; the company plans days and comments, the intern writes their report in
// Mongolian on the day (not before, not after the mentor answered); attendance and progress;
// incidents encrypted at rest and hidden from the intern; the final report meeting: running
// order, slides, scores from two companies aggregated, and who may do what.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IncidentView, InternshipOverview, InternshipPlanView, ReportMeetingView } from '../../contracts/internship.ts';
import { tinyPdf } from '../../../test/support/files.ts';
import { housingWorld, signInIntern } from '../../../test/support/housing.ts';
import { injectAs, signInAs, type SignedIn } from '../../../test/support/people.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { runAsSystem } from '../db/actor-scope.ts';

let clock = new Date('2025-08-19T01:00:00Z'); // 10:00 in Hitachi on the first day
const t = useTestApp({ now: () => clock });
let w: Awaited<ReturnType<typeof housingWorld>>;
let staff: SignedIn;
let hr: SignedIn;
let hr2: SignedIn;
let coordinator: SignedIn;
let student: SignedIn;
let plan: InternshipPlanView;

const call = async (who: SignedIn, method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: object | Buffer, headers?: Record<string, string>) => {
  const res = await injectAs(t.app, who)({ method, url, ...(payload ? { payload } : {}), ...(headers ? { headers: { ...who.headers, ...headers } } : {}) });
  return { status: res.statusCode, body: res.body && res.headers['content-type']?.toString().includes('json') ? res.json() : null, raw: res.body };
};
const planOf = async (who: SignedIn, id = plan.id) => (await call(who, 'GET', `/api/internship-plans/${id}`)).body as InternshipPlanView;

beforeAll(async () => {
  w = await housingWorld(t, 2);
  staff = await signInAs(t, w.operatorId, 'operator_staff');
  hr = await signInAs(t, w.company, 'host_company');
  hr2 = await signInAs(t, w.company2, 'host_company');
  coordinator = await signInAs(t, w.college, 'college_coordinator');
  student = await signInIntern(t, w.interns[0]!.userId);
}, 120_000);

describe('internship plans', () => {
  it('are made by the operators for every placed intern, with the phase’s weekdays, once', async () => {
    expect((await call(hr, 'POST', `/api/programs/${w.program}/internship/plans`)).status).toBe(403);
    const made = await call(staff, 'POST', `/api/programs/${w.program}/internship/plans`);
    expect(made.status, made.raw).toBe(200);
    const overview = made.body as InternshipOverview;
    expect(overview.canPlan).toBe(true);
    expect(overview.items).toHaveLength(2);
    expect(overview.items.every((i) => i.planId !== null && i.startsOn === '2025-08-19' && i.endsOn === '2025-08-30')).toBe(true);
    const again = (await call(staff, 'POST', `/api/programs/${w.program}/internship/plans`)).body as InternshipOverview;
    expect(again.items.map((i) => i.planId)).toEqual(overview.items.map((i) => i.planId));
    const mine = overview.items.find((i) => i.applicationId === w.interns[0]!.applicationId)!;
    plan = await planOf(staff, mine.planId!);
    expect(plan.days.map((d) => d.on)).toEqual(['2025-08-19', '2025-08-20', '2025-08-21', '2025-08-22', '2025-08-25', '2025-08-26', '2025-08-27', '2025-08-28', '2025-08-29']);
  });

  it('are seen by the intern’s company, college and the intern, and not by the other company', async () => {
    expect((await planOf(hr)).viewer).toBe('company');
    expect((await planOf(coordinator)).viewer).toBe('college');
    expect((await planOf(student)).viewer).toBe('student');
    expect((await call(hr2, 'GET', `/api/internship-plans/${plan.id}`)).status).toBe(404);
    const overview = (await call(hr, 'GET', `/api/programs/${w.program}/internship`)).body as InternshipOverview;
    expect(overview.items.map((i) => i.applicationId)).toEqual([w.interns[0]!.applicationId]);
    expect(overview.canPlan).toBe(false);
    const own = (await call(student, 'GET', '/api/me/internships')).body as { items: { planId: string }[] };
    expect(own.items.map((i) => i.planId)).toEqual([plan.id]);
  });

  it('take the mentor and the day’s tasks from the company; the intern cannot plan', async () => {
    const named = await call(hr, 'PATCH', `/api/internship-plans/${plan.id}`, { version: plan.version, mentorName: '佐藤 一郎' });
    expect(named.status, named.raw).toBe(200);
    expect(named.body.mentorName).toBe('佐藤 一郎');
    const day = plan.days[0]!;
    const planned = await call(hr, 'PATCH', `/api/internship-days/${day.id}`, { version: day.version, tasks: '安全教育、工場見学' });
    expect(planned.status, planned.raw).toBe(200);
    expect((await call(student, 'PATCH', `/api/internship-days/${day.id}`, { version: planned.body.version, tasks: 'x' })).status).toBe(403);
    expect((await call(hr, 'PATCH', `/api/internship-days/${day.id}`, { version: day.version, tasks: 'stale' })).status).toBe(409);
  });
});

describe('daily reports', () => {
  it('are written by the intern in Mongolian on the day, not for a day to come', async () => {
    plan = await planOf(student);
    const [first, second] = plan.days;
    const early = await call(student, 'PUT', `/api/internship-days/${second!.id}/report`, { version: second!.version, body: 'Маргааш', language: 'mn' });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('internship.reportBeforeDay');
    const written = await call(student, 'PUT', `/api/internship-days/${first!.id}/report`, { version: first!.version, body: 'Өнөөдөр аюулгүй ажиллагааны сургалтад хамрагдаж, үйлдвэртэй танилцлаа.', language: 'mn' });
    expect(written.status, written.raw).toBe(200);
    expect(written.body).toMatchObject({ reportState: 'submitted', report: { language: 'mn' } });
    expect((await call(hr, 'PUT', `/api/internship-days/${first!.id}/report`, { version: written.body.version, body: 'x', language: 'ja' })).status).toBe(403);
  });

  it('get the mentor’s comment, after which the intern’s text is locked', async () => {
    const day = (await planOf(hr)).days[0]!;
    const commented = await call(hr, 'PUT', `/api/internship-days/${day.id}/comment`, { version: day.version, body: 'よく頑張りました。明日は旋盤の実習です。' });
    expect(commented.status, commented.raw).toBe(200);
    expect(commented.body.reportState).toBe('commented');
    const locked = await call(student, 'PUT', `/api/internship-days/${day.id}/report`, { version: commented.body.version, body: 'Засвар', language: 'mn' });
    expect(locked.body.error.code).toBe('internship.reportLocked');
    const empty = plan.days[1]!;
    clock = new Date('2025-08-20T05:00:00Z');
    const noReport = await call(hr, 'PUT', `/api/internship-days/${empty.id}/comment`, { version: empty.version, body: '?' });
    expect(noReport.body.error.code).toBe('internship.noReport');
  });

  it('and attendance sum up into the intern’s progress', async () => {
    clock = new Date('2025-08-21T05:00:00Z');
    const days = (await planOf(hr)).days;
    await call(hr, 'PATCH', `/api/internship-days/${days[0]!.id}`, { version: days[0]!.version, attendance: 'present' });
    await call(hr, 'PATCH', `/api/internship-days/${days[1]!.id}`, { version: days[1]!.version, attendance: 'late', attendanceNote: '電車の遅延' });
    const progress = (await planOf(staff)).progress;
    expect(progress).toMatchObject({ days: 9, past: 3, reports: { commented: 1, missing: 1 }, attendance: { present: 1, late: 1, unrecorded: 1 }, attendanceRate: 1 });
  });
});

describe('incidents', () => {
  let incident: IncidentView;
  it('are reported by the company, encrypted at rest, with who was not told yet', async () => {
    const created = await call(hr, 'POST', `/api/internship-plans/${plan.id}/incidents`, {
      occurredAt: '2025-08-21T14:30:00+09:00',
      kind: 'health',
      severity: 'high',
      description: '発熱（38.5℃）のため早退、病院を受診。',
      notifications: [{ party: 'operator', at: '2025-08-21T14:40:00+09:00' }],
    });
    expect(created.status, created.raw).toBe(201);
    incident = created.body;
    expect(incident.untold).toEqual(['company', 'college', 'family']);
    const stored = await runAsSystem(async () => (await t.database.db.execute(sql`select description_encrypted from internship_incidents where id = ${incident.id}`)).rows[0] as { description_encrypted: string });
    expect(stored.description_encrypted).not.toContain('発熱');
    const told = await call(staff, 'PATCH', `/api/internship-incidents/${incident.id}`, { version: incident.version, notifications: [...incident.notifications, { party: 'company', at: '2025-08-21T14:35:00+09:00' }, { party: 'college', at: '2025-08-21T15:00:00+09:00' }] });
    expect(told.status, told.raw).toBe(200);
    expect(told.body.untold).toEqual(['family']);
  });

  it('are the operators’, the company’s and the college’s, not on the intern’s page', async () => {
    expect((await planOf(coordinator)).incidents).toHaveLength(1);
    expect((await planOf(student)).incidents).toBeNull();
    expect((await call(student, 'POST', `/api/internship-plans/${plan.id}/incidents`, { occurredAt: '2025-08-21T14:30:00+09:00', kind: 'other', severity: 'low', description: 'x' })).status).toBe(403);
    expect((await call(coordinator, 'PATCH', `/api/internship-incidents/${incident.id}`, { version: 2, actionTaken: 'x' })).status).toBe(403);
  });
});

describe('changing the dates', () => {
  it('adds new days and refuses to drop days with records', async () => {
    const current = await planOf(hr);
    const dropped = await call(hr, 'PATCH', `/api/internship-plans/${plan.id}`, { version: current.version, startsOn: '2025-08-20' });
    expect(dropped.status).toBe(409);
    expect(dropped.body.error.code).toBe('internship.daysHaveRecords');
    const longer = await call(hr, 'PATCH', `/api/internship-plans/${plan.id}`, { version: current.version, endsOn: '2025-09-01', weekends: true });
    expect(longer.status, longer.raw).toBe(200);
    expect((longer.body as InternshipPlanView).days.map((d) => d.on).slice(-4)).toEqual(['2025-08-29', '2025-08-30', '2025-08-31', '2025-09-01']);
    const backwards = await call(hr, 'PATCH', `/api/internship-plans/${plan.id}`, { version: longer.body.version, endsOn: '2025-08-01' });
    expect(backwards.body.error.code).toBe('internship.endsBeforeStart');
  });
});

describe('the final report meeting', () => {
  let meeting: ReportMeetingView;
  it('is set up by the operators with every intern in the running order', async () => {
    const input = { heldOn: '2025-08-29', startsAt: '13:30', place: '日立地区産業支援センター 大会議室', minutesPerTalk: 15 };
    expect((await call(hr, 'PUT', `/api/programs/${w.program}/report-meeting`, input)).status).toBe(403);
    const set = await call(staff, 'PUT', `/api/programs/${w.program}/report-meeting`, input);
    expect(set.status, set.raw).toBe(200);
    meeting = set.body;
    expect(meeting.talks.map((talk) => talk.startsAt)).toEqual(['13:30', '13:45']);
    const reversed = [...meeting.talks].reverse().map((talk) => talk.id);
    const reordered = await call(staff, 'PUT', `/api/programs/${w.program}/report-meeting/order`, { version: meeting.meeting!.version, order: reversed });
    expect(reordered.status, reordered.raw).toBe(200);
    expect((reordered.body as ReportMeetingView).talks.map((talk) => talk.id)).toEqual(reversed);
    const partial = await call(staff, 'PUT', `/api/programs/${w.program}/report-meeting/order`, { version: reordered.body.meeting.version, order: [reversed[0]] });
    expect(partial.status).toBe(400);
    meeting = reordered.body;
  });

  it('takes the intern’s slides and hands them back as they were', async () => {
    const own = (await call(student, 'GET', `/api/programs/${w.program}/report-meeting`)).body as ReportMeetingView;
    const talk = own.talks.find((x) => x.mine)!;
    expect(own.canScore).toBe(false);
    expect(talk.result).toBeNull();
    const uploaded = await call(student, 'PUT', `/api/report-presentations/${talk.id}/slides`, tinyPdf('Final report'), { 'content-type': 'application/pdf', 'x-file-name': encodeURIComponent('Тайлан.pdf') });
    expect(uploaded.status, uploaded.raw).toBe(204);
    const back = await call(hr2, 'GET', `/api/report-presentations/${talk.id}/slides`);
    expect(back.status).toBe(200);
    expect(back.raw).toContain('Final report');
    const other = own.talks.find((x) => !x.mine)!;
    expect((await call(student, 'PUT', `/api/report-presentations/${other.id}/slides`, tinyPdf(), { 'content-type': 'application/pdf' })).status).toBe(403);
  });

  it('is scored by two companies, aggregated per student for the operators and the companies', async () => {
    const talk = meeting.talks.find((x) => x.applicationId === w.interns[0]!.applicationId)!;
    const bad = await call(hr, 'PUT', `/api/report-presentations/${talk.id}/score`, { scores: { outcome: 6 } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['scores.answers', 'scores.clarity', 'scores.japanese', 'scores.outcome']);
    expect((await call(hr, 'PUT', `/api/report-presentations/${talk.id}/score`, { scores: { outcome: 5, clarity: 4, japanese: 3, answers: 4 }, comment: '実務に直結する内容' })).status).toBe(204);
    expect((await call(hr2, 'PUT', `/api/report-presentations/${talk.id}/score`, { scores: { outcome: 4, clarity: 4, japanese: 2, answers: 5 } })).status).toBe(204);
    expect((await call(hr2, 'PUT', `/api/report-presentations/${talk.id}/score`, { scores: { outcome: 4, clarity: 4, japanese: 2, answers: 5 } })).status).toBe(409);
    expect((await call(student, 'PUT', `/api/report-presentations/${talk.id}/score`, { scores: { outcome: 5, clarity: 5, japanese: 5, answers: 5 } })).status).toBe(403);
    const seen = (await call(staff, 'GET', `/api/programs/${w.program}/report-meeting`)).body as ReportMeetingView;
    expect(seen.talks.find((x) => x.id === talk.id)!.result).toEqual({ scorers: 2, byCriterion: { outcome: 4.5, clarity: 4, japanese: 2.5, answers: 4.5 }, overall: 4 });
    const company = (await call(hr, 'GET', `/api/programs/${w.program}/report-meeting`)).body as ReportMeetingView;
    const mine = company.talks.find((x) => x.id === talk.id)!;
    expect(mine.myScore).toMatchObject({ scores: { outcome: 5 }, comment: '実務に直結する内容' });
    const changed = await call(hr, 'PUT', `/api/report-presentations/${talk.id}/score`, { version: mine.myScore!.version, scores: { outcome: 5, clarity: 5, japanese: 3, answers: 4 } });
    expect(changed.status, changed.raw).toBe(204);
  });
});
