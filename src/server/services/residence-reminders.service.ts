// Reminders of a hire's residence paperwork (issue 8 item 4): computed from the case's facts by
// the dated rules (domain/residence/reminders.ts), each queued as a pg-boss job due at 09:00 in
// Japan on its day, so that it survives restarts; the job carries ids only. When it runs, the
// reminders are computed again as of that day: a reminder whose date moved (a new card, a step
// done) is no longer among them and is skipped, and one already sent is never sent twice (its key
// is unique per case). Mail goes to the parties the rule names, each in their own language.
import { residenceReminders } from '../../domain/residence/reminders.ts';
import { residenceChecklist } from '../../domain/residence/residence-checklist.ts';
import type { ResidenceCaseFacts, ResidenceParty } from '../../domain/residence/residence.ts';
import { pickLocalized, type Language } from '../../domain/shared/localized-text.ts';
import { japanDate } from '../../domain/shared/japan-time.ts';
import type { Db } from '../db/database.ts';
import { translate } from '../i18n/server-i18n.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { Mailer } from '../mail/mailer.ts';
import { studentNameFor } from '../mail/matching-mail.ts';
import { renderMail } from '../mail/render-mail.ts';
import { programFacts } from '../repositories/access-facts.repository.ts';
import type { Executor } from '../repositories/executor.ts';
import { allCaseIds, claimReminder, findCaseById, findEmployment, listSteps, sentReminderKeys, type ResidenceCaseRow } from '../repositories/hiring.repository.ts';
import { memberRecipients, operatorRecipients, organizationNames, personRecipient } from '../repositories/housing-parties.repository.ts';

export const RESIDENCE_REMINDER_QUEUE = 'residence-reminder';
/** Reminders go out at 09:00 in Japan (00:00 UTC) on their day. */
const sendInstant = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

type ReminderJob = { caseId: string; key: string };

export class ResidenceRemindersService {
  constructor(
    private readonly db: Db,
    private readonly mailer: Mailer,
    private readonly queue: JobQueue | null,
    private readonly publicUrl: string,
    private readonly now: () => Date,
  ) {}

  private today = () => japanDate(this.now());

  /** Starts the worker (the server does, once the queue is up). */
  async start(): Promise<void> {
    await this.queue?.work<ReminderJob>(RESIDENCE_REMINDER_QUEUE, async (job) => {
      await this.deliver(job.caseId, job.key);
    });
  }

  /** The case's facts and steps as the rules see them. */
  async facts(db: Executor, row: ResidenceCaseRow) {
    const employment = (await findEmployment(db, row.employmentId))!;
    const facts: ResidenceCaseFacts = {
      jobStartsOn: employment.row.startsOn,
      employmentInsured: row.employmentInsured,
      coeIssuedOn: row.coeIssuedOn,
      arrivedOn: row.arrivedOn,
      residenceCardExpiresOn: row.residenceCardExpiresOn,
      employmentStartedOn: row.employmentStartedOn,
      affiliationChangedOn: row.affiliationChangedOn,
    };
    const done = new Map((await listSteps(db, [row.id])).map((s) => [s.kind, s]));
    const steps = residenceChecklist(facts).map((step) => ({ ...step, doneOn: done.get(step.kind)?.doneOn ?? null, note: done.get(step.kind)?.note ?? '' }));
    return { employment, facts, steps };
  }

  /**
   * Queues every reminder of the case not yet sent, each at 09:00 in Japan on its day (by the app's
   * clock). Given the transaction that changed the case, the jobs are queued in it: a case is never
   * committed without its reminders, nor reminders without their case.
   */
  async schedule(caseId: string, tx?: Executor): Promise<number> {
    if (!this.queue) return 0;
    const db = tx ?? this.db;
    const row = await findCaseById(db, caseId);
    if (!row) return 0;
    const { facts, steps } = await this.facts(db, row);
    const sent = await sentReminderKeys(db, caseId);
    // The app's clock may run ahead of the real one (a test clock): jobs wait in real time.
    const skew = this.now().getTime() - Date.now();
    let queued = 0;
    for (const reminder of residenceReminders(facts, steps, this.today())) {
      if (sent.has(reminder.key)) continue;
      const startAfter = new Date(sendInstant(reminder.sendOn).getTime() - skew);
      const at = startAfter.getTime() > Date.now() ? startAfter : new Date();
      const id = await this.queue.send<ReminderJob>(RESIDENCE_REMINDER_QUEUE, { caseId, key: reminder.key }, { startAfter: at, singletonKey: `${caseId}:${reminder.key}:${at.toISOString().slice(0, 16)}`, ...(tx ? { within: tx } : {}) });
      if (id) queued++;
    }
    return queued;
  }

  /** After the clock moved (tests): every case's reminders are queued again at their new times. */
  async rescheduleAll(): Promise<void> {
    for (const id of await allCaseIds(this.db)) await this.schedule(id);
  }

  /** The job: sends the reminder if it is still one the rules give, due, and not yet sent. */
  async deliver(caseId: string, key: string): Promise<'sent' | 'notDue' | 'gone' | 'alreadySent'> {
    const outcome = await this.db.transaction(async (tx) => {
      const row = await findCaseById(tx, caseId);
      if (!row) return 'gone' as const;
      const { employment, facts, steps } = await this.facts(tx, row);
      const today = this.today();
      const reminder = residenceReminders(facts, steps, today).find((r) => r.key === key);
      if (!reminder) return 'gone' as const;
      if (reminder.sendOn > today) return 'notDue' as const;
      const recipients = await this.recipients(tx, employment.row.programId, employment.row.companyId, employment.studentUserId, reminder.to);
      if (!(await claimReminder(tx, { programId: row.programId, caseId, key, recipients: recipients.length }))) return 'alreadySent' as const;
      const company = (await organizationNames(tx, [employment.row.companyId])).get(employment.row.companyId) ?? {};
      const days = Math.round((sendInstant(reminder.targetOn).getTime() - sendInstant(today).getTime()) / 86_400_000);
      for (const r of recipients) {
        const what = translate(r.language, 'mail', `residenceReminderKind.${reminder.kind}`, { days, step: reminder.step ? translate(r.language, 'mail', `residenceStep.${reminder.step}`) : '' });
        const mail = renderMail('residenceReminder', r.language, r.email, { what, employee: studentNameFor(r.language, employment), company: pickLocalized(company, r.language), date: reminder.targetOn, link: `${this.publicUrl}/employments/${employment.row.id}` });
        await this.mailer.send({ ...mail, organizationId: r.organizationId }, tx);
      }
      return 'sent' as const;
    });
    if (outcome === 'notDue') await this.schedule(caseId);
    return outcome;
  }

  private async recipients(db: Executor, programId: string, companyId: string, employeeUserId: string, parties: readonly ResidenceParty[]) {
    const out: { email: string; language: Language; organizationId: string | null }[] = [];
    if (parties.includes('employee')) {
      const employee = await personRecipient(db, employeeUserId);
      if (employee) out.push({ email: employee.email, language: asLanguage(employee.language), organizationId: null });
    }
    if (parties.includes('employer')) for (const m of await memberRecipients(db, companyId, 'host_company')) out.push({ email: m.email, language: asLanguage(m.language), organizationId: companyId });
    if (parties.includes('operator')) {
      const program = await programFacts(db, programId);
      for (const s of await operatorRecipients(db, program?.operatorIds ?? [])) out.push({ email: s.email, language: asLanguage(s.language), organizationId: s.organizationId });
    }
    return [...new Map(out.map((r) => [r.email, r])).values()];
  }
}

const asLanguage = (value: string | null): Language => (value === 'mn' || value === 'en' ? value : 'ja');
