// A list as a file to download: one sheet as CSV or XLSX through the shared export writers, so
// every download is formula-safe, UTF-8 with a BOM for Excel, and headed in the reader's language.
// A list's download is built from the same service call as the list on screen, behind the same
// access rule: it holds exactly what its reader may see.
import type { FastifyReply } from 'fastify';
import type { TableExportFormat } from '../../contracts/table-export.ts';
import { LANGUAGES, type Language } from '../../domain/shared/localized-text.ts';
import { translate, type ServerNamespace } from '../i18n/server-i18n.ts';
import type { AnyColumn, ExportCell } from '../import/column-definition.ts';
import { writeCsv } from '../import/write-csv.ts';
import { writeWorkbook, type Sheet } from '../import/write-xlsx.ts';
import { contentDisposition } from '../routes/application-files.routes.ts';

export type { Sheet } from '../import/write-xlsx.ts';

const MEDIA_TYPES: Record<TableExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A column headed by a catalog text (the same one as the screen's header), in every language. */
export function exportColumn(key: string, namespace: ServerNamespace, labelKey: string, format?: (value: never) => ExportCell): AnyColumn {
  const labels = Object.fromEntries(LANGUAGES.map((l) => [l, translate(l, namespace, labelKey)])) as Record<Language, string>;
  return { key, labels, required: false, parse: () => ({ ok: true, value: null }), ...(format ? { format } : {}) };
}

export type TableFile = { bytes: Buffer; name: string; contentType: string };

export async function tableFile(sheet: Sheet, format: TableExportFormat, language: Language, baseName: string): Promise<TableFile> {
  const bytes = format === 'xlsx' ? await writeWorkbook([sheet], language) : writeCsv(sheet.columns, sheet.rows, { language });
  return { bytes, name: `${fileSafe(baseName)}.${format}`, contentType: MEDIA_TYPES[format] };
}

export async function sendTable(reply: FastifyReply, sheet: Sheet, format: TableExportFormat, language: Language, baseName: string) {
  const file = await tableFile(sheet, format, language, baseName);
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', contentDisposition(file.name))
    .header('cache-control', 'private, no-store')
    .header('x-content-type-options', 'nosniff')
    .send(file.bytes);
}

/** Keeps letters of every script; only characters file systems refuse become a dash. */
const fileSafe = (name: string) => name.replace(/[\\/:*?"<>|\p{Cc}]+/gu, '-').trim();
