import fs from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { sampleStudents } from '../../../test/fixtures/import/sample-students.ts';
import { ImportError } from './import-error.ts';
import { importLimits } from './import-limits.ts';
import { readTable } from './read-table.ts';

const fixture = (name: string) => fs.readFileSync(new URL(`../../../test/fixtures/import/${name}`, import.meta.url));
const limits = importLimits();
const header = ['Latin', 'Кирилл', 'カタカナ', 'Date'];
const records = [
  ['GANBOLD Batbayar', 'Ганболд Батбаяр', 'ガンボルド・バトバヤル', '2003-04-05'],
  ['DORJ Enkhjargal', 'Дорж Энхжаргал', 'ドルジ・エンフジャルガル', '2002-12-31'],
  ['Zoë Ångström', 'Эрдэнэ Номин', 'ノミン', '2004-01-09'],
];
const csvText = [header, ...records].map((r) => r.join(',')).join('\r\n') + '\r\n';

async function refusal(bytes: Uint8Array, overrides = {}): Promise<ImportError> {
  const error = await readTable(bytes, importLimits(overrides)).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe('CSV encodings', () => {
  const expected = { header, rows: records.map((cells, i) => ({ rowNumber: i + 2, cells })) };

  it.each([
    ['UTF-8', Buffer.from(csvText, 'utf8'), 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csvText, 'utf8')]), 'utf-8-bom'],
    ['UTF-16LE with BOM (Excel "Unicode text")', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csvText, 'utf16le')]), 'utf-16le'],
  ])('%s round-trips Latin, Cyrillic and katakana', async (_name, bytes, encoding) => {
    const table = await readTable(bytes, limits);
    expect(table).toMatchObject({ ...expected, format: { kind: 'csv', encoding, delimiter: ',' } });
  });

  it('Shift_JIS (CP932) round-trips Cyrillic and katakana that CP932 can hold', async () => {
    const representable = records.map((r) => r.map((c) => c.replace('Zoë Ångström', 'Zoe Angstrom')));
    const text = [header, ...representable].map((r) => r.join(',')).join('\r\n');
    const table = await readTable(iconv.encode(text, 'cp932'), limits);
    expect(table.format).toEqual({ kind: 'csv', encoding: 'cp932', delimiter: ',' });
    expect(table.header).toEqual(header);
    expect(table.rows.map((r) => r.cells)).toEqual(representable);
  });

  it('reads the Shift_JIS fixture as Japanese Excel writes it (CRLF, NEC extensions such as ①)', async () => {
    const table = await readTable(fixture('students-cp932.csv'), limits);
    expect(table.format).toMatchObject({ encoding: 'cp932' });
    expect(table.header[0]).toBe('学籍番号');
    expect(table.rows).toHaveLength(3);
    expect(table.rows[2]).toEqual({ rowNumber: 4, cells: ['S000003', 'ERDENE', 'NOMIN', 'Эрдэнэ Номин', 'エルデネ・ノミン, ①', '2004/1/9', 'nomin.erdene@example.mn', '2027', ''] });
  });

  it('reads a generated file of every sample name the same in UTF-8 and with a BOM', async () => {
    const students = sampleStudents(200);
    const text = ['a,b,c', ...students.map((s) => `${s.familyNameLatin},${s.nameCyrillic},${s.nameKatakana}`)].join('\n');
    const plain = await readTable(Buffer.from(text), limits);
    const bom = await readTable(Buffer.from(`\uFEFF${text}`), limits);
    expect(bom.rows).toEqual(plain.rows);
    expect(plain.rows[199]!.cells).toEqual([students[199]!.familyNameLatin, students[199]!.nameCyrillic, students[199]!.nameKatakana]);
  });
});

describe('CSV structure', () => {
  it('takes the separator from the header line: semicolon, with quoted separators, quotes and line breaks', async () => {
    const table = await readTable(fixture('students-utf8-bom-semicolon.csv'), limits);
    expect(table.format).toEqual({ kind: 'csv', encoding: 'utf-8-bom', delimiter: ';' });
    expect(table.rows.map((r) => r.rowNumber)).toEqual([2, 3, 4]);
    expect(table.rows[1]!.cells[3]).toBe('Зориг Төмөр; "Tumur"');
    expect(table.rows[2]!.cells[3]).toBe('Болд Өлзий\nҮүрцайх');
  });

  it('reads tab-separated text', async () => {
    const table = await readTable(Buffer.from('a\tb\tc,d\n1\t2\t3,4\n'), limits);
    expect(table).toMatchObject({ header: ['a', 'b', 'c,d'], rows: [{ rowNumber: 2, cells: ['1', '2', '3,4'] }], format: { delimiter: '\t' } });
  });

  it('numbers rows as a spreadsheet shows them: a multi-line cell is one row, a blank line is a row', async () => {
    const table = await readTable(Buffer.from('\r\nname,note\r\n"A","line 1\r\nline 2"\r\n\r\n,\r\nB,x\rC,y\n'), limits);
    expect(table.headerRowNumber).toBe(2);
    expect(table.rows).toEqual([
      { rowNumber: 3, cells: ['A', 'line 1\r\nline 2'] },
      { rowNumber: 6, cells: ['B', 'x'] },
      { rowNumber: 7, cells: ['C', 'y'] },
    ]);
  });

  it('tolerates stray quotes inside unquoted fields', async () => {
    const table = await readTable(Buffer.from('name\nO"Brien\n'), limits);
    expect(table.rows[0]!.cells).toEqual(['O"Brien']);
  });
});

describe('CSV refusals', () => {
  it('refuses a file over the size limit before reading it', async () => {
    expect(await refusal(Buffer.alloc(2048, 'a'), { maxFileBytes: 1024 })).toMatchObject({ code: 'import.tooLarge', params: { maxBytes: 1024 } });
  });

  it('refuses more rows than allowed, counting only non-blank data rows', async () => {
    const text = 'h\n' + 'x\n\n'.repeat(11);
    expect(await refusal(Buffer.from(text), { maxRows: 10 })).toMatchObject({ code: 'import.tooManyRows', params: { max: 10 } });
    await expect(readTable(Buffer.from('h\n' + 'x\n\n'.repeat(10)), importLimits({ maxRows: 10 }))).resolves.toBeTruthy();
  });

  it('refuses a long cell naming its row and column, and a wide row', async () => {
    expect(await refusal(Buffer.from(`a,b\n1,2\n3,${'x'.repeat(101)}\n`), { maxCellLength: 100 })).toMatchObject({ code: 'import.cellTooLong', params: { row: 3, column: 2 } });
    expect(await refusal(Buffer.from(`${'a,'.repeat(20)}a\n`), { maxColumns: 20 })).toMatchObject({ code: 'import.tooManyColumns', params: { row: 1 } });
  });

  it('counts fields before the parse builds a record, following quotes as the parse does', async () => {
    // 20 fields in a row are fine; separators inside quotes (also across lines, also after "") are not fields.
    const ok = `${'h,'.repeat(19)}h\n"a,""b"",\nc",${'x,'.repeat(18)}x\r\nO"Brien,${'y,'.repeat(18)}y\n`;
    await expect(readTable(Buffer.from(ok), importLimits({ maxColumns: 20 }))).resolves.toMatchObject({ rows: [{ rowNumber: 2 }, { rowNumber: 3 }] });
    expect(await refusal(Buffer.from(`h\n\n"q\n",${','.repeat(5_000_000)}`), { maxColumns: 20 })).toMatchObject({ code: 'import.tooManyColumns', params: { row: 3, max: 20 } });
  });

  it('skips millions of blank lines quickly, still counting them as rows', async () => {
    const table = await readTable(Buffer.from(`h\n${'\n'.repeat(5_000_000)}x\n`), limits);
    expect(table.rows).toEqual([{ rowNumber: 5_000_002, cells: ['x'] }]);
  });

  it('refuses an unclosed quote that swallows the rest of the file', async () => {
    expect(await refusal(Buffer.from(`a,b\n\n1,"${'x\n'.repeat(5000)}`), { maxCellLength: 100 })).toMatchObject({ code: 'import.cellTooLong', params: { row: 3 } });
    expect(await refusal(Buffer.from('a,b\n\n\n1,"open\n'))).toMatchObject({ code: 'import.unreadable', params: { row: 4 } });
  });

  it('refuses binary content by its bytes, whatever the file is called', async () => {
    expect(await refusal(Buffer.from('%PDF-1.7\n...'))).toMatchObject({ code: 'import.unsupportedType', params: { detected: 'pdf' } });
    expect(await refusal(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toMatchObject({ code: 'import.unsupportedType', params: { detected: 'ole2' } });
    expect(await refusal(Buffer.from([0x61, 0x2c, 0x62, 0x0a, 0x00, 0x01, 0x02]))).toMatchObject({ code: 'import.unsupportedType', params: { detected: 'binary' } });
  });

  it('refuses an empty file and one with only blank lines', async () => {
    expect((await refusal(Buffer.alloc(0))).code).toBe('import.empty');
    expect((await refusal(Buffer.from('\r\n , \r\n\n'))).code).toBe('import.empty');
  });
});
