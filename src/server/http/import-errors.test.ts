// The import core's refusals and the validator's issues are first-class app errors: every
// ImportError code has a status and a message in ja, mn and en (from the catalog itself, not the
// fallback language), and a validator issue reads "row N, column X: …" through errorBodyOf, the
// function the error handler answers with.
import fs from 'node:fs';
import path from 'node:path';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { APP_ERROR_CODES } from '../../domain/errors/app-error.ts';
import { LANGUAGES, type Language } from '../../domain/shared/localized-text.ts';
import { email, integer, isoDate, oneOf, text } from '../import/cell-parsers.ts';
import { column } from '../import/column-definition.ts';
import { IMPORT_ERROR_CODES, ImportError, importIssueToFieldIssue, invalidImport, type ImportErrorCode, type ImportErrorParams } from '../import/import-error.ts';
import type { ImportIssue } from '../import/import-issue.ts';
import { validateRows } from '../import/validate-rows.ts';
import { errorBodyOf, registerErrorHandler, statusOf, toAppError } from './error-handler.ts';

type Catalog = { [key: string]: string | Catalog };
const catalogs = Object.fromEntries(
  LANGUAGES.map((l) => [l, JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '../../i18n/locales', l, 'errors.json'), 'utf8')) as Catalog]),
) as Record<Language, Catalog>;
const lookup = (language: Language, key: string): string | undefined => {
  const value = key.split('.').reduce<string | Catalog | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), catalogs[language]);
  return typeof value === 'string' ? value : undefined;
};

const EXPECTED_STATUS: Record<ImportErrorCode, number> = {
  'import.tooLarge': 413,
  'import.zipBomb': 413,
  'import.tooManyRows': 413,
  'import.tooManyColumns': 413,
  'import.cellTooLong': 413,
  'import.unsupportedType': 415,
  'import.unreadable': 422,
  'import.empty': 422,
  'import.timeout': 422,
  'import.busy': 503,
};

// Each code with the params of every place that throws it (and the message variant it selects).
const THROWN: [ImportErrorCode, ImportErrorParams, string][] = [
  ['import.tooLarge', { bytes: 12 * 1024 * 1024, maxBytes: 10 * 1024 * 1024 }, 'tooLarge'],
  ['import.tooLarge', { reason: 'memory', maxHeapMb: 256 }, 'tooLarge_memory'],
  ['import.zipBomb', { entries: 900, maxEntries: 500 }, 'zipBomb_entries'],
  ['import.zipBomb', { uncompressedBytes: 2 ** 30, maxUncompressedBytes: 64 * 1024 * 1024 }, 'zipBomb'],
  ['import.zipBomb', { maxUncompressedBytes: 64 * 1024 * 1024 }, 'zipBomb'],
  ['import.tooManyRows', { max: 20_000 }, 'tooManyRows'],
  ['import.tooManyColumns', { row: 7, max: 100 }, 'tooManyColumns'],
  ['import.cellTooLong', { row: 12, column: 28, max: 2_000 }, 'cellTooLong'],
  ['import.cellTooLong', { row: 12, max: 2_000 }, 'cellTooLong_row'],
  ['import.unsupportedType', { detected: 'pdf' }, 'unsupportedType'],
  ['import.unsupportedType', { detected: 'ole2' }, 'unsupportedType_xls'],
  ['import.unreadable', {}, 'unreadable'],
  ['import.unreadable', { part: 'zip' }, 'unreadable'],
  ['import.unreadable', { row: 40 }, 'unreadable_row'],
  ['import.empty', {}, 'empty'],
  ['import.timeout', { maxMs: 30_000 }, 'timeout'],
  ['import.busy', { maxConcurrent: 2 }, 'busy'],
];

describe('ImportError as an app error', () => {
  it('every ImportError code is an AppError code with its status', () => {
    for (const code of IMPORT_ERROR_CODES) {
      expect(APP_ERROR_CODES, code).toContain(code);
      expect(statusOf(code), code).toBe(EXPECTED_STATUS[code]);
    }
    expect(statusOf('import.invalidRows')).toBe(422);
  });

  it('every code, in each of its variants, has its own message in ja, mn and en with every placeholder filled', () => {
    for (const code of IMPORT_ERROR_CODES) expect(THROWN.map(([c]) => c), code).toContain(code);
    for (const [code, params, key] of THROWN) {
      const appError = toAppError(new ImportError(code, params));
      expect(appError.code).toBe(code);
      for (const language of LANGUAGES) {
        expect(lookup(language, `codes.import.${key}`), `${language} ${key}`).toBeTruthy();
        const { message } = errorBodyOf(appError, language).error;
        expect(message, `${language} ${key}`).not.toMatch(/\{\{|\}\}|undefined|codes\./);
        // The variant the params select, with them filled in.
        const expected = lookup(language, `codes.import.${key}`)!.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(appError.details.params![name]));
        expect(message, `${language} ${key}`).toBe(expected);
      }
    }
  });

  it('gives limits in human units: MB, seconds and column letters', () => {
    const en = (code: ImportErrorCode, params: ImportErrorParams) => errorBodyOf(new ImportError(code, params).toAppError(), 'en').error.message;
    expect(en('import.tooLarge', { bytes: 1, maxBytes: 10 * 1024 * 1024 })).toContain('10 MB');
    expect(en('import.zipBomb', { maxUncompressedBytes: 64 * 1024 * 1024 })).toContain('64 MB');
    expect(en('import.timeout', { maxMs: 30_000 })).toContain('30 seconds');
    expect(en('import.cellTooLong', { row: 12, column: 28, max: 2_000 })).toMatch(/^Row 12, column AB: .*2000 characters/);
    expect(errorBodyOf(new ImportError('import.tooLarge', { maxBytes: 10 * 1024 * 1024 }).toAppError(), 'ja').error.message).toContain('10 MB');
    expect(errorBodyOf(new ImportError('import.tooManyRows', { max: 500 }).toAppError(), 'mn').error.message).toContain('500');
  });

  it('is answered by the error handler with its status and translated body', async () => {
    const app = Fastify();
    app.decorateRequest('language', 'ja');
    app.addHook('onRequest', async (request) => {
      request.language = request.headers['accept-language'] === 'mn' ? 'mn' : 'ja';
    });
    registerErrorHandler(app);
    app.get('/too-large', async () => {
      throw new ImportError('import.tooLarge', { bytes: 11 * 1024 * 1024, maxBytes: 10 * 1024 * 1024 });
    });
    app.get('/busy', async () => {
      throw new ImportError('import.busy', { maxConcurrent: 2 });
    });
    const tooLarge = await app.inject({ url: '/too-large', headers: { 'accept-language': 'mn' } });
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json()).toEqual({ error: { code: 'import.tooLarge', message: expect.stringContaining('10 МБ') } });
    const busy = await app.inject({ url: '/busy' });
    expect(busy.statusCode).toBe(503);
    expect(busy.json().error.code).toBe('import.busy');
    await app.close();
  });
});

const COLUMNS = [
  column({ key: 'name', labels: { ja: '氏名', mn: 'Нэр', en: 'Name' }, required: true, parse: text({ maxLength: 5 }) }),
  column({ key: 'email', labels: { ja: 'メールアドレス', mn: 'И-мэйл', en: 'E-mail' }, required: true, parse: email() }),
  column({ key: 'born', labels: { ja: '生年月日', mn: 'Төрсөн огноо', en: 'Birth date' }, required: false, parse: isoDate() }),
  column({ key: 'year', labels: { ja: '学年', mn: 'Курс', en: 'Year' }, required: false, parse: integer({ min: 1, max: 4 }) }),
  column({ key: 'score', labels: { ja: '得点', mn: 'Оноо', en: 'Score' }, required: false, parse: integer({ min: 0 }) }),
  column({ key: 'absences', labels: { ja: '欠席', mn: 'Тасалсан', en: 'Absences' }, required: false, parse: integer({ max: 30 }) }),
  column({ key: 'track', labels: { ja: 'コース', mn: 'Чиглэл', en: 'Track' }, required: false, parse: oneOf(['IT', 'Care']) }),
] as const;

/** Every code the validator and the cell parsers report (import-issue.ts). */
const VALIDATOR_CODES = [
  'header.missing',
  'header.duplicate',
  'header.unknown',
  'cell.unexpected',
  'cell.required',
  'row.duplicate',
  'cell.tooLong',
  'cell.notInteger',
  'cell.outOfRange',
  'cell.notDate',
  'cell.notEmail',
  'cell.notAllowed',
];

function issuesOf(header: string[], ...rows: string[][]): ImportIssue[] {
  const result = validateRows({ header, rows: rows.map((cells, i) => ({ rowNumber: i + 2, cells })) }, COLUMNS, { naturalKey: ['email'] });
  if (result.ok) throw new Error('expected issues');
  return result.issues;
}

const HEADER = ['Name', 'E-mail', 'Birth date', 'Year', 'Score', 'Absences', 'Track'];
const ALL_ISSUES = [
  ...issuesOf(['Name', 'Name', 'Nickname']),
  ...issuesOf(
    HEADER,
    ['Bat', 'bat@example.mn', '2003-04-05', '2', '10', '1', 'IT'],
    ['', 'not-an-email', '2003-02-30', 'two', '-1', '31', 'Art', 'stray'],
    ['Tuyaa', 'tuyaa@example.mn', '', '9', '', '', ''],
    ['Dorjsuren', 'BAT@example.mn', '', '', '', '', ''],
    ['Saraa', 'bat@example.mn', '', '', '', '', ''],
  ),
];

describe('validator issues as an app error', () => {
  it('the sample covers every validator code, and each has its message in ja, mn and en', () => {
    expect(new Set(ALL_ISSUES.map((i) => i.code))).toEqual(new Set(VALIDATOR_CODES));
    for (const code of VALIDATOR_CODES) {
      for (const language of LANGUAGES) expect(lookup(language, `fieldIssues.${code}`), `${language} ${code}`).toBeTruthy();
    }
    for (const language of LANGUAGES) {
      expect(lookup(language, 'importLocation.cell'), language).toBeTruthy();
      for (const variant of ['outOfRange_atLeast', 'outOfRange_atMost']) expect(lookup(language, `fieldIssues.cell.${variant}`), `${language} ${variant}`).toBeTruthy();
      for (const variant of ['invalidRows', 'invalidRows_truncated']) expect(lookup(language, `codes.import.${variant}`), `${language} ${variant}`).toBeTruthy();
    }
  });

  it('renders "row N, column X: …" in each language through errorBodyOf', () => {
    const issue: ImportIssue = { row: 3, column: 'E-mail', columnIndex: 2, code: 'cell.notEmail' };
    const message = (language: Language) => errorBodyOf(invalidImport([issue]), language).error.fields![0]!.message;
    expect(message('en')).toBe('Row 3, column “E-mail”: Enter a valid e-mail address.');
    expect(message('ja')).toBe('3行目「E-mail」列: メールアドレスの形式が正しくありません。');
    expect(message('mn')).toBe('3-р мөр, «E-mail» багана: И-мэйл хаягийн хэлбэр буруу байна.');
  });

  it('gives every issue of a file its located message, with its params, and no raw key or placeholder', () => {
    const error = invalidImport(ALL_ISSUES);
    expect(statusOf(error.code)).toBe(422);
    for (const language of LANGUAGES) {
      const body = errorBodyOf(error, language).error;
      expect(body.code).toBe('import.invalidRows');
      expect(body.message).toContain(String(ALL_ISSUES.length));
      expect(body.fields).toHaveLength(ALL_ISSUES.length);
      for (const [i, field] of body.fields!.entries()) {
        const issue = ALL_ISSUES[i]!;
        expect(field).toMatchObject({ field: 'file', code: issue.code });
        expect(field.message, `${language} ${issue.code}`).toContain(String(issue.row));
        expect(field.message, `${language} ${issue.code}`).toContain(issue.column);
        expect(field.message, `${language} ${issue.code}`).not.toMatch(/\{\{|\}\}|undefined|fieldIssues\./);
        // Not the catch-all text of an unknown code.
        expect(field.message.endsWith(`: ${lookup(language, 'fieldIssues.invalid')}`), `${language} ${issue.code}`).toBe(false);
      }
    }
    const en = errorBodyOf(error, 'en').error.fields!.map((f) => f.message);
    expect(en).toContain('Row 1, column “Name”: This column appears twice (also as “Name”). Keep only one of them.');
    expect(en).toContain('Row 3, column “Year”: Enter a whole number.');
    expect(en).toContain('Row 3, column “Score”: Enter a number of at least 0.');
    expect(en).toContain('Row 3, column “Absences”: Enter a number of at most 30.');
    expect(en).toContain('Row 4, column “Year”: Enter a number from 1 to 4.');
    expect(en).toContain('Row 3, column “Track”: Enter one of: IT, Care.');
    expect(en).toContain('Row 3, column “H”: There is a value in a column without a header. Add a header or delete the value.');
    expect(en).toContain('Row 6, column “E-mail”: This row is the same as row 2. Delete one of them.');
    expect(en).toContain('Row 5, column “Name”: Too long: at most 5 characters.');
  });

  it('says when the list is cut short, and quotes at most 40 characters of a header', () => {
    const long = 'x'.repeat(300);
    expect(importIssueToFieldIssue({ row: 1, column: long, code: 'header.unknown' }).at!.column).toHaveLength(40);
    const message = errorBodyOf(invalidImport(ALL_ISSUES.slice(0, 3), true), 'en').error.message;
    expect(message).toContain('The first 3 are listed below');
  });
});
