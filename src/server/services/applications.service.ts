// Student applications (issue 4 item 2): consent first, then
// the application; lists scoped by the access policy; status moves through the pure pipeline
// (domain/pipeline) with the mover's kind derived from their membership, the history row, the
// versioned status change and the audit event in one transaction.
import type { ApplicationDetail, ApplicationInput, ApplicationListItem, ApplicationView, BulkTransitionInput, TransitionInput } from '../../contracts/applications.ts';
import { applicationActorKind, applicationScope } from '../../domain/access/policy.ts';
import { companiesNotAllowed } from '../../domain/applications/application.ts';
import type { RequestContext } from '../../domain/audit/audit-event.ts';
import { consentCovers } from '../../domain/consent/consent.ts';
import { AppError, duplicate, forbidden, invalid, notFound, versionConflict } from '../../domain/errors/app-error.ts';
import type { ReasonCode } from '../../domain/pipeline/pipeline-status.ts';
import { transition } from '../../domain/pipeline/transition.ts';
import { bulkTransition } from '../../domain/pipeline/bulk-transition.ts';
import type { StudentFacts } from '../../domain/pipeline/pipeline-state.ts';
import { fileKindsByApplication } from '../repositories/application-files.repository.ts';
import type { Db } from '../db/database.ts';
import { presentApplication, presentApplicationDetail } from '../presenters/application.presenter.ts';
import { applicationFacts, programFacts, programStudentFacts } from '../repositories/access-facts.repository.ts';
import {
  activeConsentsOf,
  lockApplicationsInProgram,
  findApplication,
  findConsents,
  insertApplication,
  insertTransition,
  listApplications,
  listTransitions,
  participantIdsByRole,
  updateApplicationStatus,
} from '../repositories/applications.repository.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import { attendanceTotalsByApplication, attendedSessionsOf, countSessions, findRule } from '../repositories/lectures.repository.ts';
import { isUniqueViolation } from '../repositories/pg-errors.ts';

export class ApplicationsService {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
  ) {}

  /** The student applies; refused until an active consent covers the program's operator. */
  async apply(ctx: RequestContext, programId: string, input: ApplicationInput): Promise<ApplicationDetail> {
    const userId = ctx.actorUserId!;
    const id = await this.db.transaction(async (tx) => {
      const program = await programStudentFacts(tx, programId);
      if (!program) throw notFound('program');
      const consents = await findConsents(tx, userId, programId);
      if (!consentCovers(consents, program.operatorId)) throw new AppError('consent.required');
      const refused = companiesNotAllowed(input.companiesOfInterest, await participantIdsByRole(tx, programId, 'host_company'), consents);
      if (refused.length > 0) throw invalid(refused.map(({ index, reason }) => ({ field: `companiesOfInterest.${index}`, code: `application.${reason}` })));
      const collegeId = ctx.actor?.memberships.find((m) => m.role === 'student' && program.sendingCollegeIds.includes(m.organizationId))?.organizationId;
      if (!collegeId) throw forbidden();
      try {
        const created = await tx.transaction(async (sp) => insertApplication(sp, { programId, userId, collegeId, ...input, jlptDate: input.jlptDate ?? null, companiesOfInterest: [...new Set(input.companiesOfInterest)] }));
        await recordAudit(tx, ctx, { action: 'create', resourceType: 'student_application', resourceId: created, fields: Object.keys(input).sort() });
        return created;
      } catch (error) {
        if (isUniqueViolation(error, 'student_applications_program_user_unique')) throw duplicate('student_application', [{ field: 'programId', code: 'application.alreadyApplied' }]);
        throw error;
      }
    });
    return this.get(id);
  }

  /** The program's applications the actor may see: all for its operators, otherwise their own, their college's or shared with their company. */
  async list(ctx: RequestContext, programId: string): Promise<{ items: ApplicationListItem[] }> {
    const program = await programFacts(this.db, programId);
    if (!program || !ctx.actor) throw notFound('program');
    const rows = await listApplications(this.db, programId, applicationScope(ctx.actor, program));
    const files = await fileKindsByApplication(this.db, rows.map((r) => r.id));
    // Sessions attended (present or late) once the program has lecture sessions; null without lectures.
    const hasLectures = (await countSessions(this.db, programId)) > 0;
    const attended = new Map((hasLectures ? await attendanceTotalsByApplication(this.db, programId) : []).map((t) => [t.applicationId, t.attended]));
    return { items: rows.map((r) => ({ ...presentApplication(r), filesPresent: files.get(r.id) ?? [], attendedSessions: hasLectures ? (attended.get(r.id) ?? 0) : null })) };
  }

  /**
   * The same move for a selection of the program's applications (the screening board), all or
   * nothing in one transaction: every application must belong to the program and still have the
   * version its row showed; the pipeline's bulkTransition judges them together and, if it refuses
   * any, nothing moves and every refusal is listed (`items.<index>` with the pipeline's code).
   * Only the program's operators reach this (route access: the program's `update`).
   */
  async bulkTransition(ctx: RequestContext, programId: string, input: BulkTransitionInput): Promise<{ items: ApplicationView[] }> {
    const ids = input.items.map((i) => i.id);
    await this.db.transaction(async (tx) => {
      const program = await programStudentFacts(tx, programId);
      if (!program || !ctx.actor) throw notFound('program');
      const rows = new Map((await lockApplicationsInProgram(tx, programId, [...new Set(ids)])).map((r) => [r.id, r]));
      const missing = input.items.flatMap((item, index) => (rows.has(item.id) ? [] : [{ field: `items.${index}`, code: 'application.notInProgram' }]));
      if (missing.length > 0) throw invalid(missing);
      const stale = input.items.flatMap((item, index) => (rows.get(item.id)!.version === item.version ? [] : [{ field: `items.${index}`, code: 'resource.versionConflict' }]));
      if (stale.length > 0) throw new AppError('resource.versionConflict', { params: { resource: 'student_application' }, fields: stale });
      const consents = await activeConsentsOf(tx, programId, [...rows.values()].map((r) => r.userId));
      const hasLectures = (await countSessions(tx, programId)) > 0;
      const rule = await findRule(tx, programId);
      const attended = new Map((rule ? await attendanceTotalsByApplication(tx, programId) : []).map((t) => [t.applicationId, t.attended]));
      const facts = new Map<string, StudentFacts>(
        [...rows.values()].map((r) => [
          r.id,
          {
            consentGiven: consentCovers(consents.filter((c) => c.userId === r.userId), program.operatorId),
            ...(rule ? { attendance: { attendedSessions: attended.get(r.id) ?? 0, minimumSessions: rule.minimumSessions } } : {}),
          },
        ]),
      );
      const result = bulkTransition(
        input.items.map((item) => ({ studentId: item.id, status: rows.get(item.id)!.status, history: [] })),
        { to: input.to, by: ctx.actor.userId, byKind: 'operator', ...(input.reasonCode !== undefined ? { reasonCode: input.reasonCode as ReasonCode } : {}), ...(input.note !== undefined ? { note: input.note } : {}) },
        { now: this.now(), hasLectures, facts },
      );
      if (!result.ok) {
        // Refusals come in input order, at most one per item, a repeated item as pipeline.duplicateStudent: match them to their indexes.
        const repeated = (index: number) => input.items.findIndex((item) => item.id === input.items[index]!.id) < index;
        let next = 0;
        const fields = input.items.flatMap((item, index) => {
          const refusal = result.refusals[next];
          if (!refusal || refusal.studentId !== item.id || (refusal.code === 'pipeline.duplicateStudent') !== repeated(index)) return [];
          next += 1;
          return [{ field: `items.${index}`, code: refusal.code, params: Object.fromEntries(Object.entries(refusal.details).map(([k, v]) => [k, String(v)])) }];
        });
        throw new AppError('application.bulkRefused', { params: { count: new Set(result.refusals.map((r) => r.studentId)).size }, fields });
      }
      for (const [i, record] of result.records.entries()) {
        const item = input.items[i]!;
        const outcome = await updateApplicationStatus(tx, item.id, item.version, record.to);
        if (outcome !== 'updated') throw versionConflict('student_application', (await findApplication(tx, item.id))?.version ?? 0);
        await insertTransition(tx, { applicationId: item.id, from: record.from, to: record.to, byUserId: ctx.actor.userId, byKind: record.byKind, at: record.at, reasonCode: record.reasonCode ?? null, note: record.note ?? null });
        await recordAudit(tx, ctx, { action: 'update', resourceType: 'student_application', resourceId: item.id, fields: ['status'] });
      }
    });
    const moved = await Promise.all(ids.map((id) => findApplication(this.db, id)));
    return { items: moved.flatMap((r) => (r ? [presentApplication(r)] : [])) };
  }

  async get(id: string): Promise<ApplicationDetail> {
    const row = await findApplication(this.db, id);
    if (!row) throw notFound('student_application');
    return presentApplicationDetail(row, await listTransitions(this.db, id));
  }

  /**
   * One move of the application's status. The actor's kind comes from their membership; the
   * facts: consent from the consents table; the program has donated lectures once it has a
   * lecture session (then screened → lecture attendee → interviewee, the last step needing the
   * program's attendance rule met: sessions attended, present or late, at least its minimum;
   * without a rule the pipeline refuses with attendanceUnknown); without sessions screened →
   * interviewee is the way on.
   */
  async transition(ctx: RequestContext, id: string, input: TransitionInput): Promise<ApplicationDetail> {
    await this.db.transaction(async (tx) => {
      const row = await findApplication(tx, id);
      const facts = await applicationFacts(tx, id);
      if (!row || !facts || !ctx.actor) throw notFound('student_application');
      if (row.version !== input.version) throw versionConflict('student_application', row.version);
      const byKind = applicationActorKind(ctx.actor, facts);
      if (!byKind) throw notFound('student_application');
      const programOperator = (await programStudentFacts(tx, row.programId))?.operatorId ?? '';
      const consents = await findConsents(tx, row.userId, row.programId);
      const history = await listTransitions(tx, id);
      const rule = await findRule(tx, row.programId);
      const result = transition(
        { studentId: row.userId, status: row.status, history: history.map((h) => ({ from: h.from, to: h.to, by: h.byUserId ?? 'system', byKind: h.byKind, at: h.at })) },
        { to: input.to, by: ctx.actor.userId, byKind, ...(input.reasonCode !== undefined ? { reasonCode: input.reasonCode as ReasonCode } : {}), ...(input.note !== undefined ? { note: input.note } : {}) },
        { now: this.now(), hasLectures: (await countSessions(tx, row.programId)) > 0, consentGiven: consentCovers(consents, programOperator), ...(rule ? { attendance: { attendedSessions: await attendedSessionsOf(tx, id), minimumSessions: rule.minimumSessions } } : {}) },
      );
      if (!result.ok) throw new AppError(result.code, { params: { ...result.details } });
      const outcome = await updateApplicationStatus(tx, id, input.version, result.state.status);
      if (outcome !== 'updated') throw versionConflict('student_application', (await findApplication(tx, id))?.version ?? 0);
      const record = result.record;
      await insertTransition(tx, { applicationId: id, from: record.from, to: record.to, byUserId: ctx.actor.userId, byKind: record.byKind, at: record.at, reasonCode: record.reasonCode ?? null, note: record.note ?? null });
      await recordAudit(tx, ctx, { action: 'update', resourceType: 'student_application', resourceId: id, fields: ['status'] });
    });
    return this.get(id);
  }
}
