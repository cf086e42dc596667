// A program's reports (issue 9): the funnel with its rates by college and company, the time in
// each stage, the program beside the operator's other years and its region's working-age
// population, and operators' published aggregates side by side. Aggregates only: no student is
// named in any of them.
import { z } from 'zod';
import { FUNNEL_STAGES } from '../domain/reports/funnel.ts';
import { LANGUAGES } from '../domain/shared/localized-text.ts';
import { isoDate, localizedTextOut, version } from './common.ts';

const stage = z.enum(FUNNEL_STAGES);
const count = z.number().int().nonnegative().nullable();
export const funnelCounts = z.object(Object.fromEntries(FUNNEL_STAGES.map((s) => [s, count])) as Record<(typeof FUNNEL_STAGES)[number], typeof count>);
export type FunnelCountsView = z.infer<typeof funnelCounts>;

export const funnelStep = z.object({ stage, count, conversion: z.number().min(0).nullable() });
const organizationRef = z.object({ id: z.uuid(), name: localizedTextOut });
const source = z.enum(['reported', 'recorded']).describe('reported: the operator\'s own report of a year run before Kakehashi; recorded: counted from the pipeline');

export const programFunnel = z.object({
  program: z.object({ id: z.uuid(), name: localizedTextOut, fiscalYear: z.number().int(), operator: organizationRef }),
  source,
  /** The day the figures are counted on (retention depends on it). */
  asOf: isoDate,
  steps: z.array(funnelStep),
  byCollege: z.array(z.object({ organization: organizationRef, steps: z.array(funnelStep) })),
  byCompany: z.array(z.object({ organization: organizationRef, counts: funnelCounts })),
  stageTimes: z.array(z.object({ stage, nextStage: stage, medianDays: z.number().nonnegative().nullable(), students: z.number().int().nonnegative() })),
});
export type ProgramFunnel = z.infer<typeof programFunnel>;

export const populationPoint = z.object({
  year: z.number().int().min(1900).max(2200),
  workingAge: z.number().int().nonnegative().max(100_000_000),
  forecast: z.boolean(),
  source: z.string().trim().max(200),
});
export type PopulationPoint = z.infer<typeof populationPoint>;

export const programYears = z.object({
  operator: organizationRef,
  years: z.array(z.object({ programId: z.uuid(), fiscalYear: z.number().int(), name: localizedTextOut, source, counts: funnelCounts, current: z.boolean() })),
  population: z.array(populationPoint),
});
export type ProgramYears = z.infer<typeof programYears>;

export const regionComparison = z.object({
  regions: z.array(
    z.object({
      operator: organizationRef,
      own: z.boolean(),
      published: z.boolean(),
      years: z.array(z.object({ fiscalYear: z.number().int(), counts: funnelCounts })),
    }),
  ),
});
export type RegionComparison = z.infer<typeof regionComparison>;

export const populationSeries = z.object({
  items: z.array(populationPoint),
  /** Changes when anyone changes the series: a replacement must name the one it was made from. */
  revision: z.string(),
});
export type PopulationSeries = z.infer<typeof populationSeries>;

export const populationSeriesInput = z.object({
  items: z.array(populationPoint).max(300),
  revision: z.string().max(100),
});
export type PopulationSeriesInput = z.infer<typeof populationSeriesInput>;

export const reportSharingInput = z.object({ publishesAggregates: z.boolean(), version });
export type ReportSharingInput = z.infer<typeof reportSharingInput>;
export const reportSharing = z.object({ publishesAggregates: z.boolean(), version: z.number().int() });

export const REPORT_TABLES = ['stages', 'colleges', 'companies', 'stageTimes', 'years'] as const;
export const reportExportQuery = z.object({
  format: z.enum(['csv', 'xlsx']),
  /** CSV holds one table; XLSX holds them all, one per sheet. */
  table: z.enum(REPORT_TABLES).default('stages'),
  /** The language of the headers; by default the browser's (a link cannot send the app's choice otherwise). */
  language: z.enum(LANGUAGES).optional(),
});
export type ReportExportQuery = z.infer<typeof reportExportQuery>;
