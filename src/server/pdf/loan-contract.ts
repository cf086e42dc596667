// The season's loan-for-use contract (使用貸借契約書) between the housing partner that lends
// flats free of charge (貸主, 甲) and the operator that houses its interns in them (借主, 乙), as
// an A4 PDF: the Japanese original, which is what the parties sign, optionally followed by a
// reference translation in English or Mongolian that says the Japanese text prevails. Every
// text comes from the `contracts` catalogs; names are the parties' own (pickLocalized).
//
// The document is laid out first and drawn afterwards, so that each page's footer can say
// "page n / total" and a draft carries its mark on every page: the layout measures every line
// with the embedded fonts, breaks paragraphs itself (Japanese may break between any two
// characters except before closing punctuation, after opening brackets or next to a digit;
// Latin and Cyrillic at spaces), keeps an article's heading with its first lines, the signature block together,
// and continues the table of units on the next page under a repeated header row.
import { pickLocalized, type Language, type LocalizedText } from '../../domain/shared/localized-text.ts';
import { translate } from '../i18n/server-i18n.ts';
import { documentDate, tableDate } from './pdf-dates.ts';
import { createPdf, pdfBytes, textWidth, type Pdf, type TextStyle } from './pdf-text.ts';
import { Flow as PageFlow, drawRuns, wrap, type Frame } from './page-layout.ts';

export type LoanContractInput = {
  /** e.g. "HIT-2025-01"; printed on every page with the version. */
  contractNumber: string;
  version: number;
  /** A draft carries a visible 「草案」/DRAFT mark on every page. */
  status: 'draft' | 'sent' | 'signed';
  /** 貸主: the housing partner. */
  lender: { name: LocalizedText; address: string | null; representative: string | null };
  /** 借主: the operator (support center). */
  borrower: { name: LocalizedText; address: string | null; representative: string | null };
  programName: LocalizedText;
  /** The framework agreement the contract falls under (ISO date it started, e.g. 2025-07-17). */
  agreementStartsOn: string;
  /** The units lent and each one's period: from = check-in date (first night), to = check-out date (ISO dates). */
  units: { name: string; address: string; layout: string; capacity: number; from: string; to: string }[];
  /** Extra conditions the operator typed for this season, in any of the languages (pickLocalized with fallback). */
  conditions: LocalizedText[];
  /** ISO date printed as the contract date. */
  issuedOn: string;
  /** Pages appended after the Japanese original: a reference translation, or none. */
  translation: Exclude<Language, 'ja'> | null;
};

const INK = '#1a1b1e';
const MUTED = '#5c5f66';
const RULE = '#8a9099';
const FRAME = '#3d4148';
const HEADER_FILL = '#eef0f3';
const DRAFT_RED = '#b3261e';
const WATERMARK = '#f6dede';
/** Noto Sans JP's ascender (1.160 em), the taller of our two fonts: every run of a line shares the baseline this far below the line's top. */
const ASCENT = 1.16;

type Translate = (key: string, params?: Record<string, unknown>) => string;
type Flow = PageFlow<Language>;

/** Text sizes and line pitches: Japanese reads best a little larger and more open. */
const typeScale = (language: Language) =>
  language === 'ja'
    ? { body: 10.5, pitch: 18.5, heading: 10.5, title: 19, cell: 8.8, cellPitch: 13 }
    : { body: 10, pitch: 15.5, heading: 10, title: 17, cell: 8.5, cellPitch: 12 };

export async function renderLoanContract(input: LoanContractInput): Promise<Buffer> {
  const ja = translator('ja');
  const doc = createPdf({ title: ja('title'), author: pickLocalized(input.borrower.name, 'ja'), createdAt: new Date(`${input.issuedOn}T00:00:00Z`) });
  const frame: Frame = { left: 62, right: doc.page.width - 62, top: 66, bottom: doc.page.height - 74 };
  const flow: Flow = new PageFlow<Language>(doc, frame);

  flow.startPage('ja');
  layOutContract(flow, input, 'ja');
  if (input.translation) {
    flow.startPage(input.translation);
    layOutReferenceNotice(flow, input.translation);
    layOutContract(flow, input, input.translation);
  }

  flow.pages.forEach((page, index) => {
    if (index > 0) doc.addPage();
    const t = translator(page.meta);
    // The watermark, header and footer are marked as artifacts (page furniture) for assistive technology; pdftotext still extracts them.
    doc.markContent('Artifact', { type: 'Pagination' });
    if (input.status === 'draft') drawWatermark(doc, t('draftMark'));
    doc.endMarkedContent();
    for (const op of page.ops) op(doc);
    doc.markContent('Artifact', { type: 'Pagination' });
    drawPageFurniture(doc, frame, input, t, page.meta, index + 1, flow.pages.length);
    doc.endMarkedContent();
  });
  return pdfBytes(doc);
}

function translator(language: Language): Translate {
  return (key, params = {}) => translate(language, 'contracts', `loan.${key}`, params);
}

// ---------------------------------------------------------------------------------------------
// Layout: a flow of pages, each a list of drawing operations at fixed positions.

type Article = { title: string; paragraphs: string[]; items?: string[]; table?: boolean };

function layOutContract(flow: Flow, input: LoanContractInput, language: Language): void {
  const t = translator(language);
  const scale = typeScale(language);
  const lender = pickLocalized(input.lender.name, language);
  const borrower = pickLocalized(input.borrower.name, language);
  const conditions = input.conditions.map((c) => pickLocalized(c, language)).filter((c) => c !== '');
  const first = input.units.map((u) => u.from).sort()[0];
  const last = input.units.map((u) => u.to).sort().at(-1);

  flow.text(t('title'), flow.frame.left, flow.y, { size: scale.title, weight: 'bold' }, { width: flow.width, align: 'center' });
  flow.y += scale.title * 2.6;
  paragraph(flow, t('preamble', { lender, borrower, agreementDate: documentDate(input.agreementStartsOn, language) }), language, { firstIndent: language === 'ja' ? scale.body : 0 });
  flow.y += scale.pitch * 0.6;

  const a = (key: string, ...paragraphs: string[]) => ({ title: t(`articles.${key}.title`), paragraphs: paragraphs.map((p) => t(`articles.${key}.${p}`, { program: pickLocalized(input.programName, language) })) });
  const articles: Article[] = [
    a('purpose', 'body'),
    { ...a('premises', 'body'), table: true },
    {
      title: t('articles.term.title'),
      paragraphs: [first && last ? t('articles.term.body', { from: documentDate(first, language), to: documentDate(last, language) }) : t('articles.term.bodyNoUnits'), t('articles.term.change')],
    },
    a('free', 'body', 'utilities'),
    a('users', 'body', 'notice', 'responsibility'),
    a('care', 'body', 'rules'),
    { ...a('prohibited', 'body'), items: ['sublet', 'assign', 'otherUse', 'alteration', 'nuisance'].map((k) => t(`articles.prohibited.items.${k}`)) },
    a('return', 'body', 'keys'),
    a('damages', 'body', 'forceMajeure'),
    a('consultation', 'body'),
    ...(conditions.length > 0 ? [{ ...a('special', 'body'), items: conditions }] : []),
  ];
  articles.forEach((article, index) => layOutArticle(flow, input, language, index + 1, article));

  layOutSignatures(flow, input, language, { lender, borrower });
}

function layOutArticle(flow: Flow, input: LoanContractInput, language: Language, number: number, article: Article): void {
  const t = translator(language);
  const scale = typeScale(language);
  const em = scale.body;
  flow.y += scale.pitch * 0.35;
  flow.keep(scale.pitch * 3.2);
  flow.text(t('articleHeading', { number, title: article.title }), flow.frame.left, flow.y, { size: scale.heading, weight: 'bold' });
  flow.y += scale.pitch;

  const numbered = article.paragraphs.length > 1;
  const numberWidth = language === 'ja' ? em : em * 1.6;
  article.paragraphs.forEach((text, index) => {
    if (language === 'ja') {
      // 第1項 has no number and starts one character in; 第2項 on start with their number. Lines wrap back to the margin.
      if (index === 0) paragraph(flow, text, language, { firstIndent: em });
      else paragraph(flow, text, language, { label: t('paragraphNumber', { number: index + 1 }), labelWidth: numberWidth, hanging: false });
    } else if (numbered) paragraph(flow, text, language, { label: t('paragraphNumber', { number: index + 1 }), labelWidth: numberWidth, hanging: true });
    else paragraph(flow, text, language, {});
  });

  if (article.items) {
    const style = { size: scale.body };
    const labels = article.items.map((_, i) => t('itemNumber', { number: i + 1 }));
    const labelWidth = Math.max(...labels.map((l) => textWidth(flow.doc, l, style))) + em * 0.4;
    const indent = language === 'ja' ? em : numbered ? numberWidth : 0;
    article.items.forEach((text, i) => paragraph(flow, text, language, { indent, label: labels[i], labelWidth, hanging: true }));
  }
  if (article.table) {
    flow.y += scale.pitch * 0.3;
    layOutUnitTable(flow, input, language);
  }
}

/** A wrapping paragraph at the margin (plus indent), with an optional label (paragraph or item number) before its first line. */
function paragraph(flow: Flow, text: string, language: Language, options: { indent?: number; firstIndent?: number; label?: string; labelWidth?: number; hanging?: boolean }): void {
  const scale = typeScale(language);
  const style: TextStyle = { size: scale.body };
  const x = flow.frame.left + (options.indent ?? 0);
  const labelWidth = options.label ? (options.labelWidth ?? 0) : 0;
  const firstX = x + labelWidth + (options.firstIndent ?? 0);
  const restX = options.hanging ? x + labelWidth : x;
  const lines = wrap(flow.doc, text, style, flow.frame.right - firstX, flow.frame.right - restX);
  flow.keep(Math.min(lines.length, 2) * scale.pitch);
  lines.forEach((line, i) => {
    if (i > 0) flow.keep(scale.pitch);
    if (i === 0 && options.label) flow.text(options.label, x, flow.y, style);
    flow.text(line, i === 0 ? firstX : restX, flow.y, style);
    flow.y += scale.pitch;
  });
}

// ---------------------------------------------------------------------------------------------
// 第2条: the table of units.

type Column = { key: 'number' | 'name' | 'address' | 'layout' | 'capacity' | 'period'; align: 'left' | 'center'; width: number };

function layOutUnitTable(flow: Flow, input: LoanContractInput, language: Language): void {
  const t = translator(language);
  const scale = typeScale(language);
  const doc = flow.doc;
  const pad = 5;
  const cell: TextStyle = { size: scale.cell };
  const head: TextStyle = { size: scale.cell, weight: 'bold' };

  const rows = input.units.map((unit, i) => ({
    number: [String(i + 1)],
    name: [unit.name],
    address: [unit.address],
    layout: [unit.layout],
    capacity: [t('table.capacity', { count: unit.capacity })],
    period: [t('table.checkIn', { date: tableDate(unit.from, language) }), t('table.checkOut', { date: tableDate(unit.to, language) })],
  }));

  // The short columns as wide as their longest entry (within limits); the unit's name and address share the rest.
  const natural = (key: Column['key'], max: number) =>
    Math.min(max, Math.max(textWidth(doc, t(`table.columns.${key}`), head), ...rows.flatMap((r) => r[key].map((line) => textWidth(doc, line, cell)))) + 2 * pad + 1);
  const columns: Column[] = [
    { key: 'number', align: 'center', width: natural('number', flow.width * 0.08) },
    { key: 'name', align: 'left', width: 0 },
    { key: 'address', align: 'left', width: 0 },
    { key: 'layout', align: 'center', width: natural('layout', flow.width * 0.14) },
    { key: 'capacity', align: 'center', width: natural('capacity', flow.width * 0.12) },
    { key: 'period', align: 'left', width: natural('period', flow.width * 0.26) },
  ];
  const rest = flow.width - columns.reduce((sum, c) => sum + c.width, 0);
  columns[1]!.width = rest * 0.4;
  columns[2]!.width = rest * 0.6;
  const xs = columns.reduce<number[]>((acc, c) => [...acc, acc.at(-1)! + c.width], [flow.frame.left]);

  const linesOf = (texts: string[], column: Column, style: TextStyle) => texts.flatMap((text) => wrap(doc, text, style, column.width - 2 * pad));
  const heightOf = (wrapped: string[][]) => Math.max(...wrapped.map((lines) => lines.length)) * scale.cellPitch + 2 * pad;
  const wrapRow = (cells: string[][], style: TextStyle) => columns.map((column, i) => linesOf(cells[i]!, column, style));
  const drawRow = (cells: string[][], style: TextStyle, header: boolean) => {
    const wrapped = wrapRow(cells, style);
    const height = heightOf(wrapped);
    const y = flow.y;
    const right = flow.frame.right;
    flow.draw((d) => {
      if (header) d.rect(xs[0]!, y, right - xs[0]!, height).fill(HEADER_FILL);
      d.lineWidth(0.5).strokeColor(RULE);
      for (const x of xs) d.moveTo(x, y).lineTo(x, y + height).stroke();
      if (header) d.lineWidth(0.8).strokeColor(FRAME).moveTo(xs[0]!, y).lineTo(right, y).stroke();
      d.lineWidth(header ? 0.8 : 0.5)
        .strokeColor(header ? FRAME : RULE)
        .moveTo(xs[0]!, y + height)
        .lineTo(right, y + height)
        .stroke();
    });
    // Each cell's lines centred vertically in the row (the glyphs sit a little above the middle of their line box).
    const optical = (scale.cellPitch - style.size * 1.2) / 2;
    wrapped.forEach((lines, i) => {
      const column = columns[i]!;
      const top = y + (height - lines.length * scale.cellPitch) / 2 + optical;
      lines.forEach((line, j) => flow.text(line, xs[i]! + pad, top + j * scale.cellPitch, style, { width: column.width - 2 * pad, align: header ? 'center' : column.align }));
    });
    flow.y += height;
  };
  const headerCells = columns.map((c) => [t(`table.columns.${c.key}`)]);
  const headerHeight = heightOf(wrapRow(headerCells, head));

  const firstRow = rows[0] ? columns.map((c) => rows[0]![c.key]) : null;
  flow.keep(headerHeight + (firstRow ? heightOf(wrapRow(firstRow, cell)) : scale.cellPitch + 2 * pad));
  drawRow(headerCells, head, true);
  if (rows.length === 0) {
    const y = flow.y;
    const height = scale.cellPitch + 2 * pad;
    flow.draw((d) => {
      d.lineWidth(0.5).strokeColor(RULE);
      d.moveTo(xs[0]!, y).lineTo(xs[0]!, y + height).moveTo(flow.frame.right, y).lineTo(flow.frame.right, y + height).moveTo(xs[0]!, y + height).lineTo(flow.frame.right, y + height).stroke();
    });
    flow.text(t('table.empty'), xs[0]!, y + pad, cell, { width: flow.width, align: 'center' });
    flow.y += height;
  }
  for (const row of rows) {
    const cells = columns.map((c) => row[c.key]);
    // A row that no longer fits goes on to the next page, under the header row again.
    if (flow.keep(heightOf(wrapRow(cells, cell)))) drawRow(headerCells, head, true);
    drawRow(cells, cell, false);
  }
  flow.y += scale.pitch * 0.4;
}

// ---------------------------------------------------------------------------------------------
// Closing formula, date and the parties' signature blocks, kept together on one page.

function layOutSignatures(flow: Flow, input: LoanContractInput, language: Language, names: { lender: string; borrower: string }): void {
  const t = translator(language);
  const scale = typeScale(language);
  const doc = flow.doc;
  const style: TextStyle = { size: scale.body };
  const bold: TextStyle = { size: scale.body, weight: 'bold' };
  const left = flow.frame.left;
  const sealSize = 46;
  const rowPitch = scale.pitch + 3;

  const closing = wrap(doc, t('closing'), style, flow.width - (language === 'ja' ? scale.body : 0), flow.width);
  const fieldLabels = (['address', 'name', 'representative'] as const).map((k) => t(`signature.${k}`));
  const partyWidth = Math.max(...(['lender', 'borrower'] as const).map((k) => textWidth(doc, t(`signature.${k}`), bold))) + scale.body * 1.5;
  const labelX = left + scale.body + partyWidth;
  const valueX = labelX + Math.max(...fieldLabels.map((l) => textWidth(doc, l, style))) + scale.body * 1.5;
  const sealX = flow.frame.right - sealSize;
  const valueWidth = sealX - 14 - valueX;

  const parties = [
    { label: t('signature.lender'), party: input.lender, name: names.lender },
    { label: t('signature.borrower'), party: input.borrower, name: names.borrower },
  ].map((p) => ({ ...p, fields: [p.party.address, p.name, p.party.representative].map((value) => (value?.trim() ? wrap(doc, value.trim(), style, valueWidth) : null)) }));
  const blockHeight = (fields: (string[] | null)[]) => Math.max(fields.reduce((sum, lines) => sum + (lines?.length ?? 1) * rowPitch, 0), sealSize + rowPitch);
  const total = scale.pitch * 0.8 + closing.length * scale.pitch + scale.pitch * 2.8 + parties.reduce((sum, p) => sum + blockHeight(p.fields) + scale.pitch * 1.2, 0);

  flow.y += scale.pitch * 0.8;
  flow.keep(total);
  closing.forEach((line, i) => {
    flow.text(line, i === 0 && language === 'ja' ? left + scale.body : left, flow.y, style);
    flow.y += scale.pitch;
  });
  flow.y += scale.pitch * 0.8;
  flow.text(t('dated', { date: documentDate(input.issuedOn, language) }), left + scale.body * 2, flow.y, style);
  flow.y += scale.pitch * 2;

  for (const party of parties) {
    const top = flow.y;
    flow.text(party.label, left + scale.body, top, bold);
    let y = top;
    party.fields.forEach((lines, i) => {
      flow.text(fieldLabels[i]!, labelX, y, { size: scale.body, color: MUTED });
      if (lines) {
        lines.forEach((line, j) => flow.text(line, valueX, y + j * rowPitch, i === 1 ? bold : style));
      } else {
        // Left blank to be filled in by hand.
        const lineY = y + scale.body * 1.45;
        flow.draw((d) => d.lineWidth(0.5).strokeColor(RULE).moveTo(valueX, lineY).lineTo(valueX + valueWidth, lineY).stroke());
      }
      y += (lines?.length ?? 1) * rowPitch;
    });
    // The seal box beside the name and the representative.
    const sealTop = Math.max(top, y - rowPitch * 2 + (rowPitch * 2 - sealSize) / 2 - 3);
    flow.draw((d) => d.lineWidth(0.6).strokeColor(RULE).dash(2, { space: 2 }).rect(sealX, sealTop, sealSize, sealSize).stroke().undash());
    flow.text(t('signature.seal'), sealX, sealTop + sealSize / 2 - scale.cell * 0.75, { size: scale.cell, color: RULE }, { width: sealSize, align: 'center' });
    flow.y = top + blockHeight(party.fields) + scale.pitch * 1.2;
  }
}

// ---------------------------------------------------------------------------------------------
// The translation's opening notice, the draft watermark, header and footer.

function layOutReferenceNotice(flow: Flow, language: Language): void {
  const t = translator(language);
  const scale = typeScale(language);
  const pad = 10;
  const noticeStyle: TextStyle = { size: scale.body - 0.5, color: INK };
  const lines = wrap(flow.doc, t('reference.notice'), noticeStyle, flow.width - 2 * pad - 4);
  const height = pad * 2 + scale.pitch + lines.length * scale.pitch * 0.95;
  const top = flow.y;
  const left = flow.frame.left;
  flow.draw((d) => {
    d.rect(left, top, flow.width, height).fill('#f3f4f6');
    d.rect(left, top, 3, height).fill(MUTED);
  });
  flow.text(t('reference.heading'), left + pad + 4, top + pad, { size: scale.body, weight: 'bold' });
  lines.forEach((line, i) => flow.text(line, left + pad + 4, top + pad + scale.pitch + i * scale.pitch * 0.95, noticeStyle));
  flow.y = top + height + scale.pitch * 1.6;
}

function drawWatermark(doc: Pdf, mark: string): void {
  const style: TextStyle = { size: 1, weight: 'bold', color: WATERMARK };
  const size = Math.min(150, 380 / textWidth(doc, mark, style));
  const cx = doc.page.width / 2;
  const cy = doc.page.height / 2;
  doc.save();
  doc.rotate(-35, { origin: [cx, cy] });
  drawRuns(doc, mark, cx - textWidth(doc, mark, { ...style, size }) / 2, cy - (size * ASCENT) / 2 - size * 0.1, { ...style, size });
  doc.restore();
}

function drawPageFurniture(doc: Pdf, frame: Frame, input: LoanContractInput, t: Translate, language: Language, page: number, total: number): void {
  const small: TextStyle = { size: 8, color: MUTED };
  const width = frame.right - frame.left;
  if (language !== 'ja') drawRuns(doc, t('reference.heading'), frame.left, 30, small);
  if (input.status === 'draft') {
    const mark = t('draftMark');
    const style: TextStyle = { size: 10, weight: 'bold', color: DRAFT_RED };
    const boxWidth = textWidth(doc, mark, style) + 16;
    doc.lineWidth(1).strokeColor(DRAFT_RED).rect(frame.right - boxWidth, 24, boxWidth, 20).stroke();
    drawRuns(doc, mark, frame.right - boxWidth + 8, 27.5, style);
  }
  const y = doc.page.height - 52;
  doc.lineWidth(0.5).strokeColor('#c9cdd3').moveTo(frame.left, y - 8).lineTo(frame.right, y - 8).stroke();
  const number = t('footer.number', { number: input.contractNumber });
  drawRuns(doc, number, frame.left, y, small);
  drawRuns(doc, t('footer.version', { version: input.version }), frame.left + textWidth(doc, number, small) + 12, y, small);
  const pageLabel = t('footer.page', { page, total });
  drawRuns(doc, pageLabel, frame.left + width - textWidth(doc, pageLabel, small), y, small);
}
