// Laying a document out on pages before drawing it, so that each page's footer can say
// "page n / total": a flow of pages, each a list of drawing operations at fixed positions, and
// line breaking measured with the embedded fonts (Japanese may break between any two characters
// except before closing punctuation, after opening brackets or next to a digit; Latin and
// Cyrillic at spaces). The same engine as the loan-for-use contract's (loan-contract.ts keeps a
// private copy of it), made shareable for the visa pack.
import { fontName, type FontRole } from './fonts.ts';
import { textWidth, type Pdf, type TextStyle } from './pdf-text.ts';
import { scriptRuns } from './script-runs.ts';

export const INK = '#1a1b1e';
/** Noto Sans JP's ascender (1.160 em), the taller of our two fonts: every run of a line shares the baseline this far below the line's top. */
export const ASCENT = 1.16;

export type Op = (doc: Pdf) => void;
export type Frame = { left: number; right: number; top: number; bottom: number };

/** Pages of drawing operations; each page carries what its furniture (header, footer) needs to know about it. */
export class Flow<Meta> {
  readonly pages: { meta: Meta; ops: Op[] }[] = [];
  y = 0;

  constructor(
    readonly doc: Pdf,
    readonly frame: Frame,
  ) {}

  get width(): number {
    return this.frame.right - this.frame.left;
  }

  startPage(meta: Meta): void {
    this.pages.push({ meta, ops: [] });
    this.y = this.frame.top;
  }

  /** Whether a block this tall still fits on the current page. */
  fits(height: number): boolean {
    return this.y + height <= this.frame.bottom;
  }

  /** Whether nothing has been laid out on the current page yet. */
  get atTop(): boolean {
    return this.y <= this.frame.top;
  }

  /** Goes on to a new page (with the current page's meta) unless a block this tall fits here or the page is still empty. */
  keep(height: number): boolean {
    if (this.fits(height) || this.atTop) return false;
    this.startPage(this.pages.at(-1)!.meta);
    return true;
  }

  draw(op: Op): void {
    this.pages.at(-1)!.ops.push(op);
  }

  text(text: string, x: number, y: number, style: TextStyle, align: { width: number; align: 'left' | 'center' | 'right' } = { width: 0, align: 'left' }): void {
    const offset = align.align === 'left' ? 0 : Math.max(0, align.width - textWidth(this.doc, text, style)) / (align.align === 'center' ? 2 : 1);
    this.draw((doc) => drawRuns(doc, text, x + offset, y, style));
  }
}

/** One line of text whose runs (Japanese font, Latin/Cyrillic font) share one baseline; y is the top of the line. */
export function drawRuns(doc: Pdf, text: string, x: number, y: number, style: TextStyle): void {
  const baseline = y + ASCENT * style.size;
  let cursor = x;
  doc.fillColor(style.color ?? INK);
  for (const run of scriptRuns(text)) {
    doc.font(fontName(run.role, style.weight ?? 'regular')).fontSize(style.size);
    doc.text(run.text, cursor, baseline, { lineBreak: false, baseline: 'alphabetic' });
    cursor += doc.widthOfString(run.text);
  }
}

// ---------------------------------------------------------------------------------------------
// Line breaking.

const JAPANESE = /[\u3000-\u30FF\u31F0-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/u;
/** Characters a line must not start with (closing brackets and punctuation, small kana, the long-vowel mark). */
const NO_LINE_START = /[\u3001\u3002\u3005\u3009\u300B\u300D\u300F\u3011\u3015\u3017\u301C\u30FB\u30FC\u3041\u3043\u3045\u3047\u3049\u3063\u3083\u3085\u3087\u30A1\u30A3\u30A5\u30A7\u30A9\u30C3\u30E3\u30E5\u30E7\uFF01\uFF09\uFF0C\uFF0E\uFF1A\uFF1B\uFF1F\uFF3D\u2019\u201D\u00BB)\].,:;!?%]/u;
/** Characters a line must not end with (opening brackets and quotes). */
const NO_LINE_END = /[\u3008\u300A\u300C\u300E\u3010\u3014\u3016\uFF08\uFF3B\u2018\u201C\u00AB([]/u;
const DIGIT = /[0-9]/u;

function breakAllowed(previous: string, next: string): boolean {
  if (next === ' ') return false;
  if (previous === ' ') return true;
  if (NO_LINE_START.test(next) || NO_LINE_END.test(previous)) return false;
  if (DIGIT.test(previous) || DIGIT.test(next)) return false;
  return JAPANESE.test(previous) || JAPANESE.test(next);
}

/** The pieces a line may break between: Japanese characters one by one (with their punctuation), words with their trailing spaces. */
function tokens(text: string): string[] {
  const out: string[] = [];
  let current = '';
  let previous = '';
  for (const char of text) {
    if (current && breakAllowed(previous, char)) {
      out.push(current);
      current = '';
    }
    current += char;
    previous = char;
  }
  if (current) out.push(current);
  return out;
}

/** Width of a piece of a line, each character in the font the whole line gives it (digits after Japanese are drawn in the Japanese font). */
function pieceWidth(doc: Pdf, chars: { char: string; role: FontRole }[], style: TextStyle): number {
  let width = 0;
  for (let i = 0; i < chars.length; ) {
    let j = i;
    while (j < chars.length && chars[j]!.role === chars[i]!.role) j++;
    const text = chars.slice(i, j).map((c) => c.char).join('');
    width += doc.font(fontName(chars[i]!.role, style.weight ?? 'regular')).fontSize(style.size).widthOfString(text);
    i = j;
  }
  return width;
}

/** The lines a text takes when the first line is firstWidth wide and the others restWidth (explicit line breaks kept). */
export function wrap(doc: Pdf, text: string, style: TextStyle, firstWidth: number, restWidth = firstWidth): string[] {
  const lines: string[] = [];
  const width = () => (lines.length === 0 ? firstWidth : restWidth) + 0.01;
  for (const hardLine of text.replace(/\r\n?/g, '\n').split('\n')) {
    const normalized = hardLine.replace(/\s+/g, ' ').trim();
    const chars = scriptRuns(normalized).flatMap((run) => [...run.text].map((char) => ({ char, role: run.role })));
    let offset = 0;
    const pieces = tokens(normalized).flatMap((token) => {
      const piece = chars.slice(offset, (offset += [...token].length));
      const trimmed = token.endsWith(' ') ? piece.slice(0, -1) : piece;
      const visible = pieceWidth(doc, trimmed, style);
      // A word wider than the line (a long number or URL) breaks between any two characters.
      if (visible > Math.min(firstWidth, restWidth)) return piece.map((c) => ({ text: c.char, visible: pieceWidth(doc, [c], style), full: pieceWidth(doc, [c], style) }));
      return [{ text: token, visible, full: trimmed === piece ? visible : pieceWidth(doc, piece, style) }];
    });
    let line = '';
    let used = 0;
    for (const piece of pieces) {
      if (line && used + piece.visible > width()) {
        lines.push(line.trimEnd());
        line = '';
        used = 0;
      }
      line += piece.text;
      used += piece.full;
    }
    lines.push(line.trimEnd());
  }
  return lines;
}
