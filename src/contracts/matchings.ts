// Intern selection (issue 6): a program's matching rounds, the rank-order lists of students and
// companies, the matching's preview, run, changes by hand, publication and freeze, and each
// person's result with its explanation.
import { z } from 'zod';
import { BROKEN_PROPERTY, ROUND_STATUSES } from '../domain/matching/matching-round.ts';
import { localizedText, localizedTextOut, version } from './common.ts';

const instant = z.iso.datetime({ offset: true });
const seats = z.number().int().min(0).max(1000);
const totalCap = z.number().int().min(0).max(100_000).nullable();
const targets = z.record(z.uuid(), z.number().int().min(0).max(1000));

export const roundInput = z
  .object({
    title: localizedText,
    listsDeadline: instant,
    totalCap: totalCap.default(null),
    requireInterviewed: z.boolean().default(true),
    /** Absent: every host company of the program with 2 seats; with `previousRoundId`, the seats it left. */
    companies: z.array(z.object({ organizationId: z.uuid(), seats }).strict()).max(500).optional(),
    /** A second round: its unmatched students and unfilled seats; the round must be frozen. */
    previousRoundId: z.uuid().optional(),
  })
  .strict();
export type RoundInput = z.infer<typeof roundInput>;

export const roundPatch = z
  .object({
    version,
    title: localizedText.optional(),
    listsDeadline: instant.optional(),
    totalCap: totalCap.optional(),
    capOrder: z.array(z.uuid()).max(500).optional(),
    capTargets: targets.optional(),
    requireInterviewed: z.boolean().optional(),
    interimDemandPublished: z.boolean().optional(),
    companies: z.array(z.object({ organizationId: z.uuid(), seats }).strict()).max(500).optional(),
  })
  .strict();
export type RoundPatch = z.infer<typeof roundPatch>;

export const ROUND_VIEWERS = ['operator', 'company', 'college', 'student'] as const;

const studentName = z.object({ nameLatin: z.string(), nameCyrillic: z.string(), nameKatakana: z.string() });

export const roundView = z
  .object({
    id: z.uuid(),
    programId: z.uuid(),
    ordinal: z.number().int(),
    title: localizedTextOut,
    listsDeadline: z.string(),
    totalCap: z.number().int().nullable(),
    capOrder: z.array(z.uuid()),
    capTargets: z.record(z.string(), z.number().int()),
    requireInterviewed: z.boolean(),
    interimDemandPublished: z.boolean(),
    status: z.enum(ROUND_STATUSES),
    lastRun: z.object({ ranAt: z.string(), matched: z.number().int(), unmatched: z.number().int(), capReached: z.boolean(), violations: z.number().int() }).nullable(),
    publishedAt: z.string().nullable(),
    frozenAt: z.string().nullable(),
    companies: z.array(z.object({ organizationId: z.uuid(), name: localizedTextOut, seats: z.number().int() })),
    viewer: z.enum(ROUND_VIEWERS),
    /** How many students ranked each company first: the operators always, the others once published. */
    interimDemand: z.record(z.string(), z.number().int()).nullable(),
    /** For the operators: how many lists are in. */
    listsIn: z.object({ students: z.number().int(), studentsInMarket: z.number().int(), companies: z.number().int() }).nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'MatchingRound' });
export type RoundView = z.infer<typeof roundView>;
export const roundList = z.object({ items: z.array(roundView) });
export type RoundList = z.infer<typeof roundList>;

export const rankListsView = z.object({
  /** Students' lists: the operators see all, a coordinator their college's, a student their own. */
  students: z.array(z.object({ applicationId: z.uuid(), student: studentName, ranking: z.array(z.uuid()), version: z.number().int().nullable() })),
  /** Companies' lists, each with the students it may rank: the operators see all, a company its own. */
  companies: z.array(
    z.object({
      organizationId: z.uuid(),
      name: localizedTextOut,
      ranking: z.array(z.uuid()),
      version: z.number().int().nullable(),
      candidates: z.array(z.object({ applicationId: z.uuid(), student: studentName, interviewed: z.boolean() })),
    }),
  ),
});
export type RankListsView = z.infer<typeof rankListsView>;

export const rankListInput = z
  .object({
    owner: z.discriminatedUnion('kind', [z.object({ kind: z.literal('student'), applicationId: z.uuid() }).strict(), z.object({ kind: z.literal('company'), organizationId: z.uuid() }).strict()]),
    ranking: z.array(z.uuid()).max(1000),
    /** The list's version when it was read; null for a first list. */
    version: z.number().int().min(1).nullable(),
  })
  .strict();
export type RankListInput = z.infer<typeof rankListInput>;

export const HIGHER_CHOICE_REASONS = ['companyDidNotRankYou', 'filledWithHigherRanked', 'programCapReached', 'manualOverride'] as const;
export const BROKEN_PROPERTIES = [...new Set(Object.values(BROKEN_PROPERTY))] as [string, ...string[]];

export const matchingOutcome = z
  .object({
    students: z.array(
      z.object({
        applicationId: z.uuid(),
        student: studentName,
        organizationId: z.uuid().nullable(),
        /** 1 = the student's first choice; null when unmatched. */
        choice: z.number().int().nullable(),
        notHigher: z.array(z.object({ organizationId: z.uuid(), reason: z.enum(HIGHER_CHOICE_REASONS) })),
        overrideReason: z.string().nullable(),
      }),
    ),
    companies: z.array(
      z.object({
        organizationId: z.uuid(),
        name: localizedTextOut,
        seats: z.number().int(),
        filled: z.number().int(),
        /** The company's rank of the last student it took (1 = its first), or null. */
        cutoffRank: z.number().int().nullable(),
        unfilledReason: z.enum(['noMoreApplicants', 'programCapReached', 'manualOverride']).nullable(),
      }),
    ),
    matched: z.number().int(),
    totalCap: z.number().int().nullable(),
    /** What the result breaks, by property, with the students concerned: empty for the algorithm's own result. */
    broken: z.array(z.object({ property: z.enum(BROKEN_PROPERTIES), applicationId: z.uuid().nullable(), organizationId: z.uuid().nullable() })),
    /** Saved (after a run) or only previewed. */
    saved: z.boolean(),
  })
  .meta({ id: 'MatchingOutcome' });
export type MatchingOutcome = z.infer<typeof matchingOutcome>;

export const roundVersionInput = z.object({ version }).strict();
export const overrideInput = z
  .object({
    version,
    applicationId: z.uuid(),
    /** null takes the student out of the result. */
    organizationId: z.uuid().nullable(),
    reason: z.string().trim().min(3).max(500),
  })
  .strict();
export type OverrideInput = z.infer<typeof overrideInput>;
