// After the offer (issue 8 items 4 and 6): each hire's residence paperwork as a dated checklist
// (the rules live in domain/residence; this keeps the facts, the steps done and the card number,
// encrypted), retention, and the check-ins at 1, 3, 6 and 12 months, answered by the employee in
// their language and by the company, with early warnings for the operators. An employee's
// answers are the operators' to read, not the employer's (someone thinking of leaving must be
// able to say so): the company sees whether the employee answered, and its own answers.
import type { CheckInInput, EmploymentView, ResidencePatch } from '../../contracts/hiring.ts';
import { hiringViewer, type EmploymentFacts } from '../../domain/access/hiring-policy.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { changedFields, type RequestContext } from '../../domain/audit/audit-event.ts';
import { AppError, invalid, notFound, versionConflict } from '../../domain/errors/app-error.ts';
import { answerIssues, answerWarnings, checkInSchedule, checkInState, type CheckInRespondent } from '../../domain/follow-up/check-ins.ts';
import type { RetentionStatus } from '../../domain/hiring/hiring.ts';
import { residenceReminders } from '../../domain/residence/reminders.ts';
import type { ResidenceStepKind } from '../../domain/residence/residence.ts';
import { coeExpired, residenceStepStatuses } from '../../domain/residence/step-status.ts';
import { japanDate } from '../../domain/shared/japan-time.ts';
import type { FieldCipher } from '../crypto/field-cipher.ts';
import type { Db } from '../db/database.ts';
import { programFacts } from '../repositories/access-facts.repository.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import {
  findCase,
  findEmployment,
  insertCheckIn,
  listCases,
  listCheckIns,
  listEmployments,
  sentReminderKeys,
  updateCase,
  updateEmployment,
  upsertStep,
  type CheckInRow,
  type EmploymentWithStudent,
} from '../repositories/hiring.repository.ts';
import { organizationNames } from '../repositories/housing-parties.repository.ts';
import type { ResidenceRemindersService } from './residence-reminders.service.ts';

const CARD_NUMBER = 'residence_cases.residence_card_number_encrypted';

export class EmploymentsService {
  constructor(
    private readonly db: Db,
    private readonly cipher: FieldCipher,
    private readonly reminders: ResidenceRemindersService,
    private readonly now: () => Date,
  ) {}

  private today = () => japanDate(this.now());

  async facts(employmentId: string): Promise<EmploymentFacts | null> {
    const found = await findEmployment(this.db, employmentId);
    const program = found ? await programFacts(this.db, found.row.programId) : null;
    return found && program ? { type: 'employment', program, studentUserId: found.studentUserId, companyId: found.row.companyId } : null;
  }

  /** The program's hires (the alumni list) with what needs attention. */
  async list(actor: Actor, programId: string) {
    const program = await programFacts(this.db, programId);
    if (!program) throw notFound('program');
    const rows = (await listEmployments(this.db, programId)).filter((r) => hiringViewer(actor, { program, studentUserId: r.studentUserId, companyId: r.row.companyId }) !== null);
    const names = await organizationNames(this.db, [...new Set(rows.map((r) => r.row.companyId))]);
    const cases = new Map((await listCases(this.db, rows.map((r) => r.row.id))).map((c) => [c.employmentId, c]));
    const checkIns = await listCheckIns(this.db, rows.map((r) => r.row.id));
    const items = [];
    for (const r of rows) {
      const residence = cases.get(r.row.id);
      const statuses = residence ? residenceStepStatuses((await this.reminders.facts(this.db, residence)).steps, this.today()) : [];
      items.push({
        id: r.row.id,
        student: { nameLatin: r.nameLatin, nameCyrillic: r.nameCyrillic, nameKatakana: r.nameKatakana },
        company: { id: r.row.companyId, name: names.get(r.row.companyId) ?? {} },
        startsOn: r.row.startsOn,
        retention: r.row.retention,
        overdueSteps: statuses.filter((s) => s.status === 'overdue').length,
        dueSoonSteps: statuses.filter((s) => s.status === 'dueSoon').length,
        residenceCardExpiresOn: residence?.residenceCardExpiresOn ?? null,
        warnings: hiringViewer(actor, { program, studentUserId: r.studentUserId, companyId: r.row.companyId }) === 'operator' ? this.warnings(r, checkIns.filter((c) => c.employmentId === r.row.id)) : [],
      });
    }
    return { items };
  }

  async get(actor: Actor, employmentId: string): Promise<EmploymentView> {
    const found = await findEmployment(this.db, employmentId);
    const facts = await this.facts(employmentId);
    const viewer = facts ? hiringViewer(actor, facts) : null;
    if (!found || !viewer || viewer === 'college') throw notFound('employment');
    const residence = (await findCase(this.db, employmentId))!;
    const { facts: caseFacts, steps } = await this.reminders.facts(this.db, residence);
    const today = this.today();
    const statuses = new Map(residenceStepStatuses(steps, today).map((s) => [s.kind, s]));
    const sent = await sentReminderKeys(this.db, residence.id);
    const checkIns = await listCheckIns(this.db, [employmentId]);
    const company = (await organizationNames(this.db, [found.row.companyId])).get(found.row.companyId) ?? {};
    return {
      id: found.row.id,
      programId: found.row.programId,
      applicationId: found.row.applicationId,
      student: { nameLatin: found.nameLatin, nameCyrillic: found.nameCyrillic, nameKatakana: found.nameKatakana },
      company: { id: found.row.companyId, name: company },
      viewer,
      startsOn: found.row.startsOn,
      retention: found.row.retention,
      retentionReason: found.row.retentionReason,
      retentionChangedOn: found.row.retentionChangedOn,
      today,
      residence: {
        employmentInsured: residence.employmentInsured,
        coeIssuedOn: residence.coeIssuedOn,
        arrivedOn: residence.arrivedOn,
        employmentStartedOn: residence.employmentStartedOn,
        affiliationChangedOn: residence.affiliationChangedOn,
        residenceCardNumberMasked: residence.residenceCardNumberEncrypted ? mask(this.cipher.decrypt(CARD_NUMBER, residence.residenceCardNumberEncrypted)) : null,
        residenceCardExpiresOn: residence.residenceCardExpiresOn,
        coeExpired: coeExpired(caseFacts, today),
        steps: steps.map((s) => ({ ...s, documents: [...s.documents], dependsOn: [...s.dependsOn], status: statuses.get(s.kind)!.status, blockedBy: statuses.get(s.kind)!.blockedBy })),
        reminders: residenceReminders(caseFacts, steps, today).map((r) => ({ key: r.key, kind: r.kind, sendOn: r.sendOn, targetOn: r.targetOn, to: [...r.to], sent: sent.has(r.key) })),
        version: residence.version,
      },
      checkIns: checkInSchedule(found.row.startsOn).map((due) => {
        const answers = checkIns.filter((c) => c.month === due.month);
        const employee = answers.find((a) => a.respondent === 'employee');
        return {
          month: due.month,
          dueOn: due.dueOn,
          state: checkInState(due, employee?.createdAt.toISOString() ?? null, today),
          answers: answers.filter((a) => readsAnswersOf(viewer, a.respondent)).map((a) => ({ respondent: a.respondent, language: a.language, scores: a.answers.scores, stay: a.answers.stay ?? null, comment: a.answers.comment, answeredAt: a.createdAt.toISOString(), warnings: answerWarnings(a.answers) })),
        };
      }),
      warnings: viewer === 'operator' ? this.warnings(found, checkIns) : [],
      version: found.row.version,
    };
  }

  async updateResidence(ctx: RequestContext, actor: Actor, employmentId: string, patch: ResidencePatch): Promise<EmploymentView> {
    const { version, residenceCardNumber, ...changes } = patch;
    await this.db.transaction(async (tx) => {
      const residence = await findCase(tx, employmentId);
      if (!residence) throw notFound('residence_case');
      const encrypted = residenceCardNumber === undefined ? {} : { residenceCardNumberEncrypted: residenceCardNumber === null ? null : this.cipher.encrypt(CARD_NUMBER, residenceCardNumber) };
      if ((await updateCase(tx, residence.id, version, { ...changes, ...encrypted })) !== 'updated') throw versionConflict('residence_case', residence.version);
      // The audit names the fields, never the card number.
      await recordAudit(tx, ctx, { action: 'update', resourceType: 'residence_case', resourceId: residence.id, fields: changedFields({ ...changes, residenceCardNumber }) });
      await this.reminders.schedule(residence.id, tx);
    });
    return this.get(actor, employmentId);
  }

  /** Marks a step done (or not): the employer and the operators any step, the employee their own. */
  async setStep(ctx: RequestContext, actor: Actor, employmentId: string, kind: ResidenceStepKind, input: { doneOn: string | null; note: string }): Promise<EmploymentView> {
    const facts = (await this.facts(employmentId))!;
    const residence = (await findCase(this.db, employmentId))!;
    const step = (await this.reminders.facts(this.db, residence)).steps.find((s) => s.kind === kind);
    if (!step) throw notFound('residence_step');
    if (hiringViewer(actor, facts) === 'student' && step.owner !== 'employee') throw new AppError('hiring.notStepOwner');
    await this.db.transaction(async (tx) => {
      await upsertStep(tx, { programId: residence.programId, caseId: residence.id, kind, doneOn: input.doneOn, note: input.note, doneByUserId: ctx.actorUserId });
      await recordAudit(tx, ctx, { action: 'update', resourceType: 'residence_step', resourceId: residence.id, fields: [kind] });
      await this.reminders.schedule(residence.id, tx);
    });
    return this.get(actor, employmentId);
  }

  async setRetention(ctx: RequestContext, actor: Actor, employmentId: string, input: { version: number; retention: RetentionStatus; reason: string | null; changedOn: string }): Promise<EmploymentView> {
    await this.db.transaction(async (tx) => {
      const found = await findEmployment(tx, employmentId);
      if (!found) throw notFound('employment');
      const changes = { retention: input.retention, retentionReason: input.retention === 'employed' ? null : input.reason, retentionChangedOn: input.changedOn };
      if ((await updateEmployment(tx, employmentId, input.version, changes)) !== 'updated') throw versionConflict('employment', found.row.version);
      await recordAudit(tx, ctx, { action: 'update', resourceType: 'employment', resourceId: employmentId, fields: ['retention', 'retentionReason', 'retentionChangedOn'] });
    });
    return this.get(actor, employmentId);
  }

  /** A check-in answered by the employee (their survey) or the company (its own), once, from its date. */
  async answerCheckIn(ctx: RequestContext, actor: Actor, employmentId: string, month: number, input: CheckInInput): Promise<EmploymentView> {
    const found = (await findEmployment(this.db, employmentId))!;
    const viewer = hiringViewer(actor, (await this.facts(employmentId))!);
    const respondent: CheckInRespondent = viewer === 'student' ? 'employee' : 'company';
    const due = checkInSchedule(found.row.startsOn).find((d) => d.month === month)!;
    if (this.today() < due.dueOn) throw new AppError('hiring.checkInNotOpen');
    const answers = { scores: input.scores, ...(input.stay ? { stay: input.stay } : {}), comment: input.comment };
    const issues = answerIssues(respondent, answers);
    if (issues.length > 0) throw invalid(issues);
    await this.db.transaction(async (tx) => {
      const answered = { programId: found.row.programId, employmentId, month, respondent, answers, language: input.language, answeredByUserId: ctx.actorUserId, createdAt: this.now() };
      if (!(await insertCheckIn(tx, answered))) throw new AppError('hiring.checkInAnswered');
      await recordAudit(tx, ctx, { action: 'create', resourceType: 'check_in', resourceId: employmentId, fields: [`month${month}`, respondent] });
    });
    return this.get(actor, employmentId);
  }

  /** Early warnings: a check-in missed by the employee, or answers that worry. */
  private warnings(found: EmploymentWithStudent, checkIns: readonly CheckInRow[]): string[] {
    const today = this.today();
    const warnings = new Set<string>();
    for (const due of checkInSchedule(found.row.startsOn)) {
      const employee = checkIns.find((c) => c.month === due.month && c.respondent === 'employee');
      if (checkInState(due, employee?.createdAt.toISOString() ?? null, today) === 'missed') warnings.add(`missed:${due.month}`);
    }
    for (const c of checkIns) for (const w of answerWarnings(c.answers)) warnings.add(`${w}:${c.month}`);
    return [...warnings];
  }
}

/** The operators read every answer; the employee and the company each their own. */
const readsAnswersOf = (viewer: 'operator' | 'company' | 'student', respondent: CheckInRespondent) => viewer === 'operator' || (viewer === 'student' ? respondent === 'employee' : respondent === 'company');

/** Only the last four characters of a card number are shown. */
const mask = (value: string) => `${'•'.repeat(Math.max(0, value.length - 4))}${value.slice(-4)}`;
