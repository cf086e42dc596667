// The call for host companies (issue 4 item 1): one call per program, opened by its operators;
// companies apply until the deadline; the operator scores against a rubric and decides.
import { z } from 'zod';
import { HOST_CALL_STATUSES, HOST_DECISIONS, MAX_CRITERIA, MAX_QUESTIONS, MAX_SCORE } from '../domain/host-calls/host-call.ts';
import { localizedText, localizedTextOut, version } from './common.ts';

const key = z.string().trim().regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, { message: 'hostCall.keyInvalid' });
const uniqueIds = <T extends { id: string }>(items: T[]) => new Set(items.map((i) => i.id)).size === items.length;

export const callQuestion = z.object({ id: key, text: localizedText }).strict();
export const rubricCriterion = z.object({ id: key, label: localizedText, weight: z.number().int().min(1).max(100) }).strict();
const questions = z.array(callQuestion).max(MAX_QUESTIONS).refine(uniqueIds, { message: 'hostCall.duplicateId' });
const rubric = z.array(rubricCriterion).max(MAX_CRITERIA).refine(uniqueIds, { message: 'hostCall.duplicateId' });
const deadline = z.iso.datetime({ offset: true });
const internCap = z.number().int().min(0).max(100);

export const hostCallInput = z
  .object({
    deadline,
    /** Defaults to the program's internCapPerCompany. */
    internCapPerCompany: internCap.nullable().optional(),
    questions: questions.default([]),
    rubric: rubric.default([]),
    status: z.enum(HOST_CALL_STATUSES).default('draft'),
  })
  .strict();
export type HostCallInput = z.infer<typeof hostCallInput>;

export const hostCallPatch = z
  .object({ version, deadline: deadline.optional(), internCapPerCompany: internCap.nullable().optional(), questions: questions.optional(), rubric: rubric.optional(), status: z.enum(HOST_CALL_STATUSES).optional() })
  .strict();
export type HostCallPatch = z.infer<typeof hostCallPatch>;

export const hostCallView = z
  .object({
    id: z.uuid(),
    programId: z.uuid(),
    operatorId: z.uuid(),
    /** Who is calling: shown to companies that may not read the program itself yet. */
    operatorName: localizedTextOut,
    deadline: z.iso.datetime(),
    internCapPerCompany: z.number().int().nullable(),
    questions: z.array(z.object({ id: z.string(), text: localizedTextOut })),
    rubric: z.array(z.object({ id: z.string(), label: localizedTextOut, weight: z.number().int() })),
    status: z.enum(HOST_CALL_STATUSES),
    version: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'HostCall' });
export type HostCallView = z.infer<typeof hostCallView>;
export const hostCallList = z.object({ items: z.array(hostCallView) });

const text = z.string().trim().min(1).max(200);
const fields = {
  industry: text,
  employeeCount: z.number().int().min(1).max(1_000_000),
  city: text,
  positions: z.array(text).min(1).max(20),
  skills: z.array(z.string().trim().min(1).max(100)).max(50),
  interviewerNames: z.array(text).max(20),
  interviewerCount: z.number().int().min(1).max(50),
  canHostInInternshipPeriod: z.boolean(),
  wantsToHire: z.boolean(),
  /** Question id → answer. */
  answers: z.record(key, z.string().trim().max(4000)),
};

export const hostApplicationInput = z
  .object({ /** The applying company: one of the caller's host-company organizations. */ companyId: z.uuid(), ...fields, skills: fields.skills.default([]), interviewerNames: fields.interviewerNames.default([]), answers: fields.answers.default({}) })
  .strict();
export type HostApplicationInput = z.infer<typeof hostApplicationInput>;

export const hostApplicationPatch = z
  .object({
    version,
    industry: fields.industry.optional(),
    employeeCount: fields.employeeCount.optional(),
    city: fields.city.optional(),
    positions: fields.positions.optional(),
    skills: fields.skills.optional(),
    interviewerNames: fields.interviewerNames.optional(),
    interviewerCount: fields.interviewerCount.optional(),
    canHostInInternshipPeriod: fields.canHostInInternshipPeriod.optional(),
    wantsToHire: fields.wantsToHire.optional(),
    answers: fields.answers.optional(),
  })
  .strict();
export type HostApplicationPatch = z.infer<typeof hostApplicationPatch>;

export const hostScoresInput = z.object({ version, scores: z.record(key, z.number().int().min(0).max(MAX_SCORE)) }).strict();
export type HostScoresInput = z.infer<typeof hostScoresInput>;

export const hostDecisionInput = z.object({ version, decision: z.enum(['accepted', 'declined']), reason: z.string().trim().min(1).max(1000) }).strict();
export type HostDecisionInput = z.infer<typeof hostDecisionInput>;

export const hostApplicationView = z
  .object({
    id: z.uuid(),
    callId: z.uuid(),
    programId: z.uuid(),
    companyId: z.uuid(),
    companyName: localizedTextOut,
    industry: z.string(),
    employeeCount: z.number().int(),
    city: z.string(),
    positions: z.array(z.string()),
    skills: z.array(z.string()),
    interviewerNames: z.array(z.string()),
    interviewerCount: z.number().int(),
    canHostInInternshipPeriod: z.boolean(),
    wantsToHire: z.boolean(),
    answers: z.record(z.string(), z.string()),
    /** The operator's scores, criterion id → 0–5, and their weighted mean; shown to the operator only. */
    scores: z.record(z.string(), z.number().int()).nullable(),
    weightedScore: z.number().nullable(),
    decision: z.enum(HOST_DECISIONS),
    decisionReason: z.string().nullable(),
    decidedAt: z.iso.datetime().nullable(),
    version: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'HostApplication' });
export type HostApplicationView = z.infer<typeof hostApplicationView>;
export const hostApplicationList = z.object({ items: z.array(hostApplicationView) });
