// The call for host companies (issue 4 item 1, API only): the program's operators open one
// call per program, edit it (deadline, conditions, questions, rubric, status), score each
// company's application against the rubric and accept or decline it with a reason; accepting
// makes the company a host company of the program in the same transaction (idempotent).
// Companies apply and edit until the deadline, by the server clock (`now`); after it only the
// operator changes an application, or reopens the call. Every write is audited and versioned.
import type { HostApplicationInput, HostApplicationPatch, HostApplicationView, HostCallInput, HostCallPatch, HostCallView, HostDecisionInput, HostScoresInput } from '../../contracts/host-calls.ts';
import { hostApplicationActorKind, hostApplicationScope, hostCallScope } from '../../domain/access/policy.ts';
import type { RequestContext } from '../../domain/audit/audit-event.ts';
import { companyMayWrite, scoreIssues, unknownAnswers } from '../../domain/host-calls/host-call.ts';
import { AppError, duplicate, invalid, notFound, versionConflict } from '../../domain/errors/app-error.ts';
import type { Db } from '../db/database.ts';
import { presentHostApplication, presentHostCall } from '../presenters/host-call.presenter.ts';
import { hostApplicationFacts, hostCallFacts } from '../repositories/access-facts.repository.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import {
  ensureHostParticipation,
  findHostApplication,
  findHostCall,
  findProgramForCall,
  insertHostApplication,
  insertHostCall,
  listHostApplications,
  listHostCalls,
  organizationNames,
  updateHostApplication,
  updateHostCall,
  type HostCallRow,
} from '../repositories/host-calls.repository.ts';
import type { Executor } from '../repositories/executor.ts';
import { isUniqueViolation } from '../repositories/pg-errors.ts';
import type { VersionedWrite } from '../repositories/versioned.ts';

const changedFields = (input: object) => Object.keys(input).filter((k) => k !== 'version').sort();
const closed = () => new AppError('hostCall.closed');

export class HostCallsService {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
  ) {}

  /** Opens (or drafts) the program's one call; the intern cap defaults to the program's. */
  async create(ctx: RequestContext, programId: string, input: HostCallInput): Promise<HostCallView> {
    const id = await this.db.transaction(async (tx) => {
      const program = await findProgramForCall(tx, programId);
      if (!program) throw notFound('program');
      try {
        const created = await tx.transaction(async (sp) =>
          insertHostCall(sp, {
            programId,
            operatorId: program.operatorId,
            deadline: new Date(input.deadline),
            internCapPerCompany: input.internCapPerCompany === undefined ? program.internCapPerCompany : input.internCapPerCompany,
            questions: input.questions,
            rubric: input.rubric,
            status: input.status,
          }),
        );
        await recordAudit(tx, ctx, { action: 'create', resourceType: 'host_call', resourceId: created, fields: changedFields(input) });
        return created;
      } catch (error) {
        if (isUniqueViolation(error, 'host_calls_program_unique')) throw duplicate('host_call', [{ field: 'programId', code: 'hostCall.alreadyExists' }]);
        throw error;
      }
    });
    return this.get(id);
  }

  /** The calls of the programs the actor operates; for host-company members, every open call. */
  async list(ctx: RequestContext): Promise<{ items: HostCallView[] }> {
    if (!ctx.actor) return { items: [] };
    const rows = await listHostCalls(this.db, hostCallScope(ctx.actor));
    const names = await organizationNames(this.db, rows.map((r) => r.operatorId));
    return { items: rows.map((row) => presentHostCall(row, names.get(row.operatorId))) };
  }

  async get(id: string): Promise<HostCallView> {
    const row = await findHostCall(this.db, id);
    if (!row) throw notFound('host_call');
    return presentHostCall(row, (await organizationNames(this.db, [row.operatorId])).get(row.operatorId));
  }

  /** The operator edits the call: reopening it (status open, a later deadline) lets companies write again. */
  async update(ctx: RequestContext, id: string, input: HostCallPatch): Promise<HostCallView> {
    const { version, deadline, ...rest } = input;
    await this.db.transaction(async (tx) => {
      const outcome = await updateHostCall(tx, id, version, { ...rest, ...(deadline !== undefined ? { deadline: new Date(deadline) } : {}) });
      await this.settle(tx, outcome, 'host_call', id);
      await recordAudit(tx, ctx, { action: 'update', resourceType: 'host_call', resourceId: id, fields: changedFields(input) });
    });
    return this.get(id);
  }

  /** A company applies to an open call before its deadline, for one of the caller's host companies. */
  async apply(ctx: RequestContext, callId: string, input: HostApplicationInput): Promise<HostApplicationView> {
    const id = await this.db.transaction(async (tx) => {
      const call = await findHostCall(tx, callId);
      if (!call) throw notFound('host_call');
      if (!companyMayWrite(call, this.now())) throw closed();
      const ownCompanies = ctx.actor?.memberships.filter((m) => m.role === 'host_company').map((m) => m.organizationId) ?? [];
      if (!ownCompanies.includes(input.companyId)) throw invalid([{ field: 'companyId', code: 'hostCall.notYourCompany' }]);
      this.checkAnswers(input.answers, call);
      const { companyId, ...profile } = input;
      try {
        const created = await tx.transaction(async (sp) => insertHostApplication(sp, { callId, programId: call.programId, companyId, ...profile }));
        await recordAudit(tx, ctx, { action: 'create', resourceType: 'host_application', resourceId: created, fields: changedFields(input) });
        return created;
      } catch (error) {
        if (isUniqueViolation(error, 'host_applications_call_company_unique')) throw duplicate('host_application', [{ field: 'companyId', code: 'hostCall.alreadyApplied' }]);
        throw error;
      }
    });
    return this.getApplication(ctx, id);
  }

  /** All of a call's applications for the program's operators; a company's own for its members. */
  async listApplications(ctx: RequestContext, callId: string): Promise<{ items: HostApplicationView[] }> {
    const facts = await hostCallFacts(this.db, callId);
    const call = await findHostCall(this.db, callId);
    if (!facts || !call || !ctx.actor) throw notFound('host_call');
    const scope = hostApplicationScope(ctx.actor, facts.program);
    const rows = await listHostApplications(this.db, callId, scope);
    const names = await organizationNames(this.db, rows.map((r) => r.companyId));
    return { items: rows.map((row) => presentHostApplication(row, names.get(row.companyId), call.rubric, scope.all)) };
  }

  async getApplication(ctx: RequestContext, id: string): Promise<HostApplicationView> {
    const row = await findHostApplication(this.db, id);
    const facts = await hostApplicationFacts(this.db, id);
    const call = row ? await findHostCall(this.db, row.callId) : null;
    if (!row || !facts || !call || !ctx.actor) throw notFound('host_application');
    const name = (await organizationNames(this.db, [row.companyId])).get(row.companyId);
    return presentHostApplication(row, name, call.rubric, hostApplicationActorKind(ctx.actor, facts) === 'operator');
  }

  /** The company edits until the deadline; the operator edits on its behalf at any time. */
  async updateApplication(ctx: RequestContext, id: string, input: HostApplicationPatch): Promise<HostApplicationView> {
    const { version, ...changes } = input;
    await this.db.transaction(async (tx) => {
      const { call, byOperator } = await this.applicationInContext(tx, ctx, id);
      if (!byOperator && !companyMayWrite(call, this.now())) throw closed();
      if (changes.answers) this.checkAnswers(changes.answers, call);
      await this.settle(tx, await updateHostApplication(tx, id, version, changes), 'host_application', id);
      await recordAudit(tx, ctx, { action: 'update', resourceType: 'host_application', resourceId: id, fields: changedFields(input) });
    });
    return this.getApplication(ctx, id);
  }

  /** The operator's scores against the call's rubric (criterion id → 0–5), replacing the previous ones. */
  async score(ctx: RequestContext, id: string, input: HostScoresInput): Promise<HostApplicationView> {
    await this.db.transaction(async (tx) => {
      const { call } = await this.applicationInContext(tx, ctx, id);
      const issues = scoreIssues(input.scores, call.rubric);
      if (issues.length > 0) throw invalid(issues.map(({ criterionId, code }) => ({ field: `scores.${criterionId}`, code })));
      await this.settle(tx, await updateHostApplication(tx, id, input.version, { scores: input.scores }), 'host_application', id);
      await recordAudit(tx, ctx, { action: 'update', resourceType: 'host_application', resourceId: id, fields: ['scores'] });
    });
    return this.getApplication(ctx, id);
  }

  /**
   * Accepts or declines with a reason. Accepting makes the company a host company of the
   * program in the same transaction (nothing new when it already is one); declining changes
   * nothing else, and a company accepted before stays a participant until the operator removes it.
   */
  async decide(ctx: RequestContext, id: string, input: HostDecisionInput): Promise<HostApplicationView> {
    await this.db.transaction(async (tx) => {
      const { row } = await this.applicationInContext(tx, ctx, id);
      const outcome = await updateHostApplication(tx, id, input.version, { decision: input.decision, decisionReason: input.reason, decidedAt: this.now(), decidedBy: ctx.actorUserId ?? null });
      await this.settle(tx, outcome, 'host_application', id);
      await recordAudit(tx, ctx, { action: 'update', resourceType: 'host_application', resourceId: id, fields: ['decision', 'decisionReason'] });
      if (input.decision === 'accepted') {
        const participation = await ensureHostParticipation(tx, row.programId, row.companyId);
        if (participation) await recordAudit(tx, ctx, { action: 'create', resourceType: 'participation', resourceId: participation });
      }
    });
    return this.getApplication(ctx, id);
  }

  private async applicationInContext(tx: Executor, ctx: RequestContext, id: string) {
    const row = await findHostApplication(tx, id);
    const facts = await hostApplicationFacts(tx, id);
    const call = row ? await findHostCall(tx, row.callId) : null;
    if (!row || !facts || !call || !ctx.actor) throw notFound('host_application');
    return { row, call, byOperator: hostApplicationActorKind(ctx.actor, facts) === 'operator' };
  }

  private checkAnswers(answers: Record<string, string>, call: HostCallRow): void {
    const unknown = unknownAnswers(answers, call.questions);
    if (unknown.length > 0) throw invalid(unknown.map((questionId) => ({ field: `answers.${questionId}`, code: 'hostCall.unknownQuestion' })));
  }

  private async settle(tx: Executor, outcome: VersionedWrite, resource: 'host_call' | 'host_application', id: string): Promise<void> {
    if (outcome === 'missing') throw notFound(resource);
    if (outcome === 'stale') {
      const current = resource === 'host_call' ? await findHostCall(tx, id) : await findHostApplication(tx, id);
      throw versionConflict(resource, current?.version ?? 0);
    }
  }
}
