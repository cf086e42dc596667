import type { Cohort, Phase, ProgramDetail, ProgramSummary } from '../../contracts/programs.ts';
import type { CohortRow, ParticipationRow, PhaseRow, ProgramRow } from '../repositories/programs.repository.ts';
import { iso } from './organization.presenter.ts';

const stamps = (row: { version: number; createdAt: Date; updatedAt: Date }) => ({
  version: row.version,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export function presentProgramSummary(row: ProgramRow): ProgramSummary {
  return {
    id: row.id,
    operator: row.operator,
    fiscalYear: row.fiscalYear,
    name: row.name,
    summary: row.summary,
    internCapPerCompany: row.internCapPerCompany,
    plannedInterns: row.plannedInterns,
    reportedFigures: (row.reportedFigures as Record<string, number> | null) ?? null,
    startDate: row.startDate,
    endDate: row.endDate,
    hostCompanyCount: row.hostCompanyCount,
    archivedAt: iso(row.archivedAt),
    ...stamps(row),
  };
}

export function presentCohort(row: CohortRow): Cohort {
  return { id: row.id, ordinal: row.ordinal, name: row.name, plannedInterns: row.plannedInterns, ...stamps(row) };
}

export function presentPhase(row: PhaseRow): Phase {
  return {
    id: row.id,
    kind: row.kind,
    cohortId: row.cohortId,
    label: row.label,
    startDate: row.startDate,
    endDate: row.endDate,
    location: row.location,
    note: row.note,
    ...stamps(row),
  };
}

export function presentProgramDetail(row: ProgramRow, cohorts: CohortRow[], phases: PhaseRow[], participations: ParticipationRow[]): ProgramDetail {
  return {
    ...presentProgramSummary(row),
    cohorts: cohorts.map(presentCohort),
    phases: phases.map(presentPhase),
    participations,
  };
}
