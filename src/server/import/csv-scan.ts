// Two quick passes over CSV text before csv-parse reads it. sniffDelimiter picks the separator
// from the header line. checkFieldCounts refuses a record with more fields than allowed before
// csv-parse builds it: csv-parse hands over a record only when it is complete, so one line of
// 10 million commas would first become an array of 10 million strings (about 500 MiB).
// Quotes are followed as csv-parse reads them (a quote opens a field only at its start; "" is
// a quote inside a quoted field), so the row numbers agree with the parse.
import { ImportError } from './import-error.ts';

export type Delimiter = ',' | ';' | '\t';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** The separator that occurs most often outside quotes on the first non-blank line. */
export function sniffDelimiter(text: string): Delimiter {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  let seenContent = false;
  const end = Math.min(text.length, 1_000_000);
  for (let i = 0; i < end; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (seenContent) break;
    } else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
    if (ch.trim() !== '') seenContent = true;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

export function checkFieldCounts(text: string, delimiter: Delimiter, maxColumns: number): void {
  const sep = delimiter.charCodeAt(0);
  let row = 1;
  let fields = 1;
  let fieldStart = true;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quoted) {
      if (c === QUOTE) {
        if (text.charCodeAt(i + 1) === QUOTE) i++;
        else quoted = false;
      }
    } else if (c === sep) {
      if (++fields > maxColumns) throw new ImportError('import.tooManyColumns', { row, max: maxColumns });
      fieldStart = true;
    } else if (c === LF || c === CR) {
      if (c === CR && text.charCodeAt(i + 1) === LF) i++;
      row++;
      fields = 1;
      fieldStart = true;
    } else {
      if (c === QUOTE && fieldStart) quoted = true;
      fieldStart = false;
    }
  }
}
