// A program's dashboards (issue 9 items 1–3): the funnel counted from the pipeline (or, for a
// year run before Kakehashi, which carries reported figures, taken from the operator's own report), by college and company,
// with the time in each stage; the program beside the operator's other years and its region's
// working-age population; and the regions that publish their aggregates. Aggregates only: no
// query here returns a student's name or id.
import type { PopulationSeries, PopulationSeriesInput, ProgramFunnel, ProgramYears, RegionComparison, ReportSharingInput } from '../../contracts/reports.ts';
import { canOnProgramReports } from '../../domain/access/reports-policy.ts';
import type { Actor } from '../../domain/access/roles.ts';
import type { RequestContext } from '../../domain/audit/audit-event.ts';
import { invalid, notFound, versionConflict } from '../../domain/errors/app-error.ts';
import type { PipelineStatus } from '../../domain/pipeline/pipeline-status.ts';
import { addFunnels, countReached, emptyFunnel, funnelSteps, reportedFunnel, type FunnelCounts, type FunnelSource } from '../../domain/reports/funnel.ts';
import { retainedAt12Months } from '../../domain/reports/retention.ts';
import { stageTimes, type ApplicationHistory } from '../../domain/reports/stage-times.ts';
import { japanDate } from '../../domain/shared/japan-time.ts';
import type { LocalizedText } from '../../domain/shared/localized-text.ts';
import { runAsSystem } from '../db/actor-scope.ts';
import type { Db } from '../db/database.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import type { Executor } from '../repositories/executor.ts';
import { findOrganization, updateOrganization } from '../repositories/organizations.repository.ts';
import { findProgram } from '../repositories/programs.repository.ts';
import {
  applicationHistories,
  companyCounts,
  employmentsOf,
  furthestCounts,
  listPopulation,
  lockOperator,
  organizationNames,
  publishingOperators,
  replacePopulation,
  reportablePrograms,
  type EmploymentRow,
  type FurthestRow,
  type PopulationRow,
  type ReportableProgram,
} from '../repositories/reports.repository.ts';

type Named = { id: string; name: LocalizedText };

export class ReportsService {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
  ) {}

  private today = () => japanDate(this.now());

  async funnel(programId: string): Promise<ProgramFunnel> {
    const program = await findProgram(this.db, programId);
    if (!program) throw notFound('program');
    const asOf = this.today();
    const [furthest, hires] = await Promise.all([furthestCounts(this.db, [programId]), employmentsOf(this.db, [programId])]);
    const header = { program: { id: program.id, name: program.name, fiscalYear: program.fiscalYear, operator: { id: program.operator.id, name: program.operator.name } }, asOf };
    // A year run before Kakehashi is told by its own report, whatever records were added since.
    if (program.reportedFigures) {
      return { ...header, source: 'reported', steps: funnelSteps(reportedFunnel(program.reportedFigures)), byCollege: [], byCompany: [], stageTimes: [] };
    }
    const [companies, histories] = await Promise.all([companyCounts(this.db, programId), applicationHistories(this.db, programId)]);
    const names = await organizationNames(this.db, [...furthest.map((r) => r.collegeId), ...companies.map((c) => c.companyId), ...hires.map((h) => h.companyId)]);
    const named = (id: string): Named => ({ id, name: names.get(id) ?? {} });
    return {
      ...header,
      source: 'recorded',
      steps: funnelSteps(recordedFunnel(furthest, hires, asOf)),
      byCollege: [...groupBy(furthest, (r) => r.collegeId)].map(([collegeId, rows]) => ({ organization: named(collegeId), steps: funnelSteps(countReached(rows, null)) })).sort(byName),
      byCompany: companyFunnels(companies, hires, asOf).map(([companyId, counts]) => ({ organization: named(companyId), counts })).sort(byName),
      stageTimes: stageTimes(historiesOf(histories)),
    };
  }

  /** The program beside the other years of its operator that the actor may read the reports of. */
  async years(actor: Actor, programId: string): Promise<ProgramYears> {
    const program = await findProgram(this.db, programId);
    if (!program) throw notFound('program');
    const readable = (await reportablePrograms(this.db, [program.operator.id])).filter((p) => canReadReports(actor, p));
    const counts = await this.funnels(readable, this.today());
    return {
      operator: { id: program.operator.id, name: program.operator.name },
      years: readable.map((p) => ({ programId: p.id, fiscalYear: p.fiscalYear, name: p.name, source: counts.get(p.id)!.source, counts: counts.get(p.id)!.counts, current: p.id === programId })),
      population: (await listPopulation(this.db, program.operator.id)).map(populationPoint),
    };
  }

  /**
   * The program's operator beside every operator that publishes its aggregates, year by year.
   * Other operators' programs are out of the reader's scope, so their totals are counted as the
   * system; only the published operators' sums per fiscal year leave this method. The program's
   * own operator counts the years the reader may read (a funder: the programs it funds).
   */
  async regions(actor: Actor, programId: string): Promise<RegionComparison> {
    const program = await findProgram(this.db, programId);
    if (!program) throw notFound('program');
    const today = this.today();
    return runAsSystem(async () => {
      const published = await publishingOperators(this.db);
      const operators: (Named & { own: boolean; published: boolean })[] = [
        { id: program.operator.id, name: program.operator.name, own: true, published: published.some((p) => p.id === program.operator.id) },
        ...published.filter((p) => p.id !== program.operator.id).map((p) => ({ ...p, own: false, published: true })),
      ];
      // The policy asks only who operates and funds each program, which the system reads as the reader would.
      const programsOf = (await reportablePrograms(this.db, operators.map((o) => o.id))).filter((p) => p.operatorId !== program.operator.id || canReadReports(actor, p));
      const counts = await this.funnels(programsOf, today);
      return {
        regions: operators.map((operator) => ({
          operator: { id: operator.id, name: operator.name },
          own: operator.own,
          published: operator.published,
          years: [...groupBy(programsOf.filter((p) => p.operatorId === operator.id), (p) => p.fiscalYear)].map(([fiscalYear, ps]) => ({
            fiscalYear,
            counts: addFunnels(ps.map((p) => counts.get(p.id)!.counts)),
          })),
        })),
      };
    });
  }

  async population(operatorId: string): Promise<PopulationSeries> {
    const rows = await listPopulation(this.db, operatorId);
    return { items: rows.map(populationPoint), revision: revisionOf(rows) };
  }

  /** Replaces the operator's series, all or nothing, unless someone changed it since it was read. */
  async replacePopulation(ctx: RequestContext, operatorId: string, input: PopulationSeriesInput): Promise<PopulationSeries> {
    const years = input.items.map((i) => i.year);
    const repeated = years.findIndex((y, i) => years.indexOf(y) !== i);
    if (repeated >= 0) throw invalid([{ field: `items.${repeated}.year`, code: 'population.yearRepeated' }]);
    await this.db.transaction(async (tx) => {
      await lockOperator(tx, operatorId);
      const current = await listPopulation(tx, operatorId);
      if (revisionOf(current) !== input.revision) throw versionConflict('population_series', current.length);
      await replacePopulation(tx, operatorId, input.items.map((i) => ({ year: i.year, workingAge: i.workingAge, forecast: i.forecast, source: i.source })));
      await recordAudit(tx, ctx, { action: 'update', resourceType: 'population_series', resourceId: operatorId, fields: ['items'] });
    });
    return this.population(operatorId);
  }

  /** Whether an operator lets other operators compare with its anonymised aggregates. */
  async setSharing(ctx: RequestContext, operatorId: string, input: ReportSharingInput): Promise<{ publishesAggregates: boolean; version: number }> {
    const organization = await findOrganization(this.db, operatorId);
    if (!organization) throw notFound('organization');
    if (!(await operatesAnyProgram(this.db, operatorId))) throw invalid([{ field: 'publishesAggregates', code: 'reports.notOperator' }]);
    await this.db.transaction(async (tx) => {
      const written = await updateOrganization(tx, operatorId, input.version, { publishesAggregates: input.publishesAggregates });
      if (written === 'missing') throw notFound('organization');
      if (written === 'stale') throw versionConflict('organization', organization.version);
      await recordAudit(tx, ctx, { action: 'update', resourceType: 'organization', resourceId: operatorId, fields: ['publishesAggregates'] });
    });
    const after = (await findOrganization(this.db, operatorId))!;
    return { publishesAggregates: after.publishesAggregates, version: after.version };
  }

  async sharing(operatorId: string): Promise<{ publishesAggregates: boolean; version: number }> {
    const organization = await findOrganization(this.db, operatorId);
    if (!organization) throw notFound('organization');
    return { publishesAggregates: organization.publishesAggregates, version: organization.version };
  }

  /** Each program's funnel: its own report's for a year run before Kakehashi, else counted from the records. */
  private async funnels(programs: ReportableProgram[], asOf: string): Promise<Map<string, { source: FunnelSource; counts: FunnelCounts }>> {
    const ids = programs.map((p) => p.id);
    const [furthest, hires] = await Promise.all([furthestCounts(this.db, ids), employmentsOf(this.db, ids)]);
    const furthestBy = groupBy(furthest, (r) => r.programId);
    const hiresBy = groupBy(hires, (h) => h.programId);
    return new Map(
      programs.map((p): [string, { source: FunnelSource; counts: FunnelCounts }] => {
        if (p.reportedFigures) return [p.id, { source: 'reported', counts: reportedFunnel(p.reportedFigures) }];
        return [p.id, { source: 'recorded', counts: recordedFunnel(furthestBy.get(p.id) ?? [], hiresBy.get(p.id) ?? [], asOf) }];
      }),
    );
  }
}

function recordedFunnel(furthest: FurthestRow[], hires: EmploymentRow[], asOf: string): FunnelCounts {
  return countReached(furthest, retainedAt12Months(hires, asOf)?.retained ?? null);
}

function companyFunnels(rows: { companyId: string; stage: 'interviewees' | 'interns' | 'offers' | 'hires'; students: number }[], hires: EmploymentRow[], asOf: string): [string, FunnelCounts][] {
  const byCompany = new Map<string, FunnelCounts>();
  const of = (id: string) => byCompany.get(id) ?? byCompany.set(id, { ...emptyFunnel(), interviewees: 0, interns: 0, offers: 0, hires: 0 }).get(id)!;
  for (const row of rows) of(row.companyId)[row.stage] = row.students;
  for (const [companyId, its] of groupBy(hires, (h) => h.companyId)) of(companyId).retained12Months = retainedAt12Months(its, asOf)?.retained ?? null;
  return [...byCompany];
}

function historiesOf({ applications, moves }: Awaited<ReturnType<typeof applicationHistories>>): ApplicationHistory[] {
  const movesBy = groupBy(moves, (m) => m.applicationId);
  return applications.map((a) => ({ appliedAt: a.createdAt, firstMoves: new Map<PipelineStatus, Date>((movesBy.get(a.id) ?? []).map((m) => [m.status, m.at])) }));
}

const canReadReports = (actor: Actor, p: ReportableProgram) =>
  canOnProgramReports(actor, 'read', { type: 'programReports', program: { type: 'program', operatorIds: p.operatorIds, participantIds: [] }, funderIds: p.funderIds });

const populationPoint = (r: PopulationRow) => ({ year: r.year, workingAge: r.workingAge, forecast: r.forecast, source: r.source });

/** A digest of the series as stored: it changes whenever a row is added, removed or changed. */
const revisionOf = (rows: PopulationRow[]) => `${rows.length}:${rows.reduce((latest, r) => Math.max(latest, r.updatedAt.getTime()), 0)}`;

const byName = (a: { organization: Named }, b: { organization: Named }) => (a.organization.name.ja ?? a.organization.name.en ?? '').localeCompare(b.organization.name.ja ?? b.organization.name.en ?? '', 'ja');

function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

async function operatesAnyProgram(db: Executor, organizationId: string): Promise<boolean> {
  const mine = await reportablePrograms(db, [organizationId]);
  return mine.length > 0;
}
