// The query of a list's download: the file format and the language of its headers and texts.
import { z } from 'zod';
import { LANGUAGES } from '../domain/shared/localized-text.ts';

export const TABLE_EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type TableExportFormat = (typeof TABLE_EXPORT_FORMATS)[number];

export const tableExportQuery = z.object({
  format: z.enum(TABLE_EXPORT_FORMATS),
  /** By default the browser's (a download link cannot send the app's choice otherwise). */
  language: z.enum(LANGUAGES).optional(),
});
export type TableExportQuery = z.infer<typeof tableExportQuery>;
