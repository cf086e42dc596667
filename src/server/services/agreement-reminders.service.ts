// The framework agreement's renewal reminder (issue 7 item 4). A job runs once a day at 09:00 in
// Japan, and once at start-up so that a restart catches up on a day it missed. Each run mails
// every agreement whose reminder is due (the dated rule in domain/housing/agreement.ts) and not
// yet mailed to the operator's administrators and staff, each in their own language, and marks
// the agreement with the renewal it reminded of (renewal_reminded_for) in the same transaction.
// So each renewal is reminded of once: a run locks the agreement's row and re-reads the mark, so
// a second run (in this process or another app instance) waits, then finds it sent. The next
// renewal has another date, so its reminder goes out when its own time comes.
import { dueReminder, reminderSent } from '../../domain/housing/agreement.ts';
import { japanDate } from '../../domain/shared/japan-time.ts';
import { pickLocalized } from '../../domain/shared/localized-text.ts';
import type { Db } from '../db/database.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import { languageOrJapanese } from '../mail/account-mail.ts';
import { agreementReminderMail } from '../mail/agreement-mail.ts';
import type { Mailer } from '../mail/mailer.ts';
import { operatorRecipients, organizationNames } from '../repositories/housing-parties.repository.ts';
import { latestProgramWithPartner, listRunningAgreements, lockAgreement, markRenewalReminded } from '../repositories/loan-contracts.repository.ts';

export const AGREEMENT_REMINDER_QUEUE = 'agreement-renewal-reminders';

const DAY_MS = 86_400_000;
/** The next 09:00 in Japan (00:00 UTC) after `at`: the runs' time of day, as the residence reminders'. */
export const nextRunAfter = (at: Date): Date => new Date((Math.floor(at.getTime() / DAY_MS) + 1) * DAY_MS);

/** A run carries nothing: it looks at every agreement. */
type RunJob = Record<string, never>;

export class AgreementRemindersService {
  constructor(
    private readonly db: Db,
    private readonly mailer: Mailer,
    private readonly queue: JobQueue | null,
    private readonly publicUrl: string,
    private readonly now: () => Date,
  ) {}

  private today = () => japanDate(this.now());

  /** Starts the worker and queues a run now (the server does, once the queue is up); every run queues the next day's. */
  async start(): Promise<void> {
    if (!this.queue) return;
    await this.queue.work<RunJob>(AGREEMENT_REMINDER_QUEUE, async () => {
      // The next day's run first: a run that fails is retried, and must not end the daily chain.
      await this.scheduleNextRun();
      await this.sendDue();
    });
    await this.runSoon();
  }

  /** A run as soon as a worker is free (at start-up; after the test clock moved). App instances starting together queue one. */
  async runSoon(): Promise<void> {
    await this.queue?.send<RunJob>(AGREEMENT_REMINDER_QUEUE, {}, { singletonKey: 'now' });
  }

  /** Tomorrow's run; keyed by its day, so that the runs of several instances (or a retried one) queue it once. */
  private async scheduleNextRun(): Promise<void> {
    const next = nextRunAfter(this.now());
    // The app's clock may run ahead of the real one (a test clock): jobs wait in real time.
    const startAfter = new Date(next.getTime() - (this.now().getTime() - Date.now()));
    await this.queue?.send<RunJob>(AGREEMENT_REMINDER_QUEUE, {}, { startAfter, singletonKey: `day:${next.toISOString().slice(0, 10)}` });
  }

  /** One run: mails each running agreement whose reminder is due and not yet mailed; how many were mailed. */
  async sendDue(): Promise<number> {
    const today = this.today();
    let reminded = 0;
    for (const row of await listRunningAgreements(this.db, today)) {
      if (dueReminder(row, today) && !reminderSent(row, today) && (await this.remind(row.id, today))) reminded++;
    }
    return reminded;
  }

  /** The mark and the mails in one transaction: with the outbox, a mail exists exactly when its mark does; a failed SMTP send undoes the mark (the run is retried). */
  private remind(agreementId: string, today: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const row = await lockAgreement(tx, agreementId);
      const reminder = row && dueReminder(row, today);
      if (!row || !reminder || !(await markRenewalReminded(tx, row.id, reminder.about))) return false;
      const partner = (await organizationNames(tx, [row.partnerId])).get(row.partnerId) ?? {};
      const programId = await latestProgramWithPartner(tx, row.operatorId, row.partnerId);
      // The program's contracts tab, where the agreement is shown; the programs list when the partner houses no program yet.
      const link = programId ? `${this.publicUrl}/programs/${programId}/housing?tab=contracts` : `${this.publicUrl}/programs`;
      for (const to of await operatorRecipients(tx, [row.operatorId])) {
        const language = languageOrJapanese(to.language);
        const mail = agreementReminderMail(to.email, language, reminder, { agreement: pickLocalized(row.title, language), partner: pickLocalized(partner, language), link });
        await this.mailer.send({ ...mail, organizationId: row.operatorId }, tx);
      }
      return true;
    });
  }
}
