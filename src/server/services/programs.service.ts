import { programScope } from '../../domain/access/policy.ts';
import type { ProgramDetail, ProgramInput, ProgramListQuery, ProgramPage, ProgramPatch } from '../../contracts/programs.ts';
import { changedFields, type RequestContext } from '../../domain/audit/audit-event.ts';
import { duplicate, invalid, notFound } from '../../domain/errors/app-error.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import { phasesOutsideFiscalYear } from '../../domain/programs/program-rules.ts';
import type { Db } from '../db/database.ts';
import { findOrganization } from '../repositories/organizations.repository.ts';
import { isUniqueViolation } from '../repositories/pg-errors.ts';
import {
  findProgram,
  insertParticipation,
  insertProgram,
  listCohorts,
  listParticipations,
  listPhases,
  listPrograms,
  lockProgram,
  programVersion,
  updateProgram,
} from '../repositories/programs.repository.ts';
import { presentProgramDetail, presentProgramSummary } from '../presenters/program.presenter.ts';
import type { Executor } from '../repositories/executor.ts';
import { expectUpdated } from './versioned-result.ts';

const DUPLICATE_FISCAL_YEAR = 'programs_operator_fiscal_year_unique';

export class ProgramsService {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
  ) {}

  async list(ctx: RequestContext, query: ProgramListQuery): Promise<ProgramPage> {
    const scope = ctx.actor ? programScope(ctx.actor) : { operatorIds: [], participantIds: [] };
    const { rows, total } = await listPrograms(this.db, scope, query);
    return { items: rows.map(presentProgramSummary), total, page: query.page, pageSize: query.pageSize };
  }

  async get(id: string, db: Executor = this.db): Promise<ProgramDetail> {
    const row = await findProgram(db, id);
    if (!row) throw notFound('program');
    const [cohorts, phases, participations] = await Promise.all([listCohorts(db, id), listPhases(db, id), listParticipations(db, id)]);
    return presentProgramDetail(row, cohorts, phases, participations);
  }

  /** Creates the program and records its operator as a participant, in one transaction. */
  async create(ctx: RequestContext, input: ProgramInput): Promise<ProgramDetail> {
    const operator = await findOrganization(this.db, input.operatorId);
    if (!operator || operator.archivedAt) throw invalid([{ field: 'operatorId', code: 'reference.notFound' }]);
    try {
      const id = await this.db.transaction(async (tx) => {
        const programId = await insertProgram(tx, {
          operatorId: input.operatorId,
          fiscalYear: input.fiscalYear,
          name: input.name,
          summary: input.summary ?? null,
          internCapPerCompany: input.internCapPerCompany ?? null,
          plannedInterns: input.plannedInterns ?? null,
          reportedFigures: input.reportedFigures ?? null,
        });
        await insertParticipation(tx, { programId, organizationId: input.operatorId, role: 'operator' });
        await recordAudit(tx, ctx, { action: 'create', resourceType: 'program', resourceId: programId });
        return programId;
      });
      return this.get(id);
    } catch (error) {
      throw this.translateDuplicate(error, input.fiscalYear);
    }
  }

  async update(ctx: RequestContext, id: string, patch: ProgramPatch): Promise<ProgramDetail> {
    const { version, ...changes } = patch;
    try {
      await this.db.transaction(async (tx) => {
        const locked = await lockProgram(tx, id);
        if (!locked) throw notFound('program');
        if (changes.fiscalYear !== undefined && changes.fiscalYear !== locked.fiscalYear) {
          const outside = phasesOutsideFiscalYear(changes.fiscalYear, await listPhases(tx, id));
          if (outside.length > 0) {
            throw invalid([{ field: 'fiscalYear', code: 'program.phasesOutside', params: { count: outside.length } }]);
          }
        }
        const outcome = await updateProgram(tx, id, version, changes);
        await expectUpdated(outcome, 'program', () => programVersion(tx, id));
        await recordAudit(tx, ctx, { action: 'update', resourceType: 'program', resourceId: id, fields: changedFields(changes) });
      });
    } catch (error) {
      throw this.translateDuplicate(error, changes.fiscalYear);
    }
    return this.get(id);
  }

  async setArchived(ctx: RequestContext, id: string, version: number, archived: boolean): Promise<ProgramDetail> {
    await this.db.transaction(async (tx) => {
      const outcome = await updateProgram(tx, id, version, { archivedAt: archived ? this.now() : null });
      await expectUpdated(outcome, 'program', () => programVersion(tx, id));
      await recordAudit(tx, ctx, { action: archived ? 'archive' : 'restore', resourceType: 'program', resourceId: id });
    });
    return this.get(id);
  }

  private translateDuplicate(error: unknown, fiscalYear: number | undefined): unknown {
    if (!isUniqueViolation(error, DUPLICATE_FISCAL_YEAR)) return error;
    return duplicate('program', [{ field: 'fiscalYear', code: 'program.duplicateFiscalYear', params: { fiscalYear: fiscalYear ?? '' } }]);
  }
}
