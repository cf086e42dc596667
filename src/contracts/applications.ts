// Consents and student applications (issue 4): the student gives consent to the current
// notice, naming the organizations their data may go to, then applies; the application's
// status moves through the pipeline (domain/pipeline) one recorded transition at a time.
import { z } from 'zod';
import { APPLICATION_FILE_KINDS, JLPT_LEVELS } from '../domain/applications/application.ts';
import { FILE_MEDIA_TYPES } from '../domain/applications/application-file.ts';
import { CONSENT_PURPOSES } from '../domain/consent/consent.ts';
import { ACTOR_KINDS, ALL_REASON_CODES, MAX_NOTE_LENGTH, PIPELINE_STATUSES } from '../domain/pipeline/pipeline-status.ts';
import { isoDate, languageSchema, version } from './common.ts';
import { tableExportQuery } from './table-export.ts';

export const consentInput = z
  .object({
    /** The notice version the student was shown; must be the current one. */
    noticeVersion: z.string().trim().min(1).max(20),
    /** The language the notice was shown in. */
    language: languageSchema,
    /** The program's operators and host companies the data may be shared with. */
    recipientIds: z.array(z.uuid()).min(1).max(50),
  })
  .strict();
export type ConsentInput = z.infer<typeof consentInput>;

export const consentView = z
  .object({
    id: z.uuid(),
    programId: z.uuid(),
    noticeVersion: z.string(),
    language: languageSchema,
    purposes: z.array(z.enum(CONSENT_PURPOSES)),
    recipientIds: z.array(z.uuid()),
    givenAt: z.iso.datetime(),
    withdrawnAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Consent' });
export type ConsentView = z.infer<typeof consentView>;

const name = z.string().trim().min(1).max(200);

export const applicationInput = z
  .object({
    /** As in the passport. */
    nameLatin: name.regex(/^[A-Za-z][A-Za-z .'-]*$/, { message: 'name.latinOnly' }),
    nameCyrillic: name,
    nameKatakana: name.regex(/^[\u30A0-\u30FF\u3000 ・ー]+$/, { message: 'name.katakanaOnly' }),
    department: z.string().trim().min(1).max(200),
    graduationYear: z.number().int().min(2000).max(2100),
    jlptLevel: z.enum(JLPT_LEVELS),
    jlptDate: isoDate.nullable().optional(),
    skills: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
    companiesOfInterest: z.array(z.uuid()).max(20).default([]),
  })
  .strict();
export type ApplicationInput = z.infer<typeof applicationInput>;

export const transitionRecordView = z.object({
  from: z.enum(PIPELINE_STATUSES),
  to: z.enum(PIPELINE_STATUSES),
  byUserId: z.uuid().nullable(),
  byKind: z.enum(ACTOR_KINDS),
  at: z.iso.datetime(),
  reasonCode: z.string().nullable(),
  note: z.string().nullable(),
});

export const applicationView = z
  .object({
    id: z.uuid(),
    programId: z.uuid(),
    userId: z.uuid(),
    collegeId: z.uuid(),
    nameLatin: z.string(),
    nameCyrillic: z.string(),
    nameKatakana: z.string(),
    department: z.string(),
    graduationYear: z.number().int(),
    jlptLevel: z.enum(JLPT_LEVELS),
    jlptDate: isoDate.nullable(),
    skills: z.array(z.string()),
    companiesOfInterest: z.array(z.uuid()),
    status: z.enum(PIPELINE_STATUSES),
    version: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'StudentApplication' });
export type ApplicationView = z.infer<typeof applicationView>;

export const applicationDetail = applicationView.extend({ history: z.array(transitionRecordView) }).meta({ id: 'StudentApplicationDetail' });
export type ApplicationDetail = z.infer<typeof applicationDetail>;

/**
 * One row of a program's list: the application, the kinds of file attached, and the student's
 * lecture attendance (sessions attended; null while the program has no attendance data).
 */
export const applicationListItem = applicationView
  .extend({
    filesPresent: z.array(z.enum(APPLICATION_FILE_KINDS)),
    attendedSessions: z.number().int().min(0).nullable(),
  })
  .meta({ id: 'StudentApplicationListItem' });
export type ApplicationListItem = z.infer<typeof applicationListItem>;

export const applicationList = z.object({ items: z.array(applicationListItem) });

export const transitionInput = z
  .object({
    version,
    to: z.enum(PIPELINE_STATUSES),
    reasonCode: z.enum(ALL_REASON_CODES as [string, ...string[]]).optional(),
    note: z.string().max(MAX_NOTE_LENGTH).optional(),
  })
  .strict();
export type TransitionInput = z.infer<typeof transitionInput>;

/** The same move for a selection of one program's applications, all or nothing. */
export const bulkTransitionInput = z
  .object({
    /** Each application with the version its row showed; at most 500 at once. */
    items: z.array(z.object({ id: z.uuid(), version }).strict()).min(1).max(500),
    to: z.enum(PIPELINE_STATUSES),
    reasonCode: z.enum(ALL_REASON_CODES as [string, ...string[]]).optional(),
    note: z.string().max(MAX_NOTE_LENGTH).optional(),
  })
  .strict();
export type BulkTransitionInput = z.infer<typeof bulkTransitionInput>;

export const bulkTransitionResult = z.object({ items: z.array(applicationView) });

export const applicationFileKindParam = z.object({ id: z.uuid(), kind: z.enum(APPLICATION_FILE_KINDS) });
export const applicationFileParam = z.object({ id: z.uuid(), fileId: z.uuid() });

export const applicationFileView = z
  .object({
    id: z.uuid(),
    applicationId: z.uuid(),
    kind: z.enum(APPLICATION_FILE_KINDS),
    originalName: z.string(),
    mediaType: z.enum(FILE_MEDIA_TYPES),
    sizeBytes: z.number().int(),
    sha256: z.string(),
    uploadedAt: z.iso.datetime(),
  })
  .meta({ id: 'ApplicationFile' });
export type ApplicationFileView = z.infer<typeof applicationFileView>;
export const applicationFileList = z.object({ items: z.array(applicationFileView) });

/** The header that carries the uploaded file's own name, percent-encoded (encodeURIComponent). */
export const FILE_NAME_HEADER = 'x-file-name';

/** The download of a program's applications: the file, and the screening board's filters so it holds the rows on screen. */
export const applicationExportQuery = tableExportQuery.extend({
  status: z.enum(PIPELINE_STATUSES).optional(),
  collegeId: z.uuid().optional(),
  department: z.string().max(200).optional(),
  minJlpt: z.enum(JLPT_LEVELS).exclude(['none']).optional(),
  minSessions: z.coerce.number().int().min(0).max(1000).optional(),
  search: z.string().max(200).optional(),
});
export type ApplicationExportQuery = z.infer<typeof applicationExportQuery>;
