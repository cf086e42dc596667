// A funded project's figures entered by hand: an indicator's actual for a period with its
// evidence (only for indicators not counted from the records), and expenses booked on budget
// lines (cash, or in kind with the organization that gave it). The domain refuses periods and
// expenses outside the project, negative amounts and in-kind entries on cash lines.
import type { ActualInput, ActualPatch, ExpenseInput, ExpensePatch } from '../../contracts/funded-projects.ts';
import type { RequestContext } from '../../domain/audit/audit-event.ts';
import { invalid, notFound, type FieldIssue } from '../../domain/errors/app-error.ts';
import { actualPeriodRefusals, expenseRefusals } from '../../domain/reports/project-budget.ts';
import type { Db } from '../db/database.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import { findActual, findBudgetLine, findExpense, findIndicator, findProject, insertActual, insertExpense, operatorOf, participantsOf, type IndicatorRow } from '../repositories/funded-projects.repository.ts';
import { uniqueOr, writeVersioned, type Written } from './funded-projects.service.ts';

export class ProjectFiguresService {
  constructor(private readonly db: Db) {}

  async enterActual(ctx: RequestContext, indicatorId: string, input: ActualInput): Promise<Written> {
    const indicator = await findIndicator(this.db, indicatorId);
    if (!indicator) throw notFound('project_indicator');
    await this.checkActual(indicator, input);
    return uniqueOr(() => this.db.transaction(async (tx) => {
      const row = await insertActual(tx, { programId: indicator.programId, indicatorId, ...input, enteredByUserId: ctx.actorUserId });
      await recordAudit(tx, ctx, { action: 'create', resourceType: 'indicator_actual', resourceId: row.id, fields: Object.keys(input).sort() });
      return { id: row.id, version: row.version };
    }), 'indicator_actual', 'periodStart', 'fundedProject.actualExists');
  }

  async updateActual(ctx: RequestContext, id: string, { version, ...changes }: ActualPatch): Promise<Written> {
    const actual = await findActual(this.db, id);
    if (!actual) throw notFound('indicator_actual');
    const indicator = (await findIndicator(this.db, actual.indicatorId))!;
    await this.checkActual(indicator, { ...actual, ...changes });
    return uniqueOr(() => this.db.transaction((tx) => writeVersioned(tx, ctx, 'actual', id, version, changes)), 'indicator_actual', 'periodStart', 'fundedProject.actualExists');
  }

  /** Counted indicators take no entered actuals; a period must lie inside the project. */
  private async checkActual(indicator: IndicatorRow, period: { periodStart: string; periodEnd: string }): Promise<void> {
    if (indicator.metric) throw invalid([{ field: 'value', code: 'fundedProject.computedIndicator' }]);
    const project = (await findProject(this.db, indicator.projectId))!;
    const issues = actualPeriodRefusals(period, project);
    if (issues.length) throw invalid(issues);
  }

  async addExpense(ctx: RequestContext, projectId: string, input: ExpenseInput): Promise<Written> {
    const project = await findProject(this.db, projectId);
    if (!project) throw notFound('funded_project');
    const line = await this.checkExpense(projectId, input);
    return this.db.transaction(async (tx) => {
      const row = await insertExpense(tx, { programId: line.programId, ...input, enteredByUserId: ctx.actorUserId });
      await recordAudit(tx, ctx, { action: 'create', resourceType: 'project_expense', resourceId: row.id, fields: Object.keys(input).sort() });
      return { id: row.id, version: row.version };
    });
  }

  async updateExpense(ctx: RequestContext, id: string, { version, ...changes }: ExpensePatch): Promise<Written> {
    const expense = await findExpense(this.db, id);
    if (!expense) throw notFound('project_expense');
    const line = (await findBudgetLine(this.db, expense.budgetLineId))!;
    await this.checkExpense(line.projectId, { ...expense, ...changes });
    return this.db.transaction((tx) => writeVersioned(tx, ctx, 'expense', id, version, changes));
  }

  /** The line must be the project's; the domain's rules; an in-kind contributor must take part in the program (or run it). */
  private async checkExpense(projectId: string, expense: Pick<ExpenseInput, 'budgetLineId' | 'spentOn' | 'amountYen' | 'contributorId'>) {
    const [project, line] = await Promise.all([findProject(this.db, projectId), findBudgetLine(this.db, expense.budgetLineId)]);
    if (!project || !line || line.projectId !== projectId) throw invalid([{ field: 'budgetLineId', code: 'fundedProject.notInProject' }]);
    const issues: FieldIssue[] = expenseRefusals(expense, line, project);
    if (expense.contributorId && !issues.some((i) => i.field === 'contributorId')) {
      const known = [...(await participantsOf(this.db, project.programId)), ...[await operatorOf(this.db, project.programId)].filter((o) => o !== null)];
      if (!known.some((o) => o.id === expense.contributorId)) issues.push({ field: 'contributorId', code: 'fundedProject.notParticipant' });
    }
    if (issues.length) throw invalid(issues);
    return line;
  }
}
