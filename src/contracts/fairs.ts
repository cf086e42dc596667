// The interview fair (issue 5): its set-up (days, slots, companies and rooms, interpreters, who
// cannot come when), the interviews from request to placement, the scheduler's runs, manual
// moves, publication and the companies' evaluations.
import { z } from 'zod';
import { FAIR_STATUSES, INTERVIEW_STATUSES, RECOMMENDATIONS, REQUESTERS, SCORE_MAX, SCORE_MIN } from '../domain/fairs/fair-rules.ts';
import { UNSCHEDULED_REASONS } from '../domain/scheduling/fair-schedule.ts';
import { isoDate, localizedText, localizedTextOut, timestamps, version } from './common.ts';

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'time.invalid' }).meta({ example: '09:00' });
const timeZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, { message: 'timeZone.invalid' });
const cap = z.number().int().min(1).max(100).nullable();

export const fairDay = z.object({ date: isoDate, start: clock, end: clock, breaks: z.array(z.object({ start: clock, end: clock }).strict()).max(10).default([]) }).strict();

export const rubricCriterion = z.object({ id: z.string().regex(/^[a-z][a-zA-Z0-9_-]{0,39}$/), label: localizedText, weight: z.number().int().min(1).max(10) }).strict();

export const fairInput = z
  .object({
    title: localizedText,
    venue: z.string().trim().max(200).nullable().default(null),
    timeZone: timeZone.default('Asia/Ulaanbaatar'),
    slotMinutes: z.number().int().min(5).max(240).default(20),
    days: z.array(fairDay).min(1).max(14),
    maxInterviewsPerStudent: cap.default(null),
    maxInterviewsPerCompany: cap.default(null),
    rubric: z.array(rubricCriterion).min(1).max(10).optional(),
  })
  .strict();
export type FairInput = z.infer<typeof fairInput>;

export const fairPatch = z
  .object({
    version,
    title: localizedText.optional(),
    venue: z.string().trim().max(200).nullable().optional(),
    timeZone: timeZone.optional(),
    slotMinutes: z.number().int().min(5).max(240).optional(),
    days: z.array(fairDay).min(1).max(14).optional(),
    maxInterviewsPerStudent: cap.optional(),
    maxInterviewsPerCompany: cap.optional(),
    rubric: z.array(rubricCriterion).min(1).max(10).optional(),
  })
  .strict();
export type FairPatch = z.infer<typeof fairPatch>;

export const fairCompaniesInput = z
  .object({
    version,
    companies: z.array(z.object({ organizationId: z.uuid(), rooms: z.number().int().min(1).max(50).default(1), roomNames: z.array(z.string().trim().max(60)).max(50).default([]), online: z.boolean().default(false) }).strict()).max(200),
  })
  .strict();
export type FairCompaniesInput = z.infer<typeof fairCompaniesInput>;

export const fairInterpretersInput = z
  .object({ version, interpreters: z.array(z.object({ id: z.uuid().optional(), name: z.string().trim().min(1).max(100), email: z.email().max(200).nullable().default(null) }).strict()).max(50) })
  .strict();
export type FairInterpretersInput = z.infer<typeof fairInterpretersInput>;

export const PARTY_KINDS = ['company', 'student', 'interpreter'] as const;
export const unavailabilityInput = z.object({ party: z.object({ kind: z.enum(PARTY_KINDS), id: z.uuid() }).strict(), slotIds: z.array(z.uuid()).max(400) }).strict();
export type UnavailabilityInput = z.infer<typeof unavailabilityInput>;

export const fairSlotView = z.object({
  id: z.uuid(),
  position: z.number().int(),
  day: z.number().int(),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  /** Interpreters free in the slot. */
  interpreters: z.number().int(),
});

export const fairCompanyView = z.object({ organizationId: z.uuid(), name: localizedTextOut, rooms: z.number().int(), roomNames: z.array(z.string()), online: z.boolean() });
export const fairInterpreterView = z.object({ id: z.uuid(), name: z.string(), email: z.string().nullable() });
export const runSummary = z.object({
  ranAt: z.iso.datetime(),
  makespan: z.number().int(),
  lowerBound: z.number().int(),
  idleGaps: z.number().int(),
  optimality: z.enum(['proved', 'bestFound']),
  scheduled: z.number().int(),
  unscheduled: z.number().int(),
});

export const FAIR_VIEWERS = ['operator', 'company', 'college', 'student'] as const;

export const fairView = z
  .object({
    id: z.uuid(),
    programId: z.uuid(),
    title: localizedTextOut,
    venue: z.string().nullable(),
    timeZone: z.string(),
    slotMinutes: z.number().int(),
    days: z.array(z.object({ date: z.string(), start: z.string(), end: z.string(), breaks: z.array(z.object({ start: z.string(), end: z.string() })) })),
    maxInterviewsPerStudent: z.number().int().nullable(),
    maxInterviewsPerCompany: z.number().int().nullable(),
    rubric: z.array(z.object({ id: z.string(), label: localizedTextOut, weight: z.number().int() })),
    status: z.enum(FAIR_STATUSES),
    publishedAt: z.iso.datetime().nullable(),
    scheduleRevision: z.number().int(),
    lastRun: runSummary.nullable(),
    slots: z.array(fairSlotView),
    companies: z.array(fairCompanyView),
    interpreters: z.array(fairInterpreterView),
    /** Unavailable slot ids per party the viewer may see (by organization, application or interpreter id). */
    unavailable: z.object({ company: z.record(z.string(), z.array(z.uuid())), student: z.record(z.string(), z.array(z.uuid())), interpreter: z.record(z.string(), z.array(z.uuid())) }),
    viewer: z.enum(FAIR_VIEWERS),
    ...timestamps,
  })
  .meta({ id: 'InterviewFair' });
export type FairView = z.infer<typeof fairView>;

export const fairList = z.object({ items: z.array(fairView.pick({ id: true, programId: true, title: true, venue: true, status: true, days: true, publishedAt: true, scheduleRevision: true, version: true })) });
export type FairList = z.infer<typeof fairList>;

export const evaluationView = z.object({
  scores: z.record(z.string(), z.number().int()),
  notes: z.string(),
  recommendation: z.enum(RECOMMENDATIONS),
  weightedScore: z.number().nullable(),
  evaluatedAt: z.iso.datetime(),
  version: z.number().int(),
});

export const interviewView = z
  .object({
    id: z.uuid(),
    fairId: z.uuid(),
    applicationId: z.uuid(),
    student: z.object({ nameLatin: z.string(), nameCyrillic: z.string(), nameKatakana: z.string(), collegeId: z.uuid(), collegeName: localizedTextOut }),
    organizationId: z.uuid(),
    companyName: localizedTextOut,
    status: z.enum(INTERVIEW_STATUSES),
    requestedBy: z.enum(REQUESTERS),
    needsInterpreter: z.boolean(),
    slotId: z.uuid().nullable(),
    room: z.number().int().nullable(),
    interpreterId: z.uuid().nullable(),
    pinned: z.boolean(),
    unscheduledReason: z.enum(UNSCHEDULED_REASONS).nullable(),
    /** The company's evaluation: shown to the operators and the company only. */
    evaluation: evaluationView.nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'FairInterview' });
export type InterviewView = z.infer<typeof interviewView>;
export const interviewList = z.object({ items: z.array(interviewView) });
export type InterviewList = z.infer<typeof interviewList>;

export const interviewRequestInput = z.object({ applicationId: z.uuid(), organizationId: z.uuid(), needsInterpreter: z.boolean().default(false) }).strict();
export type InterviewRequestInput = z.infer<typeof interviewRequestInput>;

export const decisionsInput = z.object({ items: z.array(z.object({ id: z.uuid(), version, status: z.enum(['approved', 'declined']) }).strict()).min(1).max(5_000) }).strict();
export type DecisionsInput = z.infer<typeof decisionsInput>;

export const interviewPatch = z.object({ version, needsInterpreter: z.boolean().optional(), pinned: z.boolean().optional() }).strict();
export type InterviewPatch = z.infer<typeof interviewPatch>;

export const moveInput = z.object({ version, slotId: z.uuid(), room: z.number().int().min(0).max(49), pin: z.boolean().default(true) }).strict();
export type MoveInput = z.infer<typeof moveInput>;

export const fairVersionInput = z.object({ version }).strict();

export const evaluationInput = z
  .object({
    version: z.number().int().min(1).nullable(),
    scores: z.record(z.string(), z.number().int().min(SCORE_MIN).max(SCORE_MAX)),
    notes: z.string().trim().max(4_000).default(''),
    recommendation: z.enum(RECOMMENDATIONS),
  })
  .strict();
export type EvaluationInput = z.infer<typeof evaluationInput>;

export const calendarQuery = z
  .object({ company: z.uuid().optional(), application: z.uuid().optional(), interpreter: z.uuid().optional(), lang: z.enum(['ja', 'mn', 'en']).optional() })
  .strict()
  .refine((q) => [q.company, q.application, q.interpreter].filter(Boolean).length === 1, { message: 'calendar.onePerson' });
