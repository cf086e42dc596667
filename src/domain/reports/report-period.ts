// The period a funded project's report covers (issue 9 item 4). JICA asks for monthly and
// quarterly reports and a completion report, so a report is for a month, a quarter (three
// calendar months from January, April, July or October, which are also the Japanese fiscal
// year's quarters), a fiscal year (April–March), the whole project, or any custom range of
// days — always cut to the project's own dates. Dates are calendar days (yyyy-mm-dd).

export const PERIOD_KINDS = ['month', 'quarter', 'fiscalYear', 'project', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** Both days included. */
export type ReportPeriod = { from: string; to: string };
export type ProjectDates = { startsOn: string; endsOn: string };

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOf = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const ymd = (iso: string) => iso.split('-').map(Number) as [number, number, number];

/** The months [first, last] of a period kind around a day, before cutting to the project. */
function monthsAround(kind: 'month' | 'quarter' | 'fiscalYear', day: string): { y: number; m: number; months: number } {
  const [y, m] = ymd(day);
  if (kind === 'month') return { y, m, months: 1 };
  if (kind === 'quarter') return { y, m: m - ((m - 1) % 3), months: 3 };
  return { y: m >= 4 ? y : y - 1, m: 4, months: 12 };
}

/** The period of a kind that contains `day`, cut to the project's dates; null when they do not meet. */
export function periodOf(kind: Exclude<PeriodKind, 'custom'>, day: string, project: ProjectDates): ReportPeriod | null {
  if (kind === 'project') return { from: project.startsOn, to: project.endsOn };
  const { y, m, months } = monthsAround(kind, day);
  const endMonth = m + months - 1;
  const endY = y + Math.floor((endMonth - 1) / 12);
  const endM = ((endMonth - 1) % 12) + 1;
  return clipToProject({ from: `${y}-${pad(m)}-01`, to: `${endY}-${pad(endM)}-${pad(lastDayOf(endY, endM))}` }, project);
}

/** The part of a period inside the project; null when none is. */
export function clipToProject(period: ReportPeriod, project: ProjectDates): ReportPeriod | null {
  const from = period.from > project.startsOn ? period.from : project.startsOn;
  const to = period.to < project.endsOn ? period.to : project.endsOn;
  return from <= to ? { from, to } : null;
}

/** Whether [start, end] lies wholly inside the period. */
export const within = (start: string, end: string, period: ReportPeriod): boolean => start >= period.from && end <= period.to;

/** Every period of a kind from the project's start to its end, in order (what a period picker offers). */
export function periodsOfProject(kind: 'month' | 'quarter' | 'fiscalYear', project: ProjectDates): ReportPeriod[] {
  const out: ReportPeriod[] = [];
  let day = project.startsOn;
  while (day <= project.endsOn) {
    const period = periodOf(kind, day, project);
    if (!period) break;
    out.push(period);
    const [y, m, d] = ymd(period.to);
    const next = new Date(Date.UTC(y, m - 1, d + 1));
    day = `${next.getUTCFullYear()}-${pad(next.getUTCMonth() + 1)}-${pad(next.getUTCDate())}`;
  }
  return out;
}
