// Drawing text in a pdfkit document with the right font for each script (see script-runs.ts):
// one line at a given position and alignment, or a paragraph that wraps. Also the document
// set-up every generated PDF shares (A4, our fonts registered, metadata, no clock in the file
// unless given).
import fs from 'node:fs';
import PDFDocument from 'pdfkit';
import { FONT_FILES, fontName, type FontRole, type FontWeight } from './fonts.ts';
import { scriptRuns } from './script-runs.ts';

export type Pdf = PDFKit.PDFDocument;

const fontBytes = new Map<string, Buffer>();
function fontData(role: FontRole, weight: FontWeight): Buffer {
  const file = FONT_FILES[role][weight];
  let bytes = fontBytes.get(file);
  if (!bytes) {
    bytes = fs.readFileSync(file);
    fontBytes.set(file, bytes);
  }
  return bytes;
}

export function createPdf(meta: { title: string; author: string; createdAt: Date }): Pdf {
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: meta.title, Author: meta.author, Creator: 'Kakehashi', CreationDate: meta.createdAt }, lang: undefined });
  for (const role of ['jp', 'latin'] as const) for (const weight of ['regular', 'bold'] as const) doc.registerFont(fontName(role, weight), fontData(role, weight));
  doc.font(fontName('latin', 'regular'));
  return doc;
}

export type TextStyle = { size: number; weight?: FontWeight; color?: string };

/** Width of a text drawn in our fonts at a size. */
export function textWidth(doc: Pdf, text: string, style: TextStyle): number {
  return scriptRuns(text).reduce((sum, run) => sum + doc.font(fontName(run.role, style.weight ?? 'regular')).fontSize(style.size).widthOfString(run.text), 0);
}

/** One line, not wrapped, aligned within [x, x + width]. */
export function drawLine(doc: Pdf, text: string, at: { x: number; y: number; width: number; align?: 'left' | 'center' | 'right' }, style: TextStyle): void {
  const total = textWidth(doc, text, style);
  const offset = at.align === 'center' ? (at.width - total) / 2 : at.align === 'right' ? at.width - total : 0;
  let x = at.x + Math.max(0, offset);
  doc.fillColor(style.color ?? '#1a1b1e');
  for (const run of scriptRuns(text)) {
    doc.font(fontName(run.role, style.weight ?? 'regular')).fontSize(style.size);
    doc.text(run.text, x, at.y, { lineBreak: false });
    x += doc.widthOfString(run.text);
  }
}

/** A paragraph that wraps between the margins, starting at the current position. */
export function drawParagraph(doc: Pdf, text: string, style: TextStyle & { lineGap?: number }): void {
  const runs = scriptRuns(text);
  doc.fillColor(style.color ?? '#1a1b1e');
  runs.forEach((run, index) => {
    doc.font(fontName(run.role, style.weight ?? 'regular')).fontSize(style.size);
    doc.text(run.text, { continued: index < runs.length - 1, lineGap: style.lineGap ?? 4 });
  });
}

/** The finished document's bytes. */
export function pdfBytes(doc: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
