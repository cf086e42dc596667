// A funded project's budget against the plan: per line and per category, what was planned,
// spent in cash and contributed in kind (free housing, donated lecture hours, valued in yen),
// what remains and the share used. In-kind lines are not paid from the funder's budget, so the
// project's cash remaining is its budget minus cash spent only. Figures are cumulative from the
// project's start to the end of the report period (a budget is used up over the project), with
// the period's own spending beside them.
import type { FieldIssue } from '../errors/app-error.ts';
import type { BudgetCategory } from './funded-project.ts';
import { roundTo } from './indicator-progress.ts';
import type { ProjectDates, ReportPeriod } from './report-period.ts';

export type BudgetLineFacts = { id: string; category: BudgetCategory; plannedYen: number; inKind: boolean };
export type ExpenseFacts = { budgetLineId: string; spentOn: string; amountYen: number };

export type BudgetFigures = {
  plannedYen: number;
  /** Cash spent from the project's start to the period's end. */
  spentYen: number;
  /** In-kind contributions valued in yen, to the period's end. */
  inKindYen: number;
  /** Spent or contributed within the period itself. */
  periodYen: number;
  /** Planned minus used (cash and in kind); negative when overspent. */
  remainingYen: number;
  /** Used over planned; null when nothing was planned. */
  percentUsed: number | null;
};

export type BudgetSummary = {
  lines: (BudgetFigures & { id: string; category: BudgetCategory; inKind: boolean })[];
  categories: (BudgetFigures & { category: BudgetCategory })[];
  /** Cash lines and in-kind lines apart, and the project's budget against its cash spending. */
  cash: BudgetFigures;
  inKind: BudgetFigures;
  budgetYen: number;
  budgetRemainingYen: number;
};

function figures(planned: number, inKindLine: boolean, expenses: readonly ExpenseFacts[], period: ReportPeriod): BudgetFigures {
  const upToEnd = expenses.filter((e) => e.spentOn <= period.to);
  const used = upToEnd.reduce((s, e) => s + e.amountYen, 0);
  const periodYen = upToEnd.filter((e) => e.spentOn >= period.from).reduce((s, e) => s + e.amountYen, 0);
  return {
    plannedYen: planned,
    spentYen: inKindLine ? 0 : used,
    inKindYen: inKindLine ? used : 0,
    periodYen,
    remainingYen: planned - used,
    percentUsed: planned > 0 ? roundTo((100 * used) / planned, 1) : null,
  };
}

function add(parts: readonly BudgetFigures[]): BudgetFigures {
  const sum = (key: 'plannedYen' | 'spentYen' | 'inKindYen' | 'periodYen') => parts.reduce((s, p) => s + p[key], 0);
  const plannedYen = sum('plannedYen');
  const used = sum('spentYen') + sum('inKindYen');
  return { plannedYen, spentYen: sum('spentYen'), inKindYen: sum('inKindYen'), periodYen: sum('periodYen'), remainingYen: plannedYen - used, percentUsed: plannedYen > 0 ? roundTo((100 * used) / plannedYen, 1) : null };
}

export function budgetSummary(budgetYen: number, lines: readonly BudgetLineFacts[], expenses: readonly ExpenseFacts[], period: ReportPeriod): BudgetSummary {
  const perLine = lines.map((line) => ({
    id: line.id,
    category: line.category,
    inKind: line.inKind,
    ...figures(line.plannedYen, line.inKind, expenses.filter((e) => e.budgetLineId === line.id), period),
  }));
  const categories = [...new Set(lines.map((l) => l.category))].map((category) => ({ category, ...add(perLine.filter((l) => l.category === category)) }));
  const cash = add(perLine.filter((l) => !l.inKind));
  return { lines: perLine, categories, cash, inKind: add(perLine.filter((l) => l.inKind)), budgetYen, budgetRemainingYen: budgetYen - cash.spentYen };
}

export type ExpenseDraft = { spentOn: string; amountYen: number; contributorId: string | null };

/**
 * Why an expense cannot be booked on a line: outside the project's dates, a negative amount,
 * an in-kind contribution (it names a contributor) on a cash line, or an in-kind line's entry
 * without the contributor who gave it.
 */
export function expenseRefusals(expense: ExpenseDraft, line: { inKind: boolean }, project: ProjectDates): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (expense.spentOn < project.startsOn || expense.spentOn > project.endsOn) issues.push({ field: 'spentOn', code: 'fundedProject.outsideProject', params: { from: project.startsOn, to: project.endsOn } });
  if (!Number.isFinite(expense.amountYen) || expense.amountYen < 0) issues.push({ field: 'amountYen', code: 'fundedProject.negativeAmount' });
  if (expense.contributorId !== null && !line.inKind) issues.push({ field: 'contributorId', code: 'fundedProject.inKindOnCashLine' });
  if (expense.contributorId === null && line.inKind) issues.push({ field: 'contributorId', code: 'fundedProject.contributorRequired' });
  return issues;
}

/** Why an entered actual's period cannot be taken: reversed, or not inside the project. */
export function actualPeriodRefusals(period: { periodStart: string; periodEnd: string }, project: ProjectDates): FieldIssue[] {
  if (period.periodStart > period.periodEnd) return [{ field: 'periodEnd', code: 'fundedProject.periodReversed' }];
  if (period.periodStart < project.startsOn || period.periodEnd > project.endsOn) return [{ field: 'periodStart', code: 'fundedProject.outsideProject', params: { from: project.startsOn, to: project.endsOn } }];
  return [];
}
