// An intern's short-stay visa pack (issue 8 item 5): the invitation letter, the letter of
// guarantee and the schedule of stay, drawn from the program's data on the day of issue.
import { z } from 'zod';
import { GENDERS } from '../domain/housing/housing.ts';
import { VISA_PACK_DOCUMENTS, VISA_PACK_GUARANTORS, VISA_PACK_STATUSES } from '../domain/residence/visa-pack.ts';
import { isoDate, localizedTextOut, optionalLocalizedText, version } from './common.ts';

export const visaPackIssueInput = z.object({
  issuedOn: isoDate,
  /** When the intern plans to apply at the embassy: the pack's status is judged on that day. */
  plannedApplicationOn: isoDate.nullable().optional(),
  guarantor: z.enum(VISA_PACK_GUARANTORS),
  /** As in the passport; prefilled from the intern's arrival record when known. */
  gender: z.enum(GENDERS),
  arrivalOn: isoDate,
  departureOn: isoDate,
  /** 招へい経緯: how the intern came to be invited, a sentence or two. */
  background: optionalLocalizedText.optional(),
  /** What the intern will do at the company, a noun phrase ("The internship will cover …"). */
  internshipWork: optionalLocalizedText.optional(),
});
export type VisaPackIssueInput = z.infer<typeof visaPackIssueInput>;

export const visaPackApplicationPatch = z.object({ plannedApplicationOn: isoDate.nullable(), version });
export type VisaPackApplicationPatch = z.infer<typeof visaPackApplicationPatch>;

export const visaPackView = z
  .object({
    id: z.uuid(),
    planId: z.uuid(),
    issuedOn: z.string(),
    /** The last day an embassy application may use it (3 months after issue). */
    validUntil: z.string(),
    plannedApplicationOn: z.string().nullable(),
    status: z.enum(VISA_PACK_STATUSES),
    /** A later pack for the same intern replaced it. */
    superseded: z.boolean(),
    guarantor: z.enum(VISA_PACK_GUARANTORS),
    arrivalOn: z.string(),
    departureOn: z.string(),
    issuedAt: z.iso.datetime(),
    version: z.number().int(),
  })
  .meta({ id: 'VisaPack' });
export type VisaPackView = z.infer<typeof visaPackView>;

const gaps = z.array(z.string()).meta({ description: 'What must be recorded first, as party.field codes (inviter.address, hostCompany.phone, invitee.birthDate, …)' });

export const visaPackIntern = z.object({
  planId: z.uuid(),
  /** The intern's account, whose identity documents hold the birth date and passport number. */
  userId: z.uuid(),
  name: z.object({ latin: z.string(), cyrillic: z.string(), katakana: z.string() }),
  company: z.object({ id: z.uuid(), name: localizedTextOut }),
  startsOn: z.string(),
  endsOn: z.string(),
  /** What the issue form starts from: the flat's check-in and check-out, or the day before and after the internship. */
  defaults: z.object({ arrivalOn: z.string(), departureOn: z.string(), gender: z.enum(GENDERS).nullable() }),
  /** For each choice of guarantor, what is still missing. */
  gaps: z.object({ inviter: gaps, hostCompany: gaps }),
  /** Newest first. */
  packs: z.array(visaPackView),
});
export type VisaPackIntern = z.infer<typeof visaPackIntern>;

export const visaPackOverview = z.object({
  today: z.string(),
  inviter: z.object({ id: z.uuid(), name: localizedTextOut }),
  interns: z.array(visaPackIntern),
});
export type VisaPackOverview = z.infer<typeof visaPackOverview>;

export const visaPackPdfQuery = z.object({ document: z.enum(VISA_PACK_DOCUMENTS).optional() });
