// Consents and student applications (issue 4): the student gives consent to the current
// notice, naming the organizations their data may go to, then applies; the application's
// status moves through the pipeline (domain/pipeline) one recorded transition at a time.
import { z } from 'zod';
import { JLPT_LEVELS } from '../domain/applications/application.ts';
import { CONSENT_PURPOSES } from '../domain/consent/consent.ts';
import { ACTOR_KINDS, ALL_REASON_CODES, MAX_NOTE_LENGTH, PIPELINE_STATUSES } from '../domain/pipeline/pipeline-status.ts';
import { isoDate, languageSchema, version } from './common.ts';

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

export const applicationList = z.object({ items: z.array(applicationView) });

export const transitionInput = z
  .object({
    version,
    to: z.enum(PIPELINE_STATUSES),
    reasonCode: z.enum(ALL_REASON_CODES as [string, ...string[]]).optional(),
    note: z.string().max(MAX_NOTE_LENGTH).optional(),
  })
  .strict();
export type TransitionInput = z.infer<typeof transitionInput>;
