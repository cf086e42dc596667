// The framework agreement's renewal reminder (issue 7 item 4) on a real database: the Hitachi
// agreement of 17 July 2025 (one year, renewed automatically, reminded 30 days before) is mailed
// about from 17 June 2026 in Japan, once, to the operator's administrators and staff in their own
// languages; again a year later for the next renewal; an agreement that does not renew is
// reminded of its end, an ended one never; runs racing each other (two app instances) mail once;
// and the job queue's run at start-up catches up on a day the server missed.
import { and, asc, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgreementView } from '../../contracts/housing.ts';
import { buildOrganizationInput } from '../../../test/support/factories.ts';
import { housingWorld } from '../../../test/support/housing.ts';
import { createPerson, injectAs, signInAs, type SignedIn } from '../../../test/support/people.ts';
import { openTestJobQueue, useTestApp } from '../../../test/support/test-app.ts';
import { runAsSystem } from '../db/actor-scope.ts';
import { outboxMessages, users } from '../db/schema/index.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import { JOB_SCHEMA } from '../jobs/install-job-schema.ts';
import { createOutboxMailer } from '../mail/mailer.ts';
import { AGREEMENT_REMINDER_QUEUE, AgreementRemindersService } from './agreement-reminders.service.ts';

let clock = new Date('2026-06-01T03:00:00Z');
const t = useTestApp({ now: () => clock });
let w: Awaited<ReturnType<typeof housingWorld>>;
let staff: SignedIn;
/** The operator's active people (admin en, staff ja and mn) and their languages: the expected recipients. */
let recipients: Map<string, string>;
let otherPartner = '';

const call = async (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) => {
  const res = await injectAs(t.app, staff)({ method, url, ...(payload ? { payload } : {}) });
  return { status: res.statusCode, body: res.json() };
};
const createAgreement = async (input: object): Promise<AgreementView> => {
  const res = await call('POST', '/api/housing-agreements', { operatorId: w.operatorId, partnerId: w.partner, ...input });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
};
const agreementNow = async (id: string): Promise<AgreementView> => (await call('GET', '/api/housing-agreements')).body.items.find((a: AgreementView) => a.id === id);
/** The mails about one agreement (its title is in the body). */
const mailsAbout = (title: string) =>
  runAsSystem(() => t.database.db.select().from(outboxMessages).where(and(like(outboxMessages.kind, 'agreement%'), like(outboxMessages.bodyText, `%${title}%`))).orderBy(asc(outboxMessages.createdAt), asc(outboxMessages.id)));
const run = (at: string, service = t.app.services.agreementReminders) => {
  clock = new Date(at);
  return runAsSystem(() => service.sendDue());
};
const setLanguage = (userId: string, language: string) => runAsSystem(() => t.database.db.update(users).set({ language }).where(eq(users.id, userId)));

// Each agreement's titles carry a marker, so its mails are found by their bodies in any language.
const hitachi = { title: { ja: '住居の提供に関する連携協定 H1', mn: 'Орон сууцны гэрээ H1', en: 'Housing agreement H1' }, startsOn: '2025-07-17' };
let a: AgreementView;

beforeAll(async () => {
  w = await housingWorld(t, 1);
  staff = await signInAs(t, w.operatorId, 'operator_staff');
  const db = t.database.db;
  await setLanguage(staff.userId, 'ja');
  const mongolian = await createPerson(db, t.hasher, w.operatorId, 'operator_staff', 'Staff MN');
  await setLanguage(mongolian.userId, 'mn');
  // Neither a disabled member nor the partner's people are told.
  const gone = await createPerson(db, t.hasher, w.operatorId, 'operator_admin', 'Gone');
  await runAsSystem(() => db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, gone.userId)));
  await createPerson(db, t.hasher, w.partner, 'housing_partner', 'Partner');
  recipients = new Map([
    [w.admin.email, 'en'],
    [staff.email, 'ja'],
    [mongolian.email, 'mn'],
  ]);
  const other = await injectAs(t.app, w.admin)({ method: 'POST', url: '/api/organizations', payload: buildOrganizationInput({ kind: 'housing_company', name: { ja: '日立ハウジング', en: 'Hitachi Housing' } }) });
  otherPartner = (other.json() as { id: string }).id;
  a = await createAgreement(hitachi);
}, 120_000);

describe('the renewal reminder', () => {
  it('is not sent before the reminder day in Japan', async () => {
    expect(await run('2026-06-01T03:00:00Z')).toBe(0);
    expect(await run('2026-06-16T14:59:00Z')).toBe(0); // 23:59 on 16 June in Japan
    expect(await mailsAbout('H1')).toHaveLength(0);
    expect(await agreementNow(a.id)).toMatchObject({ reminderDue: false, renewalRemindedFor: null, reminderMailed: false });
  });

  it('goes out from the reminder day, one mail per active operator admin or staff member, in their own language', async () => {
    expect(await run('2026-06-16T15:00:00Z')).toBe(1); // midnight of 17 June in Japan
    const mails = await mailsAbout('H1');
    expect(new Map(mails.map((m) => [m.toAddress, m.language]))).toEqual(recipients);
    expect(mails).toHaveLength(3);
    const [en, ja, mn] = ['en', 'ja', 'mn'].map((l) => mails.find((m) => m.language === l)!);
    expect(en).toMatchObject({ kind: 'agreementRenewal', subject: '[Kakehashi] The agreement with Leopalace21 renews on 17 Jul 2026', organizationId: w.operatorId });
    expect(en!.bodyText).toContain('Last day to give notice if it should not renew: 16 Jul 2026');
    expect(ja!.subject).toBe('【Kakehashi】株式会社レオパレス２１との協定は2026年7月17日に更新されます');
    expect(ja!.bodyText).toContain('更新しない場合の申し出の期限：2026年7月16日');
    expect(mn!.subject).toContain('2026.07.17');
    for (const mail of mails) {
      expect(mail.bodyText).toContain(`http://localhost:3000/programs/${w.program}/housing?tab=contracts`);
      // About the agreement only: nobody housed under it is named.
      expect(mail.bodyText).not.toMatch(/INTERN|インターン|Дадлагажигч/);
    }
    // The card says it was mailed; marking it is no edit (the version stays).
    expect(await agreementNow(a.id)).toMatchObject({ reminderDue: true, renewalRemindedFor: '2026-07-17', reminderMailed: true, version: a.version });
  });

  it('is not sent again for the same renewal, by a second run that day or the days after', async () => {
    expect(await run('2026-06-17T05:00:00Z')).toBe(0);
    expect(await run('2026-07-10T00:00:00Z')).toBe(0);
    expect(await mailsAbout('H1')).toHaveLength(3);
  });

  it('is sent again for the next renewal, from that renewal’s reminder day', async () => {
    expect(await run('2026-07-17T00:00:00Z')).toBe(0); // renewed: the next reminder day is 17 June 2027
    expect(await agreementNow(a.id)).toMatchObject({ nextRenewal: '2027-07-17', remindFrom: '2027-06-17', renewalRemindedFor: '2026-07-17', reminderMailed: false });
    expect(await run('2027-06-16T00:00:00Z')).toBe(0);
    expect(await run('2027-06-17T00:00:00Z')).toBe(1);
    const english = (await mailsAbout('H1')).filter((m) => m.language === 'en');
    expect(english.map((m) => m.subject)).toEqual(['[Kakehashi] The agreement with Leopalace21 renews on 17 Jul 2026', '[Kakehashi] The agreement with Leopalace21 renews on 17 Jul 2027']);
    expect(await agreementNow(a.id)).toMatchObject({ renewalRemindedFor: '2027-07-17', reminderMailed: true });
    expect(await run('2027-06-18T00:00:00Z')).toBe(0);
  });
});

describe('agreements that do not renew, or have ended', () => {
  it('reminds of the end of an agreement that does not renew, once, and of nothing after it', async () => {
    clock = new Date('2027-08-01T00:00:00Z');
    const summer = await createAgreement({ partnerId: otherPartner, title: { en: 'Summer only' }, startsOn: '2027-09-01', termMonths: 6, autoRenew: false, reminderDays: 14 });
    expect(summer).toMatchObject({ currentTermEnds: '2028-02-29', nextRenewal: null, remindFrom: '2028-02-16' });
    expect(await run('2028-02-15T00:00:00Z')).toBe(0);
    expect(await run('2028-02-16T00:00:00Z')).toBe(1);
    expect(await run('2028-02-20T00:00:00Z')).toBe(0);
    const mails = await mailsAbout('Summer only');
    expect(mails).toHaveLength(3);
    const en = mails.find((m) => m.language === 'en')!;
    expect(en).toMatchObject({ kind: 'agreementEnding', subject: '[Kakehashi] The agreement with Hitachi Housing ends on 29 Feb 2028' });
    // The partner houses no program of the operator yet: the link is the programs list.
    expect(en.bodyText).toMatch(/http:\/\/localhost:3000\/programs$/m);
    expect(await run('2028-03-01T00:00:00Z')).toBe(0);
    expect(await mailsAbout('Summer only')).toHaveLength(3);
  });

  it('never reminds of an agreement that has ended', async () => {
    clock = new Date('2028-03-01T00:00:00Z');
    const ended = await createAgreement({ title: { en: 'Ended early' }, startsOn: '2027-10-01' }); // would be reminded from 1 September 2028
    expect((await call('PATCH', `/api/housing-agreements/${ended.id}`, { version: ended.version, endedOn: '2028-08-31' })).status).toBe(200);
    expect(await run('2028-09-01T00:00:00Z')).toBe(0);
    expect(await run('2028-09-20T00:00:00Z')).toBe(0);
    expect(await mailsAbout('Ended early')).toHaveLength(0);
    expect(await agreementNow(ended.id)).toMatchObject({ reminderDue: false, reminderMailed: false });
  });
});

describe('two app instances', () => {
  it('mail a reminder once when their runs race', async () => {
    clock = new Date('2028-09-20T00:00:00Z');
    const raced = await createAgreement({ title: { en: 'Raced' }, startsOn: '2027-11-01' }); // reminded from 2 October 2028
    const other = () => new AgreementRemindersService(t.database.db, createOutboxMailer(t.database.db), null, 'http://localhost:3000', () => clock);
    clock = new Date('2028-10-02T00:00:00Z');
    const sent = await runAsSystem(() => Promise.all([t.app.services.agreementReminders, other(), other(), other()].map((s) => s.sendDue())));
    expect(sent.reduce((n, x) => n + x, 0)).toBe(1);
    expect(await mailsAbout('Raced')).toHaveLength(3);
    expect(await agreementNow(raced.id)).toMatchObject({ renewalRemindedFor: '2028-11-01', reminderMailed: true });
  });
});

describe('the daily job', () => {
  const queues: JobQueue[] = [];
  afterAll(async () => {
    for (const q of queues) await q.stop();
  });
  const jobs = () =>
    runAsSystem(async () => (await t.database.pool.query<{ singleton_key: string; state: string; start_after: Date }>(`select singleton_key, state, start_after from ${JOB_SCHEMA}.job where name = $1 order by created_on`, [AGREEMENT_REMINDER_QUEUE])).rows);
  async function until<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
    const started = Date.now();
    for (;;) {
      const value = await probe();
      if (done(value) || Date.now() - started > timeoutMs) return value;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  it('runs at start-up, so a server that was down on the reminder day catches up, and queues the next day’s run once', async () => {
    clock = new Date('2028-10-03T00:00:00Z');
    await createAgreement({ title: { en: 'Missed day' }, startsOn: '2027-12-01' }); // reminded from 1 November 2028
    clock = new Date('2028-11-05T03:00:00Z'); // the server was down from before 1 November until now
    const start = async () => {
      const queue = await openTestJobQueue(t.database);
      queues.push(queue);
      await new AgreementRemindersService(t.database.db, createOutboxMailer(t.database.db), queue, 'http://localhost:3000', () => clock).start();
    };
    await start();
    const mails = await until(() => mailsAbout('Missed day'), (m) => m.length >= 3);
    expect(mails).toHaveLength(3);
    // A second instance starting: its run finds the reminder sent, and tomorrow's run is queued once.
    await start();
    const all = await until(jobs, (j) => j.filter((x) => x.singleton_key === 'now' && x.state === 'completed').length >= 2);
    expect(all.filter((x) => x.singleton_key === 'now' && x.state === 'completed')).toHaveLength(2);
    const next = all.filter((x) => x.singleton_key === 'day:2028-11-06');
    expect(next).toHaveLength(1);
    expect(next[0]!.state).toBe('created');
    // 09:00 on 6 November in Japan by the app's clock is 21 hours away, in real time.
    expect(Math.abs(next[0]!.start_after.getTime() - (Date.now() + 21 * 3_600_000))).toBeLessThan(120_000);
    expect(await mailsAbout('Missed day')).toHaveLength(3);
  });
});
