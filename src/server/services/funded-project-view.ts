// A funded project as its viewers see it for a report period: the indicators' actuals (counted
// from the records or entered) with their progress, the budget against the plan and the
// period's expenses. Shared by the page (JSON) and the report files. Aggregates only: the view
// names organizations (the funder, in-kind contributors), never a person.
import type { ActualView, ExpenseView, FundedProjectView, IndicatorView } from '../../contracts/funded-projects.ts';
import { invalid } from '../../domain/errors/app-error.ts';
import type { IndicatorMetric, IndicatorUnit } from '../../domain/reports/funded-project.ts';
import { enteredActualFor, progressPercent, roundTo } from '../../domain/reports/indicator-progress.ts';
import { budgetSummary } from '../../domain/reports/project-budget.ts';
import { clipToProject, type ReportPeriod } from '../../domain/reports/report-period.ts';
import { retainedAt12Months, twelveMonthsAfter } from '../../domain/reports/retention.ts';
import type { Executor } from '../repositories/executor.ts';
import { operatorOf, organizationNames, participantsOf, projectParts, type ActualRow, type FundedProjectRow, type IndicatorRow } from '../repositories/funded-projects.repository.ts';
import { countHostCompanies, countLectureAttendees, countLectureSessions, countReached, employmentRetention } from '../repositories/project-metrics.repository.ts';

/** The report period asked for, cut to the project; the whole project when none is given. */
export function reportPeriodOf(project: Pick<FundedProjectRow, 'startsOn' | 'endsOn'>, asked: { from?: string | undefined; to?: string | undefined }): ReportPeriod {
  const from = asked.from ?? project.startsOn;
  const to = asked.to ?? project.endsOn;
  if (from > to) throw invalid([{ field: 'to', code: 'fundedProject.periodReversed' }]);
  const period = clipToProject({ from, to }, project);
  if (!period) throw invalid([{ field: 'from', code: 'fundedProject.outsideProject', params: { from: project.startsOn, to: project.endsOn } }]);
  return period;
}

/** A metric counted from the program's records for the period; a rate when the indicator's unit is percent. */
export async function countMetric(db: Executor, programId: string, metric: IndicatorMetric, unit: IndicatorUnit, period: ReportPeriod, today: string): Promise<number | null> {
  switch (metric) {
    case 'lectureSessions':
      return countLectureSessions(db, programId, period);
    case 'lectureAttendees':
      return countLectureAttendees(db, programId, period);
    case 'interviewees':
      return countReached(db, programId, 'interviewee', period);
    case 'interns':
      return countReached(db, programId, 'intern', period);
    case 'offers':
      return countReached(db, programId, 'offered', period);
    case 'hires':
      return countReached(db, programId, 'hired', period);
    case 'hostCompanies':
      return countHostCompanies(db, programId, period);
    case 'retained12Months': {
      // Hires whose first anniversary falls in the period (and has come): retained, or the rate.
      const due = (await employmentRetention(db, programId)).filter((e) => twelveMonthsAfter(e.startsOn) >= period.from && twelveMonthsAfter(e.startsOn) <= period.to);
      const figure = retainedAt12Months(due, today);
      if (!figure) return unit === 'percent' ? null : 0;
      return unit === 'percent' ? roundTo((100 * figure.retained) / figure.due, 1) : figure.retained;
    }
  }
}

const actualView = (a: ActualRow): ActualView => ({ id: a.id, periodStart: a.periodStart, periodEnd: a.periodEnd, value: a.value, evidence: a.evidence, enteredAt: a.createdAt.toISOString(), version: a.version });

async function indicatorViews(db: Executor, project: FundedProjectRow, indicators: IndicatorRow[], actuals: ActualRow[], period: ReportPeriod, today: string): Promise<IndicatorView[]> {
  return Promise.all(
    indicators.map(async (i) => {
      const own = actuals.filter((a) => a.indicatorId === i.id);
      const actual = i.metric ? await countMetric(db, project.programId, i.metric, i.unit, period, today) : enteredActualFor(i.unit, own, period);
      return {
        id: i.id,
        activityId: i.activityId,
        ordinal: i.ordinal,
        name: i.name,
        unit: i.unit,
        metric: i.metric,
        baseline: i.baseline,
        target: i.target,
        actual,
        progressPercent: progressPercent(i.baseline, i.target, actual),
        actuals: own.map(actualView),
        version: i.version,
      };
    }),
  );
}

export async function buildProjectView(db: Executor, project: FundedProjectRow, period: ReportPeriod, options: { today: string; canEdit: boolean }): Promise<FundedProjectView> {
  const parts = await projectParts(db, project.id);
  const indicators = await indicatorViews(db, project, parts.indicators, parts.actuals, period, options.today);
  const budget = budgetSummary(project.budgetYen, parts.lines, parts.expenses, period);
  const [participants, operator] = await Promise.all([participantsOf(db, project.programId), operatorOf(db, project.programId)]);
  const names = await organizationNames(db, [project.funderId, ...parts.expenses.flatMap((e) => (e.contributorId ? [e.contributorId] : []))]);
  const lineOf = new Map(parts.lines.map((l) => [l.id, l]));
  const expenses: ExpenseView[] = parts.expenses
    .filter((e) => e.spentOn >= period.from && e.spentOn <= period.to)
    .map((e) => ({ id: e.id, budgetLineId: e.budgetLineId, spentOn: e.spentOn, amountYen: e.amountYen, description: e.description, contributor: e.contributorId ? (names.get(e.contributorId) ?? null) : null, inKind: lineOf.get(e.budgetLineId)?.inKind ?? false, version: e.version }));
  return {
    id: project.id,
    programId: project.programId,
    funder: names.get(project.funderId) ?? { id: project.funderId, name: {} },
    name: project.name,
    startsOn: project.startsOn,
    endsOn: project.endsOn,
    budgetYen: project.budgetYen,
    version: project.version,
    period,
    canEdit: options.canEdit,
    activities: parts.activities.map((a) => ({ id: a.id, ordinal: a.ordinal, name: a.name, version: a.version, indicators: indicators.filter((i) => i.activityId === a.id) })),
    indicators: indicators.filter((i) => i.activityId === null),
    budget: {
      ...budget,
      lines: budget.lines.map((figures) => {
        const line = lineOf.get(figures.id)!;
        return { ...figures, ordinal: line.ordinal, name: line.name, version: line.version };
      }),
    },
    expenses,
    contributors: [...(operator ? [operator] : []), ...participants.filter((p) => p.id !== operator?.id)],
  };
}
