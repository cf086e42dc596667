// A program's funded projects (issue 9 item 4): the operators set a project up (its funder is
// one of the program's funders), its activities, indicators and budget lines, enter actuals with
// evidence and book expenses; operators and funders read it for a period. Every write is one
// transaction with its audit event; edits carry the version they were made on (409 when stale).
import type { ActivityInput, ActivityPatch, BudgetLineInput, BudgetLinePatch, FundedProjectInput, FundedProjectList, FundedProjectPatch, FundedProjectView, IndicatorInput, IndicatorPatch } from '../../contracts/funded-projects.ts';
import { changedFields, type AuditedResource, type RequestContext } from '../../domain/audit/audit-event.ts';
import { reportsViewer } from '../../domain/access/reports-policy.ts';
import { duplicate, invalid, notFound } from '../../domain/errors/app-error.ts';
import { japanDate } from '../../domain/shared/japan-time.ts';
import type { Db } from '../db/database.ts';
import { programReportsFacts } from '../repositories/access-facts.repository.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import type { Executor } from '../repositories/executor.ts';
import { currentVersion } from '../repositories/versioned.ts';
import { PROJECT_TABLES, deleteRecord, findActivity, findIndicator, findProject, insertActivity, insertBudgetLine, insertIndicator, insertProject, listProjects, organizationNames, participantsOf, updateRecord, type ProjectRecord } from '../repositories/funded-projects.repository.ts';
import { isUniqueViolation } from '../repositories/pg-errors.ts';
import { buildProjectView, reportPeriodOf } from './funded-project-view.ts';
import { expectUpdated } from './versioned-result.ts';

export type Written = { id: string; version: number };

export const AUDITED: Record<ProjectRecord, AuditedResource> = { project: 'funded_project', activity: 'project_activity', indicator: 'project_indicator', actual: 'indicator_actual', budgetLine: 'budget_line', expense: 'project_expense' };

/** A duplicate ordinal (or period) as the field issue a form can show. */
export async function uniqueOr<T>(write: () => Promise<T>, resource: string, field: string, code: string): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicate(resource, [{ field, code }]);
    throw error;
  }
}

/** A versioned edit or deletion of a project's record with its audit event, in the caller's transaction. */
export async function writeVersioned(tx: Executor, ctx: RequestContext, record: ProjectRecord, id: string, version: number, changes: Record<string, unknown> | 'delete'): Promise<Written> {
  const outcome = changes === 'delete' ? await deleteRecord(tx, record, id, version) : await updateRecord(tx, record, id, version, changes as never);
  await expectUpdated(outcome, AUDITED[record], () => currentVersion(tx, PROJECT_TABLES[record] as (typeof PROJECT_TABLES)['project'], id));
  await recordAudit(tx, ctx, { action: changes === 'delete' ? 'delete' : 'update', resourceType: AUDITED[record], resourceId: id, fields: changes === 'delete' ? [] : changedFields(changes) });
  return { id, version: changes === 'delete' ? version : version + 1 };
}

export class FundedProjectsService {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
  ) {}

  private async canEdit(ctx: RequestContext, programId: string): Promise<boolean> {
    const facts = await programReportsFacts(this.db, programId);
    return Boolean(ctx.actor && facts && reportsViewer(ctx.actor, facts) === 'operator');
  }

  async list(ctx: RequestContext, programId: string): Promise<FundedProjectList> {
    const rows = await listProjects(this.db, programId);
    const names = await organizationNames(this.db, rows.map((r) => r.funderId));
    return {
      items: rows.map((r) => ({ id: r.id, programId: r.programId, funder: names.get(r.funderId) ?? { id: r.funderId, name: {} }, name: r.name, startsOn: r.startsOn, endsOn: r.endsOn, budgetYen: r.budgetYen, version: r.version })),
      funders: await participantsOf(this.db, programId, ['funder']),
      canEdit: await this.canEdit(ctx, programId),
    };
  }

  async view(ctx: RequestContext, id: string, asked: { from?: string | undefined; to?: string | undefined }): Promise<FundedProjectView> {
    const project = await findProject(this.db, id);
    if (!project) throw notFound('funded_project');
    return buildProjectView(this.db, project, reportPeriodOf(project, asked), { today: japanDate(this.now()), canEdit: await this.canEdit(ctx, project.programId) });
  }

  async create(ctx: RequestContext, programId: string, input: FundedProjectInput): Promise<Written> {
    await this.checkProject(programId, input);
    return this.db.transaction(async (tx) => {
      const row = await insertProject(tx, { programId, ...input });
      await recordAudit(tx, ctx, { action: 'create', resourceType: 'funded_project', resourceId: row.id, fields: Object.keys(input).sort() });
      return { id: row.id, version: row.version };
    });
  }

  async update(ctx: RequestContext, id: string, patch: FundedProjectPatch): Promise<Written> {
    const project = await findProject(this.db, id);
    if (!project) throw notFound('funded_project');
    const { version, ...changes } = patch;
    await this.checkProject(project.programId, { ...project, ...changes });
    return this.db.transaction((tx) => writeVersioned(tx, ctx, 'project', id, version, changes));
  }

  /** The funder must take part in the program as its funder, and the project must not end before it starts. */
  private async checkProject(programId: string, input: Pick<FundedProjectInput, 'funderId' | 'startsOn' | 'endsOn'>): Promise<void> {
    const funders = await participantsOf(this.db, programId, ['funder']);
    const issues = [];
    if (!funders.some((f) => f.id === input.funderId)) issues.push({ field: 'funderId', code: 'fundedProject.notFunder' });
    if (input.startsOn > input.endsOn) issues.push({ field: 'endsOn', code: 'fundedProject.periodReversed' });
    if (issues.length) throw invalid(issues);
  }

  remove = (ctx: RequestContext, record: ProjectRecord, id: string, version: number): Promise<Written> => this.db.transaction((tx) => writeVersioned(tx, ctx, record, id, version, 'delete'));

  async addActivity(ctx: RequestContext, projectId: string, input: ActivityInput): Promise<Written> {
    const project = await findProject(this.db, projectId);
    if (!project) throw notFound('funded_project');
    return uniqueOr(() => this.db.transaction(async (tx) => {
      const row = await insertActivity(tx, { programId: project.programId, projectId, ...input });
      await recordAudit(tx, ctx, { action: 'create', resourceType: 'project_activity', resourceId: row.id, fields: Object.keys(input).sort() });
      return { id: row.id, version: row.version };
    }), 'project_activity', 'ordinal', 'fundedProject.ordinalTaken');
  }

  updateActivity = (ctx: RequestContext, id: string, { version, ...changes }: ActivityPatch): Promise<Written> =>
    uniqueOr(() => this.db.transaction((tx) => writeVersioned(tx, ctx, 'activity', id, version, changes)), 'project_activity', 'ordinal', 'fundedProject.ordinalTaken');

  async addIndicator(ctx: RequestContext, projectId: string, input: IndicatorInput): Promise<Written> {
    const project = await findProject(this.db, projectId);
    if (!project) throw notFound('funded_project');
    await this.checkActivity(projectId, input.activityId);
    return uniqueOr(() => this.db.transaction(async (tx) => {
      const row = await insertIndicator(tx, { programId: project.programId, projectId, ...input });
      await recordAudit(tx, ctx, { action: 'create', resourceType: 'project_indicator', resourceId: row.id, fields: Object.keys(input).sort() });
      return { id: row.id, version: row.version };
    }), 'project_indicator', 'ordinal', 'fundedProject.ordinalTaken');
  }

  async updateIndicator(ctx: RequestContext, id: string, { version, ...changes }: IndicatorPatch): Promise<Written> {
    const indicator = await findIndicator(this.db, id);
    if (!indicator) throw notFound('project_indicator');
    if (changes.activityId !== undefined) await this.checkActivity(indicator.projectId, changes.activityId);
    return uniqueOr(() => this.db.transaction((tx) => writeVersioned(tx, ctx, 'indicator', id, version, changes)), 'project_indicator', 'ordinal', 'fundedProject.ordinalTaken');
  }

  private async checkActivity(projectId: string, activityId: string | null): Promise<void> {
    if (activityId === null) return;
    if ((await findActivity(this.db, activityId))?.projectId !== projectId) throw invalid([{ field: 'activityId', code: 'fundedProject.notInProject' }]);
  }

  async addBudgetLine(ctx: RequestContext, projectId: string, input: BudgetLineInput): Promise<Written> {
    const project = await findProject(this.db, projectId);
    if (!project) throw notFound('funded_project');
    return uniqueOr(() => this.db.transaction(async (tx) => {
      const row = await insertBudgetLine(tx, { programId: project.programId, projectId, ...input });
      await recordAudit(tx, ctx, { action: 'create', resourceType: 'budget_line', resourceId: row.id, fields: Object.keys(input).sort() });
      return { id: row.id, version: row.version };
    }), 'budget_line', 'ordinal', 'fundedProject.ordinalTaken');
  }

  updateBudgetLine = (ctx: RequestContext, id: string, { version, ...changes }: BudgetLinePatch): Promise<Written> =>
    uniqueOr(() => this.db.transaction((tx) => writeVersioned(tx, ctx, 'budgetLine', id, version, changes)), 'budget_line', 'ordinal', 'fundedProject.ordinalTaken');
}
