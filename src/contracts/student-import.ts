// Importing a college's students into a program from a roster file (issue 4 item 4). The file
// is the raw request body (CSV or XLSX, told apart by content). The answer is one JSON result,
// or, when the client accepts application/x-ndjson, a stream of progress lines ending in the
// result or the error (the app's error body with the HTTP status the plain answer would have had).
import { z } from 'zod';
import { errorBody, languageSchema } from './common.ts';

/** What one roster file may be: a college's class lists, not a national register (the server enforces it; the page says it). */
export const STUDENT_IMPORT_FILE_LIMITS = { maxFileBytes: 10 * 1024 * 1024, maxRows: 2_000 } as const;

/** An operator names the college; a coordinator may leave it out (their own college). */
export const studentImportQuery = z.object({ collegeId: z.uuid().optional() }).strict();

export const studentImportTemplateQuery = z.object({ format: z.enum(['csv', 'xlsx']).default('xlsx'), lang: languageSchema.default('ja') }).strict();
export type StudentImportTemplateQuery = z.infer<typeof studentImportTemplateQuery>;

export const IMPORT_ROW_OUTCOMES = ['created', 'updated', 'unchanged'] as const;
export type ImportRowOutcome = (typeof IMPORT_ROW_OUTCOMES)[number];

export const studentImportResult = z
  .object({
    total: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    /** Students sent an invitation to set a password: new accounts, and earlier ones whose invitation lapsed unused. */
    invited: z.number().int(),
    rows: z.array(z.object({ row: z.number().int(), outcome: z.enum(IMPORT_ROW_OUTCOMES), applicationId: z.uuid() })),
  })
  .meta({ id: 'StudentImportResult' });
export type StudentImportResult = z.infer<typeof studentImportResult>;

export const IMPORT_PHASES = ['parsing', 'validating', 'writing'] as const;
export type ImportPhase = (typeof IMPORT_PHASES)[number];

/** One line of the NDJSON answer. */
export const studentImportLine = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), phase: z.enum(IMPORT_PHASES), done: z.number().int(), total: z.number().int().optional() }),
  z.object({ type: z.literal('result'), result: studentImportResult }),
  z.object({ type: z.literal('error'), status: z.number().int(), body: errorBody }),
]);
export type StudentImportLine = z.infer<typeof studentImportLine>;

/** The media types a client may send a roster as; the server reads any (the content decides what it is). */
export const STUDENT_IMPORT_MEDIA_TYPES = ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/vnd.ms-excel', 'application/octet-stream', 'text/plain'] as const;
