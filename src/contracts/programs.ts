import { z } from 'zod';
import { PHASE_KINDS } from '../domain/programs/phase.ts';
import { REPORTED_FIGURE_KEYS } from '../domain/programs/program.ts';
import {
  booleanQuery,
  isoDate,
  localizedText,
  localizedTextOut,
  optionalLocalizedText,
  pageOf,
  pageQuery,
  timestamps,
  version,
} from './common.ts';
import { organizationKind, participationRole } from './organizations.ts';

export const phaseKind = z.enum(PHASE_KINDS);

const count = z.number().int().min(0).max(1_000_000);
export const reportedFigures = z
  .object(Object.fromEntries(REPORTED_FIGURE_KEYS.map((k) => [k, count.optional()])) as Record<(typeof REPORTED_FIGURE_KEYS)[number], z.ZodOptional<typeof count>>)
  .strict();

export const programInput = z.object({
  operatorId: z.uuid(),
  fiscalYear: z.number().int().min(2000).max(2100),
  name: localizedText,
  summary: optionalLocalizedText.optional(),
  internCapPerCompany: count.nullable().optional(),
  plannedInterns: count.nullable().optional(),
  reportedFigures: reportedFigures.nullable().optional(),
});
export type ProgramInput = z.infer<typeof programInput>;

export const programPatch = programInput.omit({ operatorId: true }).partial().extend({ version });
export type ProgramPatch = z.infer<typeof programPatch>;

const organizationRef = z.object({ id: z.uuid(), name: localizedTextOut, kind: organizationKind });

export const programSummary = z
  .object({
    id: z.uuid(),
    operator: organizationRef,
    fiscalYear: z.number().int(),
    name: localizedTextOut,
    summary: localizedTextOut.nullable(),
    internCapPerCompany: z.number().int().nullable(),
    plannedInterns: z.number().int().nullable(),
    reportedFigures: z.record(z.string(), z.number()).nullable(),
    startDate: z.string().nullable(),
    endDate: z.string().nullable(),
    hostCompanyCount: z.number().int(),
    archivedAt: z.iso.datetime().nullable(),
    ...timestamps,
  })
  .meta({ id: 'ProgramSummary' });
export type ProgramSummary = z.infer<typeof programSummary>;

export const cohortInput = z.object({
  ordinal: z.number().int().min(1).max(100),
  name: localizedText,
  plannedInterns: count.nullable().optional(),
});
export const cohortPatch = cohortInput.partial().extend({ version });
export const cohort = z
  .object({ id: z.uuid(), ordinal: z.number().int(), name: localizedTextOut, plannedInterns: z.number().int().nullable(), ...timestamps })
  .meta({ id: 'Cohort' });
export type Cohort = z.infer<typeof cohort>;

export const phaseInput = z.object({
  kind: phaseKind,
  cohortId: z.uuid().nullable().optional(),
  label: optionalLocalizedText.optional(),
  startDate: isoDate,
  endDate: isoDate,
  location: z.string().trim().max(200).transform((v) => (v === '' ? null : v)).nullable().optional(),
  note: optionalLocalizedText.optional(),
});
export type PhaseInput = z.infer<typeof phaseInput>;
export const phasePatch = phaseInput.partial().extend({ version });
export type PhasePatch = z.infer<typeof phasePatch>;
export const phase = z
  .object({
    id: z.uuid(),
    kind: phaseKind,
    cohortId: z.uuid().nullable(),
    label: localizedTextOut.nullable(),
    startDate: z.string(),
    endDate: z.string(),
    location: z.string().nullable(),
    note: localizedTextOut.nullable(),
    ...timestamps,
  })
  .meta({ id: 'Phase' });
export type Phase = z.infer<typeof phase>;

export const participationInput = z.object({ organizationId: z.uuid(), role: participationRole });
export const participation = z
  .object({ id: z.uuid(), role: participationRole, organization: organizationRef })
  .meta({ id: 'Participation' });
export type Participation = z.infer<typeof participation>;

export const programDetail = programSummary
  .extend({ cohorts: z.array(cohort), phases: z.array(phase), participations: z.array(participation) })
  .meta({ id: 'ProgramDetail' });
export type ProgramDetail = z.infer<typeof programDetail>;

export const programListQuery = z.object({
  ...pageQuery,
  operatorId: z.uuid().optional(),
  fiscalYear: z.coerce.number().int().min(2000).max(2100).optional(),
  q: z.string().trim().max(100).optional(),
  archived: booleanQuery.default(false),
});
export type ProgramListQuery = z.infer<typeof programListQuery>;

export const programPage = pageOf(programSummary);
export type ProgramPage = z.infer<typeof programPage>;

export const childParams = z.object({ id: z.uuid(), childId: z.uuid() });
export const versionQuery = z.object({ version: z.coerce.number().int().min(1) });
