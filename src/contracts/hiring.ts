// Hiring and after (issue 8 items 3, 4, 6): applications to companies and their steps, job
// offers, employments with their residence paperwork, retention and check-ins.
import { z } from 'zod';
import { CHECK_IN_RESPONDENTS, STAY_ANSWERS } from '../domain/follow-up/check-ins.ts';
import { HIRING_OUTCOMES, HIRING_STAGES, OFFER_STATUSES, RETENTION_REASONS, RETENTION_STATUSES } from '../domain/hiring/hiring.ts';
import { REPORT_LANGUAGES } from '../domain/internship/internship.ts';
import { RESIDENCE_DOCUMENTS, RESIDENCE_PARTIES, RESIDENCE_STEP_KINDS } from '../domain/residence/residence.ts';
import { STEP_STATUSES } from '../domain/residence/step-status.ts';
import { READINESS_ITEMS, TRAINING_MODULES } from '../domain/readiness/readiness.ts';
import { RESIDENCE_RULES } from '../domain/residence/rules.ts';
import { isoDate, localizedTextOut, version } from './common.ts';

/** The residence rules are known from this day (domain/residence/rules.ts); earlier dates cannot be counted from. */
const FIRST_RULES_DAY = RESIDENCE_RULES[0]!.effectiveFrom;
const ruledDate = isoDate.refine((d) => d >= FIRST_RULES_DAY, { message: 'residence.beforeRules' });

const studentName = z.object({ nameLatin: z.string(), nameCyrillic: z.string(), nameKatakana: z.string() });
const organization = z.object({ id: z.uuid(), name: localizedTextOut });

export const offerView = z.object({
  id: z.uuid(),
  position: z.string(),
  monthlySalaryYen: z.number().int(),
  startsOn: z.string(),
  workplace: z.string(),
  conditions: z.string(),
  issuedOn: z.string(),
  expiresOn: z.string(),
  /** `expired`: issued and past its expiry, unanswered. */
  state: z.enum([...OFFER_STATUSES, 'expired']),
  answeredAt: z.string().nullable(),
  withdrawnReason: z.string().nullable(),
  version: z.number().int(),
});
export type OfferView = z.infer<typeof offerView>;

export const hiringApplicationView = z.object({
  id: z.uuid(),
  applicationId: z.uuid(),
  student: studentName,
  company: organization,
  stage: z.enum(HIRING_STAGES),
  outcome: z.enum(HIRING_OUTCOMES),
  motivation: z.string(),
  note: z.string(),
  offers: z.array(offerView),
  employmentId: z.uuid().nullable(),
  version: z.number().int(),
});
export type HiringApplicationView = z.infer<typeof hiringApplicationView>;

export const hiringBoard = z
  .object({
    today: z.string(),
    items: z.array(hiringApplicationView),
    /** Interns of the program the actor may apply for (themselves, or any for the operators), with the companies they may apply to. */
    canApply: z.array(z.object({ applicationId: z.uuid(), student: studentName })),
    companies: z.array(organization),
  })
  .meta({ id: 'HiringBoard' });
export type HiringBoard = z.infer<typeof hiringBoard>;

export const hiringApplicationInput = z.object({ applicationId: z.uuid(), companyId: z.uuid(), motivation: z.string().trim().max(4000).default('') }).strict();
export type HiringApplicationInput = z.infer<typeof hiringApplicationInput>;

export const hiringApplicationPatch = z.object({ version, stage: z.enum(HIRING_STAGES).optional(), outcome: z.enum(['open', 'rejected', 'withdrawn']).optional(), note: z.string().trim().max(4000).optional() }).strict();
export type HiringApplicationPatch = z.infer<typeof hiringApplicationPatch>;

export const offerInput = z
  .object({
    position: z.string().trim().min(1).max(200),
    monthlySalaryYen: z.number().int().min(1).max(10_000_000),
    startsOn: ruledDate,
    workplace: z.string().trim().max(300).default(''),
    conditions: z.string().trim().max(4000).default(''),
    issuedOn: isoDate,
    expiresOn: isoDate,
  })
  .strict()
  .refine((o) => o.expiresOn >= o.issuedOn, { message: 'offer.expiresBeforeIssue', path: ['expiresOn'] });
export type OfferInput = z.infer<typeof offerInput>;

export const offerAnswer = z.object({ version, accept: z.boolean() }).strict();
export const offerWithdrawal = z.object({ version, reason: z.string().trim().min(1).max(2000) }).strict();

// ---- Employments: residence paperwork, retention, check-ins --------------------------------

export const residenceStepView = z.object({
  kind: z.enum(RESIDENCE_STEP_KINDS),
  owner: z.enum(RESIDENCE_PARTIES),
  documents: z.array(z.enum(RESIDENCE_DOCUMENTS)),
  dueOn: z.string().nullable(),
  dueKind: z.enum(['legal', 'effort', 'planning']),
  opensOn: z.string().nullable(),
  basis: z.string(),
  dependsOn: z.array(z.enum(RESIDENCE_STEP_KINDS)),
  status: z.enum(STEP_STATUSES),
  blockedBy: z.array(z.enum(RESIDENCE_STEP_KINDS)),
  doneOn: z.string().nullable(),
  note: z.string(),
});

export const residenceView = z.object({
  employmentInsured: z.boolean(),
  coeIssuedOn: z.string().nullable(),
  arrivedOn: z.string().nullable(),
  employmentStartedOn: z.string().nullable(),
  affiliationChangedOn: z.string().nullable(),
  /** Shown masked unless revealed; the number is stored encrypted. */
  residenceCardNumberMasked: z.string().nullable(),
  residenceCardExpiresOn: z.string().nullable(),
  coeExpired: z.boolean(),
  steps: z.array(residenceStepView),
  reminders: z.array(z.object({ key: z.string(), kind: z.string(), sendOn: z.string(), targetOn: z.string(), to: z.array(z.enum(RESIDENCE_PARTIES)), sent: z.boolean() })),
  version: z.number().int(),
});

export const checkInView = z.object({
  month: z.number().int(),
  dueOn: z.string(),
  state: z.enum(['upcoming', 'open', 'answered', 'missed']),
  answers: z.array(z.object({ respondent: z.enum(CHECK_IN_RESPONDENTS), language: z.enum(REPORT_LANGUAGES), scores: z.record(z.string(), z.number()), stay: z.enum(STAY_ANSWERS).nullable(), comment: z.string(), answeredAt: z.string(), warnings: z.array(z.string()) })),
});

export const employmentView = z
  .object({
    id: z.uuid(),
    programId: z.uuid(),
    applicationId: z.uuid(),
    student: studentName,
    company: organization,
    viewer: z.enum(['operator', 'company', 'student']),
    startsOn: z.string(),
    retention: z.enum(RETENTION_STATUSES),
    retentionReason: z.string().nullable(),
    retentionChangedOn: z.string().nullable(),
    today: z.string(),
    residence: residenceView,
    checkIns: z.array(checkInView),
    warnings: z.array(z.string()),
    version: z.number().int(),
  })
  .meta({ id: 'Employment' });
export type EmploymentView = z.infer<typeof employmentView>;

export const employmentList = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      student: studentName,
      company: organization,
      startsOn: z.string(),
      retention: z.enum(RETENTION_STATUSES),
      /** Steps overdue or due soon in the residence checklist. */
      overdueSteps: z.number().int(),
      dueSoonSteps: z.number().int(),
      residenceCardExpiresOn: z.string().nullable(),
      warnings: z.array(z.string()),
    }),
  ),
});

export const residencePatch = z
  .object({
    version,
    employmentInsured: z.boolean().optional(),
    coeIssuedOn: ruledDate.nullable().optional(),
    arrivedOn: ruledDate.nullable().optional(),
    employmentStartedOn: ruledDate.nullable().optional(),
    affiliationChangedOn: ruledDate.nullable().optional(),
    residenceCardNumber: z.string().trim().regex(/^[A-Z]{2}\d{8}[A-Z]{2}$/, { message: 'residenceCard.number' }).nullable().optional(),
    residenceCardExpiresOn: ruledDate.nullable().optional(),
  })
  .strict();
export type ResidencePatch = z.infer<typeof residencePatch>;

export const stepInput = z.object({ doneOn: isoDate.nullable(), note: z.string().trim().max(2000).default('') }).strict();
export const stepParams = z.object({ id: z.uuid(), kind: z.enum(RESIDENCE_STEP_KINDS) });

export const retentionPatch = z.object({ version, retention: z.enum(RETENTION_STATUSES), reason: z.enum(RETENTION_REASONS).nullable(), changedOn: isoDate }).strict();

export const checkInInput = z
  .object({ scores: z.record(z.string(), z.number()), stay: z.enum(STAY_ANSWERS).optional(), comment: z.string().trim().max(4000).default(''), language: z.enum(REPORT_LANGUAGES) })
  .strict();
export type CheckInInput = z.infer<typeof checkInInput>;
export const checkInParams = z.object({ id: z.uuid(), month: z.coerce.number().int().refine((m) => [1, 3, 6, 12].includes(m), { message: 'checkIn.month' }) });

// ---- Company readiness (item 7) ------------------------------------------------------------

const readinessItems = z.partialRecord(z.enum(READINESS_ITEMS), z.object({ doneOn: isoDate, note: z.string().trim().max(1000).default('') }).strict());
const trainingModules = z.partialRecord(z.enum(TRAINING_MODULES), z.object({ completedOn: isoDate }).strict());

export const readinessInput = z.object({ version: version.optional(), items: readinessItems, modules: trainingModules }).strict();
export type ReadinessInput = z.infer<typeof readinessInput>;
export const readinessParams = z.object({ id: z.uuid(), companyId: z.uuid() });

export const readinessList = z
  .object({
    items: z.array(
      z.object({
        company: organization,
        items: z.record(z.string(), z.object({ doneOn: z.string(), note: z.string() })),
        modules: z.record(z.string(), z.object({ completedOn: z.string() })),
        progress: z.object({ itemsDone: z.number().int(), itemsTotal: z.number().int(), modulesDone: z.number().int(), modulesTotal: z.number().int(), share: z.number() }),
        /** Null until the company records something. */
        version: z.number().int().nullable(),
      }),
    ),
  })
  .meta({ id: 'CompanyReadiness' });
export type ReadinessList = z.infer<typeof readinessList>;
