// One problem in an imported file, named by the row a person sees in the spreadsheet and the
// column header as written in the file; `code` is a catalogue key the UI translates.
//   header.missing (params.key) · header.duplicate · header.unknown · cell.unexpected (data under
//   no header) · cell.required · row.duplicate (params.firstRow) · and the parse codes of the
//   columns (cell-parsers.ts: cell.tooLong, cell.notInteger, cell.outOfRange, cell.notDate,
//   cell.notEmail, cell.notAllowed).
import type { IssueParams } from './column-definition.ts';

export type ImportIssue = {
  row: number;
  /** The header as in the file; for a missing column its label in the requested language; for
   * data under no header, the column letter (F). */
  column: string;
  /** 1-based position of the column in the file, when it has one. */
  columnIndex?: number;
  code: string;
  params?: IssueParams;
};
