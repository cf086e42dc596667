// A program's funded projects (issue 9 item 4): the project (e.g. JICA's), its activities and
// indicators with actuals per period, its budget lines and expenses, and the report for a
// period. Every figure here is an aggregate: no student is named anywhere, and the people who
// entered figures are not named either (a funder reads the same view as the operators).
import { z } from 'zod';
import { BUDGET_CATEGORIES, INDICATOR_METRICS, INDICATOR_UNITS } from '../domain/reports/funded-project.ts';
import { isoDate, languageSchema, localizedText, localizedTextOut, version } from './common.ts';

const yen = z.number().int().min(0).max(1e13);
const figure = z.number().finite().min(0).max(1e12);
const ordinal = z.number().int().min(1).max(999);

export const fundedProjectInput = z.object({ funderId: z.uuid(), name: localizedText, startsOn: isoDate, endsOn: isoDate, budgetYen: yen });
export type FundedProjectInput = z.infer<typeof fundedProjectInput>;
export const fundedProjectPatch = fundedProjectInput.partial().extend({ version });
export type FundedProjectPatch = z.infer<typeof fundedProjectPatch>;

export const activityInput = z.object({ ordinal, name: localizedText });
export type ActivityInput = z.infer<typeof activityInput>;
export const activityPatch = activityInput.partial().extend({ version });
export type ActivityPatch = z.infer<typeof activityPatch>;

export const indicatorInput = z.object({
  /** Null: an indicator of the project as a whole. */
  activityId: z.uuid().nullable(),
  ordinal,
  name: localizedText,
  unit: z.enum(INDICATOR_UNITS),
  /** Set: the actual is counted from the program's records; null: entered with evidence. */
  metric: z.enum(INDICATOR_METRICS).nullable(),
  baseline: figure,
  target: figure,
});
export type IndicatorInput = z.infer<typeof indicatorInput>;
export const indicatorPatch = indicatorInput.partial().extend({ version });
export type IndicatorPatch = z.infer<typeof indicatorPatch>;

export const actualInput = z.object({
  periodStart: isoDate,
  periodEnd: isoDate,
  value: figure,
  /** What the figure rests on: a sentence, and the document it is in (e.g. "attendance sheets, file 2024-06 lectures.pdf"). */
  evidence: z.string().trim().min(1).max(2000),
});
export type ActualInput = z.infer<typeof actualInput>;
export const actualPatch = actualInput.partial().extend({ version });
export type ActualPatch = z.infer<typeof actualPatch>;

export const budgetLineInput = z.object({ ordinal, name: localizedText, category: z.enum(BUDGET_CATEGORIES), plannedYen: yen, inKind: z.boolean() });
export type BudgetLineInput = z.infer<typeof budgetLineInput>;
export const budgetLinePatch = budgetLineInput.partial().extend({ version });
export type BudgetLinePatch = z.infer<typeof budgetLinePatch>;

export const expenseInput = z.object({
  budgetLineId: z.uuid(),
  spentOn: isoDate,
  amountYen: z.number().int().max(1e13),
  description: z.string().trim().min(1).max(500),
  /** Who gave an in-kind contribution; null for cash spending. */
  contributorId: z.uuid().nullable(),
});
export type ExpenseInput = z.infer<typeof expenseInput>;
export const expensePatch = expenseInput.partial().extend({ version });
export type ExpensePatch = z.infer<typeof expensePatch>;

export const versionQuery = z.object({ version: z.coerce.number().int().min(1) });

export const periodQuery = z.object({ from: isoDate.optional(), to: isoDate.optional() });
export const REPORT_FORMATS = ['xlsx', 'pdf', 'csv'] as const;
export const reportQuery = periodQuery.extend({ format: z.enum(REPORT_FORMATS), language: languageSchema.optional() });
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const organizationRef = z.object({ id: z.uuid(), name: localizedTextOut });

const figures = {
  plannedYen: z.number(),
  spentYen: z.number(),
  inKindYen: z.number(),
  periodYen: z.number(),
  remainingYen: z.number(),
  percentUsed: z.number().nullable(),
};

export const actualView = z.object({ id: z.uuid(), periodStart: z.string(), periodEnd: z.string(), value: z.number(), evidence: z.string(), enteredAt: z.iso.datetime(), version: z.number().int() });
export type ActualView = z.infer<typeof actualView>;

export const indicatorView = z.object({
  id: z.uuid(),
  activityId: z.uuid().nullable(),
  ordinal: z.number().int(),
  name: localizedTextOut,
  unit: z.enum(INDICATOR_UNITS),
  metric: z.enum(INDICATOR_METRICS).nullable(),
  baseline: z.number(),
  target: z.number(),
  /** For the report period: counted or entered; null when nothing was reported in it. */
  actual: z.number().nullable(),
  progressPercent: z.number().nullable(),
  /** Entered actuals, newest period first (all of them, not only the period's). */
  actuals: z.array(actualView),
  version: z.number().int(),
});
export type IndicatorView = z.infer<typeof indicatorView>;

export const activityView = z.object({ id: z.uuid(), ordinal: z.number().int(), name: localizedTextOut, version: z.number().int(), indicators: z.array(indicatorView) });
export type ActivityView = z.infer<typeof activityView>;

export const budgetLineView = z.object({ id: z.uuid(), ordinal: z.number().int(), name: localizedTextOut, category: z.enum(BUDGET_CATEGORIES), inKind: z.boolean(), version: z.number().int(), ...figures });
export type BudgetLineView = z.infer<typeof budgetLineView>;

export const expenseView = z.object({
  id: z.uuid(),
  budgetLineId: z.uuid(),
  spentOn: z.string(),
  amountYen: z.number(),
  description: z.string(),
  contributor: organizationRef.nullable(),
  inKind: z.boolean(),
  version: z.number().int(),
});
export type ExpenseView = z.infer<typeof expenseView>;

export const fundedProjectSummary = z.object({
  id: z.uuid(),
  programId: z.uuid(),
  funder: organizationRef,
  name: localizedTextOut,
  startsOn: z.string(),
  endsOn: z.string(),
  budgetYen: z.number(),
  version: z.number().int(),
});
export type FundedProjectSummary = z.infer<typeof fundedProjectSummary>;

export const fundedProjectView = fundedProjectSummary
  .extend({
    /** The report period the figures are for (cut to the project's dates). */
    period: z.object({ from: z.string(), to: z.string() }),
    /** Whether the viewer keeps the project (operators) or reads it (funders). */
    canEdit: z.boolean(),
    activities: z.array(activityView),
    /** Indicators of the project as a whole (no activity). */
    indicators: z.array(indicatorView),
    budget: z.object({
      lines: z.array(budgetLineView),
      categories: z.array(z.object({ category: z.enum(BUDGET_CATEGORIES), ...figures })),
      cash: z.object(figures),
      inKind: z.object(figures),
      budgetYen: z.number(),
      budgetRemainingYen: z.number(),
    }),
    /** Expenses within the period, newest first. */
    expenses: z.array(expenseView),
    /** Organizations that may be named as in-kind contributors (the program's participants). */
    contributors: z.array(organizationRef),
  })
  .meta({ id: 'FundedProject' });
export type FundedProjectView = z.infer<typeof fundedProjectView>;

export const fundedProjectList = z.object({
  items: z.array(fundedProjectSummary),
  /** The program's funders, whom a new project may name. */
  funders: z.array(organizationRef),
  canEdit: z.boolean(),
});
export type FundedProjectList = z.infer<typeof fundedProjectList>;
