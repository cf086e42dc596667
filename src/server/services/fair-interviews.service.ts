// Interviews of a fair from request to evaluation (issue 5 items 1 and 6). A company asks for
// students, a student for the fair's companies, the operators for any pair; the student's
// active consent must name the company, since the company will see who they are. The operators
// approve or decline requests in one all-or-nothing decision that keeps every student and
// company within the fair's caps. After an interview its company records scores on the fair's
// rubric, notes and a recommendation, which feed selection. Every write is audited.
import type { DecisionsInput, EvaluationInput, InterviewList, InterviewPatch, InterviewRequestInput, InterviewView } from '../../contracts/fairs.ts';
import { fairActorKind, fairInterviewActorKind, fairInterviewScope } from '../../domain/access/fair-policy.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { changedFields, type RequestContext } from '../../domain/audit/audit-event.ts';
import { AppError, forbidden, invalid, notFound, versionConflict } from '../../domain/errors/app-error.ts';
import { capIssues, isInterviewable, scoreIssues } from '../../domain/fairs/fair-rules.ts';
import type { Db } from '../db/database.ts';
import { presentInterview } from '../presenters/fair.presenter.ts';
import { applicationFacts, fairFacts, fairInterviewFacts } from '../repositories/access-facts.repository.ts';
import { findApplication } from '../repositories/applications.repository.ts';
import { recordAudit, recordAudits } from '../repositories/audit.repository.ts';
import { isUniqueViolation } from '../repositories/pg-errors.ts';
import {
  deleteInterview,
  findEvaluation,
  findInterview,
  findInterviews,
  insertEvaluation,
  insertInterview,
  listInterviews,
  updateEvaluation,
  updateInterview,
  writePlacements,
} from '../repositories/fair-interviews.repository.ts';
import { findFair, lockFair } from '../repositories/fairs.repository.ts';
import type { Executor } from '../repositories/executor.ts';
import { expectUpdated } from './versioned-result.ts';

export class FairInterviewsService {
  constructor(private readonly db: Db) {}

  async list(actor: Actor, fairId: string): Promise<InterviewList> {
    const facts = await fairFacts(this.db, fairId);
    const fair = await findFair(this.db, fairId);
    if (!facts || !fair) throw notFound('interview_fair');
    const viewer = fairActorKind(actor, facts);
    const rows = await listInterviews(this.db, fairId, fairInterviewScope(actor, facts));
    return { items: rows.map((row) => presentInterview(row, fair, viewer === 'operator' || (viewer === 'company' && actor.memberships.some((m) => m.organizationId === row.organizationId && m.role === 'host_company')))) };
  }

  async get(actor: Actor, interviewId: string, db: Executor = this.db): Promise<InterviewView> {
    const stored = await findInterview(db, interviewId);
    const facts = await fairInterviewFacts(db, interviewId);
    const [row] = stored ? await listInterviews(db, stored.fairId, 'all', [interviewId]) : [];
    if (!facts || !row) throw notFound('fair_interview');
    const kind = fairInterviewActorKind(actor, facts);
    const fair = (await findFair(db, row.fairId))!;
    return presentInterview(row, fair, kind === 'operator' || kind === 'company');
  }

  /** A request by a company or a student, or an interview the operators add (approved at once, within the caps). */
  async request(ctx: RequestContext, fairId: string, input: InterviewRequestInput): Promise<InterviewView> {
    const actor = ctx.actor!;
    const id = await this.db.transaction(async (tx) => {
      const facts = await fairFacts(tx, fairId);
      const fair = await lockFair(tx, fairId);
      if (!facts || !fair) throw notFound('interview_fair');
      const kind = fairActorKind(actor, facts);
      const application = await findApplication(tx, input.applicationId);
      const appFacts = application?.programId === fair.programId ? await applicationFacts(tx, application.id) : null;
      if (!application || !appFacts) throw invalid([{ field: 'applicationId', code: 'reference.notFound' }]);
      if (!facts.companyIds.includes(input.organizationId)) throw invalid([{ field: 'organizationId', code: 'fair.companyNotInFair' }]);
      if (kind === 'company' && !actor.memberships.some((m) => m.organizationId === input.organizationId && m.role === 'host_company')) throw forbidden();
      if (kind === 'student' && application.userId !== actor.userId) throw forbidden();
      if (kind !== 'operator' && kind !== 'company' && kind !== 'student') throw forbidden();
      if (!isInterviewable(application.status)) throw invalid([{ field: 'applicationId', code: 'fair.notInterviewable' }]);
      if (!appFacts.consentedRecipientIds.includes(input.organizationId)) throw new AppError('consent.required', { fields: [{ field: 'organizationId', code: 'fair.consentMissing' }] });
      const approved = kind === 'operator';
      if (approved) await this.checkCaps(tx, fair, [{ id: 'new', studentId: application.id, companyId: input.organizationId }], () => 'applicationId');
      try {
        const created = await insertInterview(tx, { fairId, programId: fair.programId, applicationId: application.id, organizationId: input.organizationId, requestedBy: kind, status: approved ? 'approved' : 'requested', needsInterpreter: input.needsInterpreter });
        await recordAudit(tx, ctx, { action: 'create', resourceType: 'fair_interview', resourceId: created, fields: Object.keys(input).sort() });
        return created;
      } catch (error) {
        if (isUniqueViolation(error, 'fair_interviews_pair_unique')) throw new AppError('resource.duplicate', { params: { resource: 'fair_interview' }, fields: [{ field: 'organizationId', code: 'fair.alreadyRequested' }] });
        throw error;
      }
    });
    return this.get(actor, id);
  }

  /** Approved interviews over the fair's caps, counting those approved before; `fieldOf` names each new one. */
  private async checkCaps(db: Executor, fair: { id: string; maxInterviewsPerStudent: number | null; maxInterviewsPerCompany: number | null }, added: { id: string; studentId: string; companyId: string }[], fieldOf: (id: string) => string): Promise<void> {
    const addedIds = new Set(added.map((a) => a.id));
    const before = (await listInterviews(db, fair.id, 'all')).filter((i) => i.status === 'approved' && !addedIds.has(i.id)).map((i) => ({ id: i.id, studentId: i.applicationId, companyId: i.organizationId }));
    const issues = capIssues([...before, ...added], { perStudent: fair.maxInterviewsPerStudent, perCompany: fair.maxInterviewsPerCompany }).filter((i) => addedIds.has(i.id));
    if (issues.length > 0) throw new AppError('fair.capExceeded', { fields: issues.map((i) => ({ field: fieldOf(i.id), code: i.code })) });
  }

  /** The operators' decisions on many requests at once: all taken, or none (stale versions, caps). */
  async decide(ctx: RequestContext, fairId: string, input: DecisionsInput): Promise<InterviewList> {
    await this.db.transaction(async (tx) => {
      const fair = await lockFair(tx, fairId);
      if (!fair) throw notFound('interview_fair');
      const rows = new Map((await findInterviews(tx, fairId, input.items.map((i) => i.id))).map((r) => [r.id, r]));
      const unknown = input.items.flatMap((item, i) => (rows.has(item.id) ? [] : [{ field: `items.${i}.id`, code: 'reference.notFound' }]));
      if (unknown.length > 0) throw invalid(unknown);
      const stale = input.items.find((item) => rows.get(item.id)!.version !== item.version);
      if (stale) throw versionConflict('fair_interview', rows.get(stale.id)!.version);
      const index = new Map(input.items.map((item, i) => [item.id, i]));
      const approving = input.items.filter((item) => item.status === 'approved').map((item) => ({ id: item.id, studentId: rows.get(item.id)!.applicationId, companyId: rows.get(item.id)!.organizationId }));
      await this.checkCaps(tx, fair, approving, (id) => `items.${index.get(id)}`);
      // A declined interview leaves its slot first (placed interviews are approved ones).
      const unplace = input.items.filter((item) => item.status === 'declined' && rows.get(item.id)!.slotId !== null);
      await writePlacements(tx, fairId, unplace.map((item) => ({ id: item.id, slotId: null, room: null, interpreterId: null, unscheduledReason: null })));
      for (const item of input.items) {
        await updateInterview(tx, item.id, rows.get(item.id)!.version + (unplace.includes(item) ? 1 : 0), { status: item.status, pinned: item.status === 'declined' ? false : rows.get(item.id)!.pinned });
      }
      await recordAudits(tx, ctx, input.items.map((item) => ({ action: 'update', resourceType: 'fair_interview', resourceId: item.id, fields: ['status'] })));
    });
    return this.list(ctx.actor!, fairId);
  }

  async patch(ctx: RequestContext, interviewId: string, input: InterviewPatch): Promise<InterviewView> {
    const { version, ...changes } = input;
    await this.db.transaction(async (tx) => {
      const row = await findInterview(tx, interviewId);
      if (!row) throw notFound('fair_interview');
      if (changes.pinned && row.slotId === null) throw invalid([{ field: 'pinned', code: 'fair.notPlaced' }]);
      await expectUpdated(await updateInterview(tx, interviewId, version, Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined))), 'fair_interview', async () => row.version);
      await recordAudit(tx, ctx, { action: 'update', resourceType: 'fair_interview', resourceId: interviewId, fields: changedFields(input) });
    });
    return this.get(ctx.actor!, interviewId);
  }

  /** Withdrawing a request: its company or student while it is not placed, the operators at any time. */
  async withdraw(ctx: RequestContext, interviewId: string, version: number): Promise<void> {
    const actor = ctx.actor!;
    await this.db.transaction(async (tx) => {
      const facts = await fairInterviewFacts(tx, interviewId);
      const row = await findInterview(tx, interviewId);
      if (!facts || !row) throw notFound('fair_interview');
      if (fairInterviewActorKind(actor, facts) !== 'operator' && row.slotId !== null) throw new AppError('fair.interviewPlaced');
      await expectUpdated(await deleteInterview(tx, interviewId, version), 'fair_interview', async () => row.version);
      await recordAudit(tx, ctx, { action: 'delete', resourceType: 'fair_interview', resourceId: interviewId });
    });
  }

  /** The interviewing company's evaluation; `version` null creates it, otherwise it must be the current one. */
  async evaluate(ctx: RequestContext, interviewId: string, input: EvaluationInput): Promise<InterviewView> {
    await this.db.transaction(async (tx) => {
      const row = await findInterview(tx, interviewId);
      if (!row) throw notFound('fair_interview');
      if (row.slotId === null) throw new AppError('fair.notInterviewed');
      const fair = (await findFair(tx, row.fairId))!;
      const issues = scoreIssues(fair.rubric, input.scores);
      if (issues.length > 0) throw invalid(issues);
      const existing = await findEvaluation(tx, interviewId);
      const values = { scores: input.scores, notes: input.notes, recommendation: input.recommendation, evaluatedByUserId: ctx.actorUserId };
      if (!existing) {
        if (input.version !== null) throw notFound('interview_evaluation');
        await insertEvaluation(tx, { interviewId, programId: row.programId, ...values });
      } else {
        if (input.version === null) throw versionConflict('interview_evaluation', existing.version);
        await expectUpdated(await updateEvaluation(tx, existing.id, input.version, values), 'interview_evaluation', async () => existing.version);
      }
      await recordAudit(tx, ctx, { action: existing ? 'update' : 'create', resourceType: 'interview_evaluation', resourceId: interviewId, fields: ['notes', 'recommendation', 'scores'] });
    });
    return this.get(ctx.actor!, interviewId);
  }
}
