// Hiring and after on the API (issue 8 items 3, 4, 6), on the Hitachi FY2024 shape: an intern
// applies to a company, the company takes them through its steps and offers a job; the student
// accepts (the pipeline moves to hired and the employment starts); another offer is withdrawn and
// stays on record; an expired offer cannot be answered. The residence paperwork counts its dates
// from the facts (Hello Work by the 10th of the next month), keeps the card number encrypted,
// lets the employee tick only their own steps, and sends reminders from the job queue, also after
// the queue was stopped and another started (a restart) between scheduling and firing. The
// 1-month check-in is answered in Mongolian and a low score raises a warning.
import { asc, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EmploymentView, HiringApplicationView, HiringBoard } from '../../contracts/hiring.ts';
import { housingWorld, signInIntern } from '../../../test/support/housing.ts';
import { injectAs, signInAs, type SignedIn } from '../../../test/support/people.ts';
import { openTestJobQueue, useTestApp } from '../../../test/support/test-app.ts';
import { runAsSystem } from '../db/actor-scope.ts';
import { outboxMessages, studentApplications, users } from '../db/schema/index.ts';
import { createOutboxMailer } from '../mail/mailer.ts';
import { ResidenceRemindersService } from '../services/residence-reminders.service.ts';

let clock = new Date('2025-10-15T01:00:00Z');
const t = useTestApp({ now: () => clock, withJobQueue: true });
let w: Awaited<ReturnType<typeof housingWorld>>;
let staff: SignedIn;
let hr: SignedIn;
let hr2: SignedIn;
let student: SignedIn;
let hired: HiringApplicationView;
let employment: EmploymentView;

const call = async (who: SignedIn, method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: object) => {
  const res = await injectAs(t.app, who)({ method, url, ...(payload ? { payload } : {}) });
  return { status: res.statusCode, body: res.body ? res.json() : null, raw: res.body };
};
const offerInput = { position: '設計技術者', monthlySalaryYen: 220_000, startsOn: '2026-04-01', workplace: '茨城県日立市', conditions: '正社員、試用期間3か月', issuedOn: '2025-10-15', expiresOn: '2025-10-31' };
const mails = (kind: string) => runAsSystem(async () => t.database.db.select().from(outboxMessages).where(eq(outboxMessages.kind, kind)).orderBy(asc(outboxMessages.createdAt), asc(outboxMessages.id)));
async function until<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() - started > timeoutMs) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

beforeAll(async () => {
  w = await housingWorld(t, 2);
  staff = await signInAs(t, w.operatorId, 'operator_staff');
  hr = await signInAs(t, w.company, 'host_company');
  hr2 = await signInAs(t, w.company2, 'host_company');
  await runAsSystem(async () => {
    await t.database.db.update(users).set({ language: 'mn' }).where(eq(users.id, w.interns[0]!.userId));
    await t.database.db.update(users).set({ language: 'ja' }).where(eq(users.id, hr.userId));
  });
  student = await signInIntern(t, w.interns[0]!.userId);
}, 120_000);

describe('hiring', () => {
  it('takes the intern’s application to a company, seen by that company and not the other', async () => {
    const applied = await call(student, 'POST', `/api/programs/${w.program}/hiring-applications`, { applicationId: w.interns[0]!.applicationId, companyId: w.company, motivation: 'Танай компанид ажиллахыг хүсч байна.' });
    expect(applied.status, applied.raw).toBe(201);
    hired = applied.body;
    expect((await call(student, 'POST', `/api/programs/${w.program}/hiring-applications`, { applicationId: w.interns[0]!.applicationId, companyId: w.company })).status).toBe(409);
    expect((await call(student, 'POST', `/api/programs/${w.program}/hiring-applications`, { applicationId: w.interns[1]!.applicationId, companyId: w.company })).status).toBe(403);
    const board = (await call(hr2, 'GET', `/api/programs/${w.program}/hiring`)).body as HiringBoard;
    expect(board.items).toEqual([]);
    expect(((await call(hr, 'GET', `/api/programs/${w.program}/hiring`)).body as HiringBoard).items.map((i) => i.id)).toEqual([hired.id]);
  });

  it('moves through the company’s steps to an offer, and the student is offered', async () => {
    const screened = await call(hr, 'PATCH', `/api/hiring-applications/${hired.id}`, { version: hired.version, stage: 'interview' });
    expect(screened.status, screened.raw).toBe(200);
    expect((await call(student, 'PATCH', `/api/hiring-applications/${hired.id}`, { version: screened.body.version, stage: 'decision' })).status).toBe(403);
    const offered = await call(hr, 'POST', `/api/hiring-applications/${hired.id}/offers`, offerInput);
    expect(offered.status, offered.raw).toBe(201);
    hired = offered.body;
    expect(hired).toMatchObject({ stage: 'decision', outcome: 'offered', offers: [{ state: 'issued', monthlySalaryYen: 220_000 }] });
    expect((await call(hr, 'POST', `/api/hiring-applications/${hired.id}/offers`, offerInput)).body.error.code).toBe('hiring.offerPending');
    const status = await runAsSystem(async () => (await t.database.db.select({ status: studentApplications.status }).from(studentApplications).where(eq(studentApplications.id, w.interns[0]!.applicationId)))[0]!.status);
    expect(status).toBe('offered');
  });

  it('keeps the internal note from the student, on the board and in answers to the student', async () => {
    const noted = await call(hr, 'PATCH', `/api/hiring-applications/${hired.id}`, { version: hired.version, note: '面接の評価は高い' });
    expect(noted.status, noted.raw).toBe(200);
    expect(noted.body.note).toBe('面接の評価は高い');
    hired = noted.body;
    const noteOn = async (who: SignedIn) => ((await call(who, 'GET', `/api/programs/${w.program}/hiring`)).body as HiringBoard).items.find((i) => i.id === hired.id)?.note;
    expect(await noteOn(staff)).toBe('面接の評価は高い');
    expect(await noteOn(hr)).toBe('面接の評価は高い');
    expect(await noteOn(student)).toBe('');
  });

  it('keeps a withdrawn offer on record, and refuses to answer an expired one', async () => {
    const other = (await call(staff, 'POST', `/api/programs/${w.program}/hiring-applications`, { applicationId: w.interns[1]!.applicationId, companyId: w.company2 })).body as HiringApplicationView;
    const offered = (await call(hr2, 'POST', `/api/hiring-applications/${other.id}/offers`, { ...offerInput, expiresOn: '2025-10-20' })).body as HiringApplicationView;
    const offer = offered.offers[0]!;
    const withdrawn = await call(hr2, 'POST', `/api/job-offers/${offer.id}/withdraw`, { version: offer.version, reason: '事業計画の変更のため' });
    expect(withdrawn.status, withdrawn.raw).toBe(200);
    expect(withdrawn.body.offers).toMatchObject([{ id: offer.id, state: 'withdrawn', withdrawnReason: '事業計画の変更のため' }]);
    const again = (await call(hr2, 'POST', `/api/hiring-applications/${other.id}/offers`, { ...offerInput, expiresOn: '2025-10-20' })).body as HiringApplicationView;
    clock = new Date('2025-10-21T01:00:00Z');
    const late = again.offers.find((o) => o.state !== 'withdrawn')!;
    const seen = (await call(staff, 'GET', `/api/programs/${w.program}/hiring`)).body as HiringBoard;
    expect(seen.items.find((i) => i.id === other.id)!.offers.map((o) => o.state).sort()).toEqual(['expired', 'withdrawn']);
    const answered = await call(staff, 'POST', `/api/job-offers/${late.id}/answer`, { version: late.version, accept: true });
    expect(answered.status).toBe(403);
  });

  it('is accepted by the student: the employment starts and the pipeline reaches hired', async () => {
    const offer = hired.offers[0]!;
    expect((await call(hr, 'POST', `/api/job-offers/${offer.id}/answer`, { version: offer.version, accept: true })).status).toBe(403);
    const answer = { method: 'POST' as const, url: `/api/job-offers/${offer.id}/answer`, payload: { version: offer.version, accept: true }, headers: { 'idempotency-key': 'accept-offer-1' } };
    const sent = await injectAs(t.app, student)(answer);
    const accepted = { status: sent.statusCode, body: sent.json(), raw: sent.body };
    expect(accepted.status, accepted.raw).toBe(200);
    // The student's phone did not hear the answer and sends it again: the same answer, one hire.
    const retried = await injectAs(t.app, student)(answer);
    expect([retried.statusCode, retried.headers['idempotent-replayed']]).toEqual([200, 'true']);
    expect(retried.json().employmentId).toBe(accepted.body.employmentId);
    const hires = await runAsSystem(async () => (await t.database.pool.query('select count(*) from employments where application_id = $1', [w.interns[0]!.applicationId])).rows[0].count);
    expect(Number(hires)).toBe(1);
    expect(accepted.body.offers[0].state).toBe('accepted');
    expect(accepted.body.employmentId).not.toBeNull();
    expect(accepted.body.note).toBe(''); // the company's note stays the company's
    const status = await runAsSystem(async () => (await t.database.db.select({ status: studentApplications.status }).from(studentApplications).where(eq(studentApplications.id, w.interns[0]!.applicationId)))[0]!.status);
    expect(status).toBe('hired');
    employment = (await call(hr, 'GET', `/api/employments/${accepted.body.employmentId}`)).body;
    expect(employment).toMatchObject({ viewer: 'company', startsOn: '2026-04-01', retention: 'employed' });
    expect((await call(hr2, 'GET', `/api/employments/${employment.id}`)).status).toBe(404);
  });
});

describe('residence paperwork', () => {
  it('counts the checklist’s dates from the facts, the card number kept encrypted and shown masked', async () => {
    clock = new Date('2026-04-02T01:00:00Z');
    const updated = await call(hr, 'PATCH', `/api/employments/${employment.id}/residence`, {
      version: employment.residence.version,
      coeIssuedOn: '2026-02-10',
      arrivedOn: '2026-03-25',
      employmentStartedOn: '2026-04-01',
      residenceCardNumber: 'AB12345678CD',
      residenceCardExpiresOn: '2027-03-31',
    });
    expect(updated.status, updated.raw).toBe(200);
    employment = updated.body;
    const step = (kind: string) => employment.residence.steps.find((s) => s.kind === kind)!;
    expect(step('helloWorkReport')).toMatchObject({ owner: 'employer', dueOn: '2026-05-10', dueKind: 'legal' });
    expect(step('renewal')).toMatchObject({ opensOn: '2026-12-31', dueOn: '2027-03-31' });
    expect(employment.residence.residenceCardNumberMasked).toBe('••••••••78CD');
    const stored = await runAsSystem(async () => (await t.database.db.execute(sql`select residence_card_number_encrypted as n from residence_cases`)).rows[0] as { n: string });
    expect(stored.n).not.toContain('12345678');
    const bad = await call(hr, 'PATCH', `/api/employments/${employment.id}/residence`, { version: employment.residence.version, residenceCardNumber: '12345' });
    expect(bad.status).toBe(400);
  });

  it('lets the employee tick only their own steps', async () => {
    const own = employment.residence.steps.find((s) => s.owner === 'employee')!;
    const employer = employment.residence.steps.find((s) => s.owner === 'employer')!;
    expect((await call(student, 'PUT', `/api/employments/${employment.id}/residence/steps/${employer.kind}`, { doneOn: '2026-04-02' })).body.error.code).toBe('hiring.notStepOwner');
    const ticked = await call(student, 'PUT', `/api/employments/${employment.id}/residence/steps/${own.kind}`, { doneOn: '2026-04-02', note: 'Хийсэн' });
    expect(ticked.status, ticked.raw).toBe(200);
    expect(ticked.body.residence.steps.find((s: { kind: string }) => s.kind === own.kind)).toMatchObject({ status: 'done', doneOn: '2026-04-02' });
    const report = await call(hr, 'PUT', `/api/employments/${employment.id}/residence/steps/helloWorkReport`, { doneOn: '2026-04-20' });
    expect(report.status, report.raw).toBe(200);
    employment = report.body;
  });

  it('sends the card-expiry reminder from the job queue on its day, once, in each recipient’s language', async () => {
    // Reminders due earlier went out already (the address registration's, when the facts came in).
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const earlier = (await mails('residenceReminder')).length;
    clock = new Date('2026-12-31T01:00:00Z'); // 10:00 in Japan, 90 days before 31 March
    const touched = await call(hr, 'PATCH', `/api/employments/${employment.id}/residence`, { version: employment.residence.version, employmentInsured: true });
    expect(touched.status, touched.raw).toBe(200);
    // That day the window to apply for the extension opens too: two reminders to each of the
    // employee, the employer's HR and the operator's two people.
    await until(() => mails('residenceReminder'), (m) => m.length >= earlier + 8);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const all = await mails('residenceReminder');
    expect(all).toHaveLength(earlier + 8);
    const sent = all.slice(earlier);
    expect(sent.filter((m) => m.toAddress === student.email).map((m) => m.subject)).toEqual(
      expect.arrayContaining([expect.stringContaining('Оршин суух картын хугацаа дуусахад 90 хоног үлдлээ'), expect.stringContaining('оршин суух хугацааг сунгах өргөдөл')]),
    );
    expect(sent.filter((m) => m.toAddress === hr.email).map((m) => m.subject)).toEqual(expect.arrayContaining([expect.stringContaining('在留カードの有効期限まであと90日です')]));
    const view = (await call(staff, 'GET', `/api/employments/${touched.body.id}`)).body as EmploymentView;
    expect(view.residence.reminders.find((r) => r.key.startsWith('cardExpiry90'))!.sent).toBe(true);
    employment = view;
    // A second scheduling of the same day sends nothing more.
    await call(hr, 'PATCH', `/api/employments/${employment.id}/residence`, { version: employment.residence.version, employmentInsured: true });
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect((await mails('residenceReminder')).length).toBe(all.length);
  }, 40_000);

  it('still sends a reminder queued before a restart, from the queue that runs after it', async () => {
    const before = (await mails('residenceReminder')).length;
    employment = (await call(staff, 'GET', `/api/employments/${employment.id}`)).body;
    // Three seconds before 09:00 in Japan on 1 March 2027, the day of the 30-day reminder.
    clock = new Date(Date.parse('2027-03-01T00:00:00Z') - 3_000);
    const moving = setInterval(() => (clock = new Date(clock.getTime() + 100)), 100);
    try {
      const touched = await call(hr, 'PATCH', `/api/employments/${employment.id}/residence`, { version: employment.residence.version, employmentInsured: true });
      expect(touched.status, touched.raw).toBe(200);
      await t.jobQueue!.stop(); // the server stops before the reminder's time
      await new Promise((resolve) => setTimeout(resolve, 5_000));
      expect((await mails('residenceReminder')).length).toBe(before);
      const restarted = await openTestJobQueue(t.database);
      try {
        await new ResidenceRemindersService(t.database.db, createOutboxMailer(t.database.db), restarted, 'http://localhost:3000', () => clock).start();
        const after = await until(() => mails('residenceReminder'), (m) => m.length > before);
        expect(after.length).toBeGreaterThan(before);
        expect(after.some((m) => m.subject.includes('30'))).toBe(true);
      } finally {
        await restarted.stop();
      }
    } finally {
      clearInterval(moving);
    }
  }, 60_000);
});

describe('check-ins', () => {
  it('open on their date and take the employee’s answers in Mongolian, a low score raising a warning', async () => {
    clock = new Date('2026-04-20T01:00:00Z');
    const early = await call(student, 'PUT', `/api/employments/${employment.id}/check-ins/1`, { scores: { work: 4, japanese: 3, living: 2, health: 4, colleagues: 5 }, stay: 'yes', language: 'mn' });
    expect(early.body.error.code).toBe('hiring.checkInNotOpen');
    clock = new Date('2026-05-02T01:00:00Z');
    const answered = await call(student, 'PUT', `/api/employments/${employment.id}/check-ins/1`, { scores: { work: 4, japanese: 3, living: 2, health: 4, colleagues: 5 }, stay: 'yes', comment: 'Байр жаахан хүйтэн байна.', language: 'mn' });
    expect(answered.status, answered.raw).toBe(200);
    const first = (answered.body as EmploymentView).checkIns.find((c) => c.month === 1)!;
    expect(first.state).toBe('answered');
    expect(first.answers[0]).toMatchObject({ respondent: 'employee', language: 'mn', comment: 'Байр жаахан хүйтэн байна.', warnings: ['lowScore'] });
    expect((answered.body as EmploymentView).warnings).toEqual([]); // warnings are the operators'
    expect(((await call(staff, 'GET', `/api/employments/${employment.id}`)).body as EmploymentView).warnings).toContain('lowScore:1');
    expect((await call(student, 'PUT', `/api/employments/${employment.id}/check-ins/1`, { scores: { work: 4, japanese: 3, living: 3, health: 4, colleagues: 5 }, stay: 'yes', language: 'mn' })).body.error.code).toBe('hiring.checkInAnswered');
    const company = await call(hr, 'PUT', `/api/employments/${employment.id}/check-ins/1`, { scores: { performance: 4, integration: 4, communication: 3 }, language: 'ja' });
    expect(company.status, company.raw).toBe(200);
    // The employer sees that the employee answered, not what: only the operators read both.
    const asCompany = (company.body as EmploymentView).checkIns.find((c) => c.month === 1)!;
    expect(asCompany.state).toBe('answered');
    expect(asCompany.answers.map((a) => a.respondent)).toEqual(['company']);
    expect((company.body as EmploymentView).warnings).toEqual([]);
    const asOperator = ((await call(staff, 'GET', `/api/employments/${employment.id}`)).body as EmploymentView).checkIns.find((c) => c.month === 1)!;
    expect(asOperator.answers.map((a) => a.respondent).sort()).toEqual(['company', 'employee']);
    expect(asOperator.answers.find((a) => a.respondent === 'employee')!.answeredAt).toBe('2026-05-02T01:00:00.000Z');
    expect((await call(staff, 'PUT', `/api/employments/${employment.id}/check-ins/1`, { scores: {}, language: 'ja' })).status).toBe(403);
  });

  it('warn the operators of a missed check-in in the alumni list', async () => {
    clock = new Date('2026-07-20T01:00:00Z'); // month 3 (1 July) missed after two weeks
    const list = (await call(staff, 'GET', `/api/programs/${w.program}/employments`)).body as { items: { id: string; warnings: string[] }[] };
    expect(list.items.find((i) => i.id === employment.id)!.warnings).toEqual(expect.arrayContaining(['missed:3', 'lowScore:1']));
    const retained = await call(staff, 'PATCH', `/api/employments/${employment.id}/retention`, { version: employment.version, retention: 'changedEmployer', reason: 'career', changedOn: '2026-07-15' });
    expect(retained.status, retained.raw).toBe(200);
    expect(retained.body).toMatchObject({ retention: 'changedEmployer', retentionReason: 'career' });
  });
});


describe('company readiness', () => {
  it('is kept by each company for itself and followed by the operators', async () => {
    const first = await call(hr, 'PUT', `/api/programs/${w.program}/readiness/${w.company}`, { items: { mentorNamed: { doneOn: '2025-07-01', note: '佐藤 一郎' }, prayerAndDietAsked: { doneOn: '2025-07-10' } }, modules: { plainJapanese: { completedOn: '2025-06-20' } } });
    expect(first.status, first.raw).toBe(200);
    expect(first.body.items).toHaveLength(1);
    expect(first.body.items[0].progress).toMatchObject({ itemsDone: 2, modulesDone: 1 });
    expect((await call(hr, 'PUT', `/api/programs/${w.program}/readiness/${w.company2}`, { items: {}, modules: {} })).status).toBe(403);
    expect((await call(hr, 'PUT', `/api/programs/${w.program}/readiness/${w.company}`, { items: {}, modules: {} })).status).toBe(409);
    const seen = (await call(staff, 'GET', `/api/programs/${w.program}/readiness`)).body as { items: { company: { id: string }; progress: { share: number } }[] };
    expect(seen.items.map((i) => i.company.id).sort()).toEqual([w.company, w.company2].sort());
    expect(seen.items.find((i) => i.company.id === w.company2)!.progress.share).toBe(0);
    const bad = await call(staff, 'PUT', `/api/programs/${w.program}/readiness/${w.company2}`, { items: { unknownThing: { doneOn: '2025-07-01' } }, modules: {} });
    expect(bad.status).toBe(400);
  });
});
