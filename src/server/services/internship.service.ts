// The internship (issue 8 item 1): each intern's plan and days, the daily report and the
// mentor's comment, attendance, and incidents. The operators create the plans from the
// published matching (company) and the program's internship phase (dates); the company names
// the mentor and plans the days. Dates are Japan dates: the internship happens there.
import type { DailyReportInput, DayPatch, IncidentInput, IncidentPatch, IncidentView, InternshipDayView, InternshipOverview, InternshipPlanView, MentorCommentInput, PlanPatch } from '../../contracts/internship.ts';
import { internshipViewer, type InternshipPlanFacts, type InternshipViewer } from '../../domain/access/internship-policy.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { changedFields, type RequestContext } from '../../domain/audit/audit-event.ts';
import { AppError, notFound, versionConflict } from '../../domain/errors/app-error.ts';
import { reportRefusal, reportState } from '../../domain/internship/daily-report.ts';
import { partiesNotYetTold } from '../../domain/internship/incidents.ts';
import { internshipDays } from '../../domain/internship/internship-days.ts';
import { internProgress } from '../../domain/internship/progress.ts';
import { japanDate, japanWallClock } from '../../domain/shared/japan-time.ts';
import type { FieldCipher } from '../crypto/field-cipher.ts';
import type { Db } from '../db/database.ts';
import { programFacts } from '../repositories/access-facts.repository.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import { listInterns } from '../repositories/housing.repository.ts';
import { internshipPhase, organizationNames } from '../repositories/housing-parties.repository.ts';
import {
  deleteDays,
  findDay,
  findIncident,
  findPlan,
  insertDays,
  insertIncident,
  insertPlans,
  listDays,
  listIncidents,
  listPlans,
  plansOfStudent,
  updateDay,
  updateIncident,
  updatePlan,
  type DayRow,
  type IncidentRow,
  type PlanWithPeople,
} from '../repositories/internship.repository.ts';

const DESCRIPTION = 'internship_incidents.description_encrypted';
const ACTION_TAKEN = 'internship_incidents.action_taken_encrypted';

export class InternshipService {
  constructor(
    private readonly db: Db,
    private readonly cipher: FieldCipher,
    private readonly now: () => Date,
  ) {}

  /** Today in Japan, where the internship takes place. */
  today = () => japanDate(this.now());

  /** The facts of a plan for the access policy. */
  async planFacts(planId: string): Promise<InternshipPlanFacts | null> {
    const found = await findPlan(this.db, planId);
    const program = found ? await programFacts(this.db, found.plan.programId) : null;
    return found && program ? { type: 'internshipPlan', program, studentUserId: found.studentUserId, companyId: found.plan.companyId, collegeId: found.collegeId } : null;
  }

  async overview(actor: Actor, programId: string): Promise<InternshipOverview> {
    const program = await programFacts(this.db, programId);
    if (!program) throw notFound('program');
    const interns = (await listInterns(this.db, programId)).filter((i) => i.companyId !== null);
    const plans = new Map((await listPlans(this.db, programId)).map((p) => [p.plan.applicationId, p]));
    const planIds = [...plans.values()].map((p) => p.plan.id);
    const days = await listDays(this.db, planIds);
    const incidents = await listIncidents(this.db, planIds);
    const names = await organizationNames(this.db, [...new Set(interns.map((i) => i.companyId!))]);
    const today = this.today();
    const items = interns.flatMap((intern) => {
      const found = plans.get(intern.applicationId);
      const companyId = found?.plan.companyId ?? intern.companyId!;
      const viewer = internshipViewer(actor, { program, studentUserId: intern.userId, companyId, collegeId: intern.collegeId });
      if (viewer === null) return [];
      const own = found ? incidents.filter((i) => i.planId === found.plan.id) : [];
      const seesIncidents = viewer !== 'student';
      return [
        {
          applicationId: intern.applicationId,
          student: { nameLatin: intern.nameLatin, nameCyrillic: intern.nameCyrillic, nameKatakana: intern.nameKatakana },
          company: { id: companyId, name: names.get(companyId) ?? {} },
          planId: found?.plan.id ?? null,
          mentorName: found?.plan.mentorName ?? null,
          startsOn: found?.plan.startsOn ?? null,
          endsOn: found?.plan.endsOn ?? null,
          progress: found ? internProgress(days.filter((d) => d.planId === found.plan.id).map(dayRecord), today) : null,
          incidents: seesIncidents ? own.length : 0,
          untold: seesIncidents ? own.filter((i) => partiesNotYetTold(i).length > 0).length : 0,
        },
      ];
    });
    return { today, canPlan: internshipViewer(actor, { program, studentUserId: '', companyId: '', collegeId: '' }) === 'operator', items };
  }

  /** Plans for every placed intern without one: the published company, the internship phase's dates, weekdays. */
  async createPlans(ctx: RequestContext, programId: string): Promise<number> {
    const phase = await internshipPhase(this.db, programId);
    if (!phase) throw new AppError('housing.noSeason');
    return this.db.transaction(async (tx) => {
      const interns = (await listInterns(tx, programId)).filter((i) => i.companyId !== null);
      const created = await insertPlans(
        tx,
        interns.map((i) => ({ programId, applicationId: i.applicationId, companyId: i.companyId!, startsOn: phase.startDate, endsOn: phase.endDate })),
      );
      for (const plan of created) await insertDays(tx, internshipDays(plan.startsOn, plan.endsOn, { weekends: plan.weekends }).map((on) => ({ programId, planId: plan.id, on })));
      if (created.length > 0) await recordAudit(tx, ctx, { action: 'create', resourceType: 'internship_plan', resourceId: programId, fields: ['plans'] });
      return created.length;
    });
  }

  async plan(actor: Actor, planId: string): Promise<InternshipPlanView> {
    const found = await findPlan(this.db, planId);
    const facts = await this.planFacts(planId);
    const viewer = facts ? internshipViewer(actor, facts) : null;
    if (!found || !viewer) throw notFound('internship_plan');
    return this.planView(found, viewer);
  }

  /** The plans of the signed-in intern, for their own page. */
  async mine(actor: Actor) {
    const plans = await plansOfStudent(this.db, actor.userId);
    return { items: plans.map((p) => ({ planId: p.plan.id, programId: p.plan.programId, company: { id: p.plan.companyId, name: p.companyName }, startsOn: p.plan.startsOn, endsOn: p.plan.endsOn })) };
  }

  /** Mentor and dates; changing the dates adds the new days and drops the old ones, unless they hold records. */
  async updatePlan(ctx: RequestContext, actor: Actor, planId: string, patch: PlanPatch): Promise<InternshipPlanView> {
    const { version, ...changes } = patch;
    await this.db.transaction(async (tx) => {
      const found = await findPlan(tx, planId);
      if (!found) throw notFound('internship_plan');
      const next = { ...found.plan, ...changes };
      if (next.endsOn < next.startsOn) throw new AppError('internship.endsBeforeStart', { fields: [{ field: 'endsOn', code: 'internship.endsBeforeStart' }] });
      const outcome = await updatePlan(tx, planId, version, changes);
      if (outcome !== 'updated') throw versionConflict('internship_plan', found.plan.version);
      const wanted = new Set(internshipDays(next.startsOn, next.endsOn, { weekends: next.weekends }));
      const existing = await listDays(tx, [planId]);
      const dropped = existing.filter((d) => !wanted.has(d.on));
      if (dropped.some(hasRecords)) throw new AppError('internship.daysHaveRecords', { fields: [{ field: 'startsOn', code: 'internship.daysHaveRecords' }] });
      await deleteDays(tx, dropped.map((d) => d.id));
      const have = new Set(existing.map((d) => d.on));
      await insertDays(tx, [...wanted].filter((on) => !have.has(on)).map((on) => ({ programId: found.plan.programId, planId, on })));
      await recordAudit(tx, ctx, { action: 'update', resourceType: 'internship_plan', resourceId: planId, fields: changedFields(patch) });
    });
    return this.plan(actor, planId);
  }

  /** The day's tasks and attendance (the company or the operators). */
  async updateDay(ctx: RequestContext, dayId: string, patch: DayPatch): Promise<InternshipDayView> {
    const { version, ...changes } = patch;
    return this.writeDay(ctx, dayId, version, changes, changedFields(patch));
  }

  /** The intern's report of a day: on the day or later, until the mentor comments. */
  async writeReport(ctx: RequestContext, dayId: string, input: DailyReportInput): Promise<InternshipDayView> {
    const day = await findDay(this.db, dayId);
    if (!day) throw notFound('internship_day');
    const refusal = reportRefusal({ on: day.on, mentorCommentedAt: day.mentorCommentedAt?.toISOString() ?? null }, this.today());
    if (refusal) throw new AppError(refusal);
    return this.writeDay(ctx, dayId, input.version, { reportBody: input.body, reportLanguage: input.language, reportSubmittedAt: day.reportSubmittedAt ?? this.now() }, ['report']);
  }

  async comment(ctx: RequestContext, dayId: string, input: MentorCommentInput): Promise<InternshipDayView> {
    const day = await findDay(this.db, dayId);
    if (!day) throw notFound('internship_day');
    if (day.reportSubmittedAt === null) throw new AppError('internship.noReport');
    return this.writeDay(ctx, dayId, input.version, { mentorComment: input.body, mentorCommentedAt: this.now(), mentorCommentByUserId: ctx.actorUserId }, ['mentorComment']);
  }

  async addIncident(ctx: RequestContext, planId: string, input: IncidentInput): Promise<IncidentView> {
    const found = await findPlan(this.db, planId);
    if (!found) throw notFound('internship_plan');
    const row = await this.db.transaction(async (tx) => {
      const inserted = await insertIncident(tx, {
        programId: found.plan.programId,
        planId,
        occurredAt: new Date(input.occurredAt),
        kind: input.kind,
        severity: input.severity,
        descriptionEncrypted: this.cipher.encrypt(DESCRIPTION, input.description),
        actionTakenEncrypted: input.actionTaken === null ? null : this.cipher.encrypt(ACTION_TAKEN, input.actionTaken),
        notifications: input.notifications.map((n) => ({ party: n.party, at: new Date(n.at).toISOString() })),
        reportedByUserId: ctx.actorUserId,
      });
      // The audit names the fields, never their content (health details stay out of the trail).
      await recordAudit(tx, ctx, { action: 'create', resourceType: 'internship_incident', resourceId: inserted.id, fields: ['kind', 'severity', 'description', 'notifications'] });
      return inserted;
    });
    return this.incidentView(row);
  }

  async updateIncident(ctx: RequestContext, incidentId: string, patch: IncidentPatch): Promise<IncidentView> {
    const { version, actionTaken, notifications } = patch;
    await this.db.transaction(async (tx) => {
      const found = await findIncident(tx, incidentId);
      if (!found) throw notFound('internship_incident');
      const changes = {
        ...(actionTaken !== undefined ? { actionTakenEncrypted: actionTaken === null ? null : this.cipher.encrypt(ACTION_TAKEN, actionTaken) } : {}),
        ...(notifications !== undefined ? { notifications: notifications.map((n) => ({ party: n.party, at: new Date(n.at).toISOString() })) } : {}),
      };
      if ((await updateIncident(tx, incidentId, version, changes)) !== 'updated') throw versionConflict('internship_incident', found.version);
      await recordAudit(tx, ctx, { action: 'update', resourceType: 'internship_incident', resourceId: incidentId, fields: changedFields(patch) });
    });
    return this.incidentView((await findIncident(this.db, incidentId))!);
  }

  private async writeDay(ctx: RequestContext, dayId: string, version: number, changes: Partial<DayRow>, fields: string[]): Promise<InternshipDayView> {
    await this.db.transaction(async (tx) => {
      const day = await findDay(tx, dayId);
      if (!day) throw notFound('internship_day');
      if ((await updateDay(tx, dayId, version, changes)) !== 'updated') throw versionConflict('internship_day', day.version);
      await recordAudit(tx, ctx, { action: 'update', resourceType: 'internship_day', resourceId: dayId, fields });
    });
    return this.dayView((await findDay(this.db, dayId))!);
  }

  private async planView(found: PlanWithPeople, viewer: InternshipViewer): Promise<InternshipPlanView> {
    const { plan } = found;
    const days = await listDays(this.db, [plan.id]);
    const incidents = viewer === 'student' ? null : await listIncidents(this.db, [plan.id]);
    const today = this.today();
    return {
      id: plan.id,
      programId: plan.programId,
      applicationId: plan.applicationId,
      student: { nameLatin: found.nameLatin, nameCyrillic: found.nameCyrillic, nameKatakana: found.nameKatakana },
      company: { id: plan.companyId, name: found.companyName },
      mentorName: plan.mentorName,
      startsOn: plan.startsOn,
      endsOn: plan.endsOn,
      weekends: plan.weekends,
      viewer,
      today,
      days: days.map((d) => this.dayView(d)),
      progress: internProgress(days.map(dayRecord), today),
      incidents: incidents?.map((i) => this.incidentView(i)) ?? null,
      version: plan.version,
    };
  }

  private dayView(day: DayRow): InternshipDayView {
    return {
      id: day.id,
      on: day.on,
      tasks: day.tasks,
      attendance: day.attendance,
      attendanceNote: day.attendanceNote,
      report: day.reportBody !== null && day.reportLanguage !== null && day.reportSubmittedAt !== null ? { body: day.reportBody, language: day.reportLanguage, submittedAt: day.reportSubmittedAt.toISOString() } : null,
      reportState: reportState(dayRecord(day), this.today()),
      mentorComment: day.mentorComment !== null && day.mentorCommentedAt !== null ? { body: day.mentorComment, at: day.mentorCommentedAt.toISOString() } : null,
      version: day.version,
    };
  }

  private incidentView(row: IncidentRow): IncidentView {
    return {
      id: row.id,
      occurredAt: row.occurredAt.toISOString(),
      kind: row.kind,
      severity: row.severity,
      description: this.cipher.decrypt(DESCRIPTION, row.descriptionEncrypted),
      actionTaken: row.actionTakenEncrypted === null ? null : this.cipher.decrypt(ACTION_TAKEN, row.actionTakenEncrypted),
      notifications: row.notifications,
      untold: partiesNotYetTold(row),
      createdAt: row.createdAt.toISOString(),
      version: row.version,
    };
  }
}

/** Report times as Japan dates, so that a report sent at 23:30 in Hitachi counts for its day. */
function dayRecord(day: DayRow) {
  const japan = (at: Date | null) => (at === null ? null : japanWallClock(at));
  return { on: day.on, attendance: day.attendance, reportSubmittedAt: japan(day.reportSubmittedAt), mentorCommentedAt: japan(day.mentorCommentedAt) };
}

const hasRecords = (day: DayRow) => day.attendance !== null || day.reportSubmittedAt !== null || day.mentorComment !== null;
