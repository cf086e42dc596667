// A funded project a program reports to (issue 9 item 4): e.g. the JICA grassroots technical
// cooperation project (¥60M, September 2023 – August 2026) with its activities and indicators,
// each with a baseline, a target and actuals per period, and a budget of lines with expenses
// against the plan, in-kind contributions (free housing, donated lecture hours) valued in yen.

/** Figures an indicator can take from the pipeline's records instead of being entered. */
export const INDICATOR_METRICS = ['lectureSessions', 'lectureAttendees', 'interviewees', 'interns', 'offers', 'hires', 'retained12Months', 'hostCompanies'] as const;
export type IndicatorMetric = (typeof INDICATOR_METRICS)[number];

export const INDICATOR_UNITS = ['people', 'companies', 'sessions', 'hours', 'percent', 'yen', 'count'] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

export const BUDGET_CATEGORIES = ['personnel', 'travel', 'equipment', 'training', 'housing', 'operations', 'other'] as const;
export type BudgetCategory = (typeof BUDGET_CATEGORIES)[number];
