// Fuzzing the import: random bytes, random CSV-ish text in every encoding, truncated and
// corrupted workbooks, workbooks with random parts. Whatever comes in, the parse settles — with
// a table whose rows are well-formed, or with an ImportError — and never throws anything else
// or hangs (fast-check fails a run that takes longer than its timeout). A table that parses
// also goes through the validator, which must never throw.
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildZip } from '../../../test/fixtures/import/build-zip.ts';
import { excelLikeXlsx } from '../../../test/fixtures/import/excel-like-xlsx.ts';
import { SAMPLE_COLUMNS, sampleStudents } from '../../../test/fixtures/import/sample-students.ts';
import { checkFieldCounts } from './csv-scan.ts';
import { ImportError } from './import-error.ts';
import { importLimits } from './import-limits.ts';
import type { ParsedTable } from './parsed-table.ts';
import { parseTable } from './parse-table.ts';
import { readTable } from './read-table.ts';
import { validateRows } from './validate-rows.ts';
import { writeXlsx } from './write-xlsx.ts';

const limits = importLimits({ maxRows: 500, maxCellLength: 500, maxColumns: 50 });
// Positions spread evenly over a file (fast-check would otherwise favour its first bytes).
const position = fc.noBias(fc.integer({ min: 0, max: 1_000_000 }));
const MAX_FIELDS = 4;
const RUN = { timeout: 5_000, interruptAfterTimeLimit: 50_000 };

/** The property: a well-formed table that validates without throwing, or an ImportError. */
async function settlesSafely(bytes: Uint8Array, parse = (b: Uint8Array) => readTable(b, limits)): Promise<boolean> {
  let table: ParsedTable;
  try {
    table = await parse(bytes);
  } catch (error) {
    if (error instanceof ImportError) return true;
    throw error;
  }
  let previous = table.headerRowNumber;
  expect(previous).toBeGreaterThanOrEqual(1);
  expect(table.rows.length).toBeLessThanOrEqual(limits.maxRows);
  for (const row of table.rows) {
    expect(row.rowNumber).toBeGreaterThan(previous);
    previous = row.rowNumber;
    expect(row.cells.length).toBeLessThanOrEqual(limits.maxColumns);
    expect(row.cells.every((c) => typeof c === 'string' && c.length <= limits.maxCellLength)).toBe(true);
  }
  const result = validateRows(table, SAMPLE_COLUMNS, { naturalKey: ['studentNumber'], unknownColumns: 'ignore' });
  expect(typeof result.ok).toBe('boolean');
  return true;
}

const csvToken = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom('Батбаяр', 'Төмөр', 'バトバヤル', 'ｶﾀｶﾅ', '①', '="x"', '-1', '@', 'Student number', '学籍番号', '2003/4/5', 'a@b.mn') },
  { weight: 4, arbitrary: fc.constantFrom('"', '""', ',', ';', '\t', '\r', '\n', '\r\n', '\uFEFF', '\u0000', ' ', '\u3000') },
);
const csvText = fc.array(fc.array(csvToken, { maxLength: 12 }).map((t) => t.join('')), { maxLength: 40 }).map((lines) => lines.join('\n'));
const encoded = fc.tuple(csvText, fc.constantFrom('utf8', 'bom', 'cp932', 'utf16le')).map(([text, encoding]) => {
  if (encoding === 'bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
  if (encoding === 'utf16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  return encoding === 'cp932' ? iconv.encode(text, 'cp932') : Buffer.from(text);
});

describe('import fuzzing', { timeout: 120_000 }, () => {
  let workbooks: Buffer[] = [];
  beforeAll(async () => {
    workbooks = [excelLikeXlsx(), await writeXlsx(SAMPLE_COLUMNS, sampleStudents(20), { language: 'ja' })];
  });
  const workbook = () => fc.constantFrom(...workbooks);

  it('random bytes, also behind a zip signature or a BOM', async () => {
    const prefix = fc.constantFrom([], [0x50, 0x4b, 0x03, 0x04], [0xef, 0xbb, 0xbf], [0xff, 0xfe]);
    await fc.assert(fc.asyncProperty(prefix, fc.uint8Array({ maxLength: 4096 }), (p, bytes) => settlesSafely(Buffer.concat([Buffer.from(p), bytes]))), { numRuns: 400, ...RUN });
  });

  it('random CSV-ish text in UTF-8, UTF-8 with BOM, CP932 and UTF-16', async () => {
    await fc.assert(fc.asyncProperty(encoded, (bytes) => settlesSafely(bytes)), { numRuns: 400, ...RUN });
  });

  it('the field pre-count agrees with csv-parse: it refuses exactly the records csv-parse makes too wide, on the same row', async () => {
    const text = fc.array(fc.array(fc.constantFrom('"', '""', ',', ',', ',', '\r', '\n', '\r\n', 'x', ' ', ';'), { maxLength: 30 }).map((t) => t.join('')), { maxLength: 8 }).map((l) => l.join('\n'));
    fc.assert(
      fc.property(text, (t) => {
        let widest: { fields: number; row: number } | undefined;
        try {
          parse(t, { delimiter: ',', record_delimiter: ['\r\n', '\n', '\r'], relax_quotes: true, relax_column_count: true, skip_empty_lines: true, on_record: (r: string[], ctx) => {
            if (r.length > MAX_FIELDS && !widest) widest = { fields: r.length, row: ctx.records + ctx.empty_lines };
            return null;
          } });
        } catch {
          return true; // an unclosed quote: csv-parse refuses the file anyway
        }
        const scanned = (() => {
          try {
            checkFieldCounts(t, ',', MAX_FIELDS);
            return undefined;
          } catch (error) {
            return (error as ImportError).params.row;
          }
        })();
        expect(scanned).toBe(widest?.row);
      }),
      { numRuns: 3_000 },
    );
  });

  it('truncated workbooks', async () => {
    await fc.assert(fc.asyncProperty(workbook(), position, (w, at) => settlesSafely(w.subarray(0, at % (w.length + 1)))), { numRuns: 150, ...RUN });
  });

  it('workbooks with corrupted bytes', async () => {
    // Past the first 4 bytes: a broken signature only makes it a (refused) text file.
    const flips = fc.array(fc.tuple(position, fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 });
    await fc.assert(
      fc.asyncProperty(workbook(), flips, (w, changes) => {
        const bytes = Buffer.from(w);
        for (const [at, value] of changes) bytes[4 + (at % (bytes.length - 4))] = value;
        return settlesSafely(bytes);
      }),
      { numRuns: 200, ...RUN },
    );
  });

  it('well-formed zips whose workbook parts hold random or mangled XML', async () => {
    const fragment = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('<row r="1">', '</row>', '<c r="A1" t="s"><v>999</v></c>', '<c r="XFD1048577"><v>1</v></c>', '<c t="inlineStr"><is><t>x</t></is></c>', '<f>1/0</f>', '<v>1e400</v>', '<v>-1</v>', '&amp;', '&#0;', '<![CDATA[', ']]>', '<!DOCTYPE x [<!ENTITY a "aaaa">]>', '&a;', '<sheetData>', '</sheetData>', 's="99"', '<si><t>'));
    const part = fc.array(fragment, { maxLength: 30 }).map((f) => f.join(''));
    const parts = fc.record({ sheet: part, strings: part, styles: fc.option(part), workbook: fc.option(part) });
    await fc.assert(
      fc.asyncProperty(parts, (p) =>
        settlesSafely(
          buildZip([
            { name: 'xl/workbook.xml', data: p.workbook ?? '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>' },
            { name: 'xl/_rels/workbook.xml.rels', data: '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>' },
            { name: 'xl/worksheets/sheet1.xml', data: `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${p.sheet}</sheetData></worksheet>` },
            { name: 'xl/sharedStrings.xml', data: `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${p.strings}</sst>` },
            ...(p.styles === null ? [] : [{ name: 'xl/styles.xml', data: `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${p.styles}</styleSheet>` }]),
          ]),
        ),
      ),
      { numRuns: 200, ...RUN },
    );
  });

  it('hostile files through the worker come back as tables or ImportErrors', async () => {
    const hostile = fc.oneof(
      encoded,
      fc.tuple(workbook(), position).map(([w, at]) => w.subarray(0, at % w.length)),
      fc.tuple(workbook(), position, fc.integer({ min: 0, max: 255 })).map(([w, at, value]) => {
        const bytes = Buffer.from(w);
        bytes[4 + (at % (bytes.length - 4))] = value;
        return bytes;
      }),
    );
    await fc.assert(fc.asyncProperty(hostile, (bytes) => settlesSafely(bytes, (b) => parseTable(b, { limits }))), { numRuns: 25, timeout: 30_000 });
  });
});
