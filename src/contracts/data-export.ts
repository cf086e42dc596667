// A person's download of everything held about them (issue 4 item 3), as JSON or as one flat
// CSV of (section, record, field, value) rows that opens in a spreadsheet.
import { z } from 'zod';

export const DATA_EXPORT_FORMATS = ['json', 'csv'] as const;
export const dataExportQuery = z.object({ format: z.enum(DATA_EXPORT_FORMATS).default('json') }).strict();
export type DataExportFormat = (typeof DATA_EXPORT_FORMATS)[number];

/** The sections of the export, in order; each is a list of records (the account is one record). */
export const DATA_EXPORT_SECTIONS = ['about', 'account', 'memberships', 'consents', 'applications', 'files', 'identityDocuments', 'auditEvents'] as const;
export type DataExportSection = (typeof DATA_EXPORT_SECTIONS)[number];

export type DataExportValue = string | number | boolean | null | DataExportValue[] | { [key: string]: DataExportValue };
export type DataExportRecord = { [key: string]: DataExportValue };
export type MyDataExport = { [S in DataExportSection]: DataExportRecord[] } & { format: 'kakehashi-data-export'; version: 1; exportedAt: string };
