// A funded project's report for a period as a workbook (exceljs) with four sheets — summary,
// indicators, budget, expenses — and as one CSV of the indicators and budget lines. Texts come
// from the funder-report catalogs in the viewer's language; every text cell is neutralised
// against formulas (a project or line name typed as "=…" stays text), numbers stay numbers
// with thousands separators. Aggregates only, as the view they are drawn from.
import ExcelJS from 'exceljs';
import type { FundedProjectView, IndicatorView } from '../../contracts/funded-projects.ts';
import { pickLocalized, type Language } from '../../domain/shared/localized-text.ts';
import { translate } from '../i18n/server-i18n.ts';
import { neutraliseFormula } from './neutralise-formula.ts';

type Cell = string | number | null;
const YEN = '#,##0';

const tr = (language: Language) => (key: string, params: Record<string, unknown> = {}) => translate(language, 'funder-report', key, params);
const text = (value: Cell): Cell => (typeof value === 'string' ? neutraliseFormula(value) : value);

/** Every indicator with the activity it belongs to (or the whole project), in report order. */
export function indicatorRows(view: FundedProjectView, language: Language): { activity: string; indicator: IndicatorView }[] {
  const t = tr(language);
  return [
    ...view.activities.flatMap((a) => a.indicators.map((indicator) => ({ activity: `${a.ordinal}. ${pickLocalized(a.name, language)}`, indicator }))),
    ...view.indicators.map((indicator) => ({ activity: t('projectWide'), indicator })),
  ];
}

function indicatorTable(view: FundedProjectView, language: Language): { header: string[]; rows: Cell[][] } {
  const t = tr(language);
  const header = ['activity', 'indicator', 'unit', 'source', 'baseline', 'target', 'actual', 'progress'].map((c) => t(`columns.${c}`));
  const rows = indicatorRows(view, language).map(({ activity, indicator: i }) => [activity, pickLocalized(i.name, language), t(`units.${i.unit}`), i.metric ? `${t('source.computed')}: ${t(`metrics.${i.metric}`)}` : t('source.entered'), i.baseline, i.target, i.actual, i.progressPercent]);
  return { header, rows };
}

function budgetTable(view: FundedProjectView, language: Language): { header: string[]; rows: Cell[][] } {
  const t = tr(language);
  const header = ['line', 'category', 'kind', 'planned', 'spent', 'inKindValue', 'periodAmount', 'remaining', 'percentUsed'].map((c) => t(`columns.${c}`));
  const figures = (f: FundedProjectView['budget']['cash']): Cell[] => [f.plannedYen, f.spentYen, f.inKindYen, f.periodYen, f.remainingYen, f.percentUsed];
  const rows: Cell[][] = [
    ...view.budget.lines.map((l) => [pickLocalized(l.name, language), t(`categories.${l.category}`), t(l.inKind ? 'kind.inKind' : 'kind.cash'), ...figures(l)]),
    ...view.budget.categories.map((c) => [t('total'), t(`categories.${c.category}`), '', ...figures(c)]),
    [t('cashTotal'), '', t('kind.cash'), ...figures(view.budget.cash)],
    [t('inKindTotal'), '', t('kind.inKind'), ...figures(view.budget.inKind)],
  ];
  return { header, rows };
}

function summaryRows(view: FundedProjectView, language: Language, generatedOn: string): Cell[][] {
  const t = tr(language);
  const f = (key: string) => t(`fields.${key}`);
  const used = view.budget.budgetYen > 0 ? Math.round((1000 * view.budget.cash.spentYen) / view.budget.budgetYen) / 10 : null;
  return [
    [f('project'), pickLocalized(view.name, language)],
    [f('funder'), pickLocalized(view.funder.name, language)],
    [f('projectPeriod'), `${view.startsOn} – ${view.endsOn}`],
    [f('reportPeriod'), `${view.period.from} – ${view.period.to}`],
    [f('budget'), view.budget.budgetYen],
    [f('cashSpent'), view.budget.cash.spentYen],
    [f('inKind'), view.budget.inKind.inKindYen],
    [f('budgetRemaining'), view.budget.budgetRemainingYen],
    [f('percentUsed'), used],
    [f('generatedOn'), generatedOn],
    [f('note'), t('privacy')],
  ];
}

function addSheet(workbook: ExcelJS.Workbook, name: string, header: string[] | null, rows: Cell[][], widths: number[]): void {
  const sheet = workbook.addWorksheet(name, header ? { views: [{ state: 'frozen', ySplit: 1 }] } : {});
  sheet.columns = widths.map((width) => ({ width }));
  if (header) sheet.addRow(header.map(text)).font = { bold: true };
  for (const row of rows) {
    const added = sheet.addRow(row.map(text));
    added.eachCell((cell) => {
      if (typeof cell.value === 'number' && Number.isInteger(cell.value)) cell.numFmt = YEN;
    });
  }
}

export async function writeFunderReportXlsx(view: FundedProjectView, language: Language, generatedOn: string): Promise<Buffer> {
  const t = tr(language);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kakehashi';
  addSheet(workbook, t('sheets.summary'), null, summaryRows(view, language, generatedOn), [34, 70]);
  const indicators = indicatorTable(view, language);
  addSheet(workbook, t('sheets.indicators'), indicators.header, indicators.rows, [36, 44, 10, 30, 12, 12, 12, 12]);
  const budget = budgetTable(view, language);
  addSheet(workbook, t('sheets.budget'), budget.header, budget.rows, [36, 16, 10, 16, 16, 16, 16, 16, 12]);
  const lineName = new Map(view.budget.lines.map((l) => [l.id, `${l.ordinal}. ${pickLocalized(l.name, language)}`]));
  const expenseHeader = ['date', 'line', 'kind', 'description', 'amount', 'contributor'].map((c) => t(`columns.${c}`));
  const expenseRows = view.expenses.map((e) => [e.spentOn, lineName.get(e.budgetLineId) ?? '', t(e.inKind ? 'kind.inKind' : 'kind.cash'), e.description, e.amountYen, e.contributor ? pickLocalized(e.contributor.name, language) : '']);
  addSheet(workbook, t('sheets.expenses'), expenseHeader, expenseRows, [12, 36, 10, 50, 16, 36]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const csvField = (cell: Cell): string => {
  if (cell === null) return '';
  const value = String(text(cell));
  return /[",\r\n;\t]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
};

/** One table: the indicators, then the budget lines (a section column tells them apart), UTF-8 with a BOM for Excel. */
export function writeFunderReportCsv(view: FundedProjectView, language: Language): Buffer {
  const t = tr(language);
  const indicators = indicatorTable(view, language);
  const budget = budgetTable(view, language);
  const lines = [
    [t('columns.section'), ...indicators.header],
    ...indicators.rows.map((r) => [t('sections.indicator'), ...r]),
    [],
    [t('columns.section'), ...budget.header],
    ...budget.rows.map((r) => [t('sections.budget'), ...r]),
  ];
  return Buffer.from(`\uFEFF${lines.map((l) => l.map(csvField).join(',')).join('\r\n')}\r\n`, 'utf8');
}
