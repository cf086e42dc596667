// A funded project's report for a period as an A4 PDF in Japanese, the language JICA's
// monthly, quarterly and completion reports are written in: the summary (project, funder,
// periods in Japanese dates with the Reiwa year, budget and its use), each activity's
// indicators (baseline, target, actual, progress), the budget per line and per category
// (planned, spent in cash, in kind, remaining, share used) and the period's expenses. Laid out
// first (page-layout.ts) so each page's footer can say "page n / total"; tables continue on the
// next page under their repeated header. Aggregates only: no person is named.
import type { FundedProjectView } from '../../contracts/funded-projects.ts';
import { pickLocalized } from '../../domain/shared/localized-text.ts';
import { indicatorRows } from '../import/funder-report-xlsx.ts';
import { translate } from '../i18n/server-i18n.ts';
import { Flow, drawRuns, wrap, type Frame } from './page-layout.ts';
import { documentDate, tableDate } from './pdf-dates.ts';
import { createPdf, pdfBytes, textWidth, type TextStyle } from './pdf-text.ts';

const MUTED = '#5c5f66';
const RULE = '#c9cdd3';
const HEADER_FILL = '#eef0f3';
const BODY: TextStyle = { size: 9.5 };
const CELL: TextStyle = { size: 8.2 };
const CELL_PITCH = 12;

const t = (key: string, params: Record<string, unknown> = {}) => translate('ja', 'funder-report', key, params);
const number = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 1 });
export const yen = (value: number) => `${number.format(value)}円`;
const figure = (value: number | null) => (value === null ? t('notReported') : number.format(value));
const percent = (value: number | null) => (value === null ? '—' : `${number.format(value)}%`);

type Column = { header: string; width: number; align?: 'left' | 'right' };

/** A table whose cells wrap within their column; rows never split, the header repeats on each new page. */
function table(flow: Flow<null>, columns: Column[], rows: string[][]): void {
  const pad = 4;
  const total = columns.reduce((s, c) => s + c.width, 0);
  const widths = columns.map((c) => (c.width / total) * flow.width);
  const lay = (cells: string[], style: TextStyle) => cells.map((cell, i) => wrap(flow.doc, cell, style, widths[i]! - 2 * pad));
  const drawRow = (cells: string[][], style: TextStyle, fill: string | null) => {
    const height = Math.max(...cells.map((c) => c.length)) * CELL_PITCH + 2 * pad;
    const top = flow.y;
    flow.draw((doc) => {
      if (fill) doc.rect(flow.frame.left, top, flow.width, height).fill(fill);
      doc.lineWidth(0.5).strokeColor(RULE).moveTo(flow.frame.left, top + height).lineTo(flow.frame.right, top + height).stroke();
    });
    let x = flow.frame.left;
    cells.forEach((lines, i) => {
      lines.forEach((line, j) => flow.text(line, x + pad, top + pad + j * CELL_PITCH, style, columns[i]!.align === 'right' ? { width: widths[i]! - 2 * pad, align: 'right' } : undefined));
      x += widths[i]!;
    });
    flow.y += height;
  };
  // A table of label and value (the summary) has no header row.
  const hasHeader = columns.some((c) => c.header !== '');
  const header = lay(columns.map((c) => c.header), { ...CELL, weight: 'bold' });
  const headerHeight = Math.max(...header.map((c) => c.length)) * CELL_PITCH + 2 * pad;
  flow.keep(headerHeight + CELL_PITCH * 2);
  if (hasHeader) drawRow(header, { ...CELL, weight: 'bold' }, HEADER_FILL);
  for (const row of rows) {
    const cells = lay(row, CELL);
    if (flow.keep(Math.max(...cells.map((c) => c.length)) * CELL_PITCH + 2 * pad) && hasHeader) drawRow(header, { ...CELL, weight: 'bold' }, HEADER_FILL);
    drawRow(cells, CELL, null);
  }
  flow.y += 10;
}

function heading(flow: Flow<null>, text: string): void {
  flow.y += 8;
  flow.keep(60);
  flow.text(text, flow.frame.left, flow.y, { size: 12, weight: 'bold' });
  flow.y += 22;
}

function summary(flow: Flow<null>, view: FundedProjectView, generatedOn: string): void {
  const period = (from: string, to: string) => `${documentDate(from, 'ja')} 〜 ${documentDate(to, 'ja')}`;
  const used = view.budget.budgetYen > 0 ? (100 * view.budget.cash.spentYen) / view.budget.budgetYen : null;
  const rows: [string, string][] = [
    [t('fields.project'), pickLocalized(view.name, 'ja')],
    [t('fields.funder'), pickLocalized(view.funder.name, 'ja')],
    [t('fields.projectPeriod'), period(view.startsOn, view.endsOn)],
    [t('fields.reportPeriod'), period(view.period.from, view.period.to)],
    [t('fields.budget'), yen(view.budget.budgetYen)],
    [t('fields.cashSpent'), yen(view.budget.cash.spentYen)],
    [t('fields.inKind'), yen(view.budget.inKind.inKindYen)],
    [t('fields.budgetRemaining'), yen(view.budget.budgetRemainingYen)],
    [t('fields.percentUsed'), percent(used === null ? null : Math.round(used * 10) / 10)],
    [t('fields.generatedOn'), documentDate(generatedOn, 'ja')],
  ];
  table(flow, [{ header: '', width: 32 }, { header: '', width: 68 }], rows);
}

export async function renderFunderReport(view: FundedProjectView, generatedOn: string): Promise<Buffer> {
  const doc = createPdf({ title: `${t('title')} ${pickLocalized(view.name, 'ja')}`, author: 'Kakehashi', createdAt: new Date(`${generatedOn}T00:00:00Z`) });
  const frame: Frame = { left: 50, right: doc.page.width - 50, top: 56, bottom: doc.page.height - 70 };
  const flow = new Flow<null>(doc, frame);
  flow.startPage(null);

  flow.text(t('title'), frame.left, flow.y, { size: 17, weight: 'bold' }, { width: flow.width, align: 'center' });
  flow.y += 30;
  for (const line of wrap(doc, pickLocalized(view.name, 'ja'), { size: 11 }, flow.width)) {
    flow.text(line, frame.left, flow.y, { size: 11 }, { width: flow.width, align: 'center' });
    flow.y += 17;
  }
  flow.y += 10;

  heading(flow, t('headings.summary'));
  summary(flow, view, generatedOn);

  heading(flow, t('headings.indicators'));
  table(
    flow,
    [{ header: t('columns.activity'), width: 22 }, { header: t('columns.indicator'), width: 30 }, { header: t('columns.baseline'), width: 11, align: 'right' }, { header: t('columns.target'), width: 11, align: 'right' }, { header: t('columns.actual'), width: 11, align: 'right' }, { header: t('columns.progress'), width: 11, align: 'right' }],
    indicatorRows(view, 'ja').map(({ activity, indicator: i }, index, all) => {
      const unit = t(`units.${i.unit}`);
      const source = i.metric ? t('source.computed') : t('source.entered');
      // The activity is named on its first indicator's row only.
      return [index > 0 && all[index - 1]!.activity === activity ? '' : activity, `${pickLocalized(i.name, 'ja')}（${unit}・${source}）`, number.format(i.baseline), number.format(i.target), figure(i.actual), percent(i.progressPercent)];
    }),
  );

  heading(flow, t('headings.budget'));
  const money = (f: FundedProjectView['budget']['cash']) => [yen(f.plannedYen), yen(f.spentYen), yen(f.inKindYen), yen(f.remainingYen), percent(f.percentUsed)];
  const budgetColumns = (first: string): Column[] => [{ header: first, width: 26 }, ...['planned', 'spent', 'inKindValue', 'remaining'].map((c) => ({ header: t(`columns.${c}`), width: 15, align: 'right' as const })), { header: t('columns.percentUsed'), width: 10, align: 'right' }];
  table(flow, budgetColumns(t('columns.line')), [
    ...view.budget.lines.map((l) => [`${l.ordinal}. ${pickLocalized(l.name, 'ja')}（${t(`categories.${l.category}`)}・${t(l.inKind ? 'kind.inKind' : 'kind.cash')}）`, ...money(l)]),
    [t('cashTotal'), ...money(view.budget.cash)],
    [t('inKindTotal'), ...money(view.budget.inKind)],
  ]);
  flow.keep(40);
  flow.text(t('headings.categories'), frame.left, flow.y, { size: 10, weight: 'bold' });
  flow.y += 16;
  table(flow, budgetColumns(t('columns.category')), view.budget.categories.map((c) => [t(`categories.${c.category}`), ...money(c)]));

  heading(flow, t('headings.expenses'));
  if (view.expenses.length === 0) {
    flow.text(t('noExpenses'), frame.left, flow.y, BODY);
    flow.y += 16;
  } else {
    const lineName = new Map(view.budget.lines.map((l) => [l.id, pickLocalized(l.name, 'ja')]));
    table(
      flow,
      [{ header: t('columns.date'), width: 13 }, { header: t('columns.line'), width: 22 }, { header: t('columns.description'), width: 33 }, { header: t('columns.amount'), width: 15, align: 'right' }, { header: t('columns.contributor'), width: 17 }],
      view.expenses.map((e) => [tableDate(e.spentOn, 'ja'), lineName.get(e.budgetLineId) ?? '', e.description, yen(e.amountYen), e.contributor ? pickLocalized(e.contributor.name, 'ja') : '']),
    );
  }
  flow.keep(14);
  flow.text(t('privacy'), frame.left, flow.y, { size: 8, color: MUTED });

  flow.pages.forEach((page, index) => {
    if (index > 0) doc.addPage();
    for (const op of page.ops) op(doc);
    doc.markContent('Artifact', { type: 'Pagination' });
    const y = doc.page.height - 50;
    doc.lineWidth(0.5).strokeColor(RULE).moveTo(frame.left, y - 8).lineTo(frame.right, y - 8).stroke();
    const small: TextStyle = { size: 8, color: MUTED };
    drawRuns(doc, t('title'), frame.left, y, small);
    const label = t('page', { page: index + 1, total: flow.pages.length });
    drawRuns(doc, label, frame.right - textWidth(doc, label, small), y, small);
    doc.endMarkedContent();
  });
  return pdfBytes(doc);
}
