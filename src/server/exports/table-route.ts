// What every list's download route shares: its query (?format=csv|xlsx, an optional language),
// its answers, and the reply. The route itself sits beside its list with the list's access rule.
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { errorBody } from '../../contracts/common.ts';
import { tableExportQuery, type TableExportQuery } from '../../contracts/table-export.ts';
import type { Language } from '../../domain/shared/localized-text.ts';
import type { ListExport } from '../services/list-exports.service.ts';
import { sendTable } from './table-file.ts';

/** The schema parts of a download route; `querystring` extends tableExportQuery with the list's own filters. */
export const listExportSchema = <Q extends typeof tableExportQuery>(querystring: Q = tableExportQuery as Q) => ({
  querystring,
  response: { 200: z.unknown().describe('The list, as an attachment (CSV or XLSX)'), 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody },
});

/** Loads the list in the asked language (by default the reader's) and sends it as the asked file. */
export async function sendList(request: { query: TableExportQuery; language: Language }, reply: FastifyReply, load: (language: Language) => Promise<ListExport>) {
  const language = request.query.language ?? request.language;
  const { sheet, baseName } = await load(language);
  return sendTable(reply, sheet, request.query.format, language, baseName);
}
