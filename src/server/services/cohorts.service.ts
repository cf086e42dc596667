import type { ProgramDetail } from '../../contracts/programs.ts';
import { changedFields, type RequestContext } from '../../domain/audit/audit-event.ts';
import { duplicate, notFound } from '../../domain/errors/app-error.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import type { LocalizedText } from '../../domain/shared/localized-text.ts';
import type { Db } from '../db/database.ts';
import { isUniqueViolation } from '../repositories/pg-errors.ts';
import { cohortVersion, deleteCohort, insertCohort, lockProgram, updateCohort } from '../repositories/programs.repository.ts';
import type { ProgramsService } from './programs.service.ts';
import { expectUpdated } from './versioned-result.ts';

type CohortFields = { ordinal: number; name: LocalizedText; plannedInterns?: number | null | undefined };

/** Cohorts ("turns" in Nagaoka) of a program; each write returns the program as it now is. */
export class CohortsService {
  constructor(
    private readonly db: Db,
    private readonly programs: ProgramsService,
  ) {}

  async add(ctx: RequestContext, programId: string, input: CohortFields): Promise<ProgramDetail> {
    await this.withDuplicateOrdinal(input.ordinal, () =>
      this.db.transaction(async (tx) => {
        if (!(await lockProgram(tx, programId))) throw notFound('program');
        const cohortId = await insertCohort(tx, { programId, ordinal: input.ordinal, name: input.name, plannedInterns: input.plannedInterns ?? null });
        await recordAudit(tx, ctx, { action: 'create', resourceType: 'cohort', resourceId: cohortId });
      }),
    );
    return this.programs.get(programId);
  }

  async update(ctx: RequestContext, programId: string, cohortId: string, patch: Partial<CohortFields> & { version: number }): Promise<ProgramDetail> {
    const { version, ...changes } = patch;
    await this.withDuplicateOrdinal(changes.ordinal, () =>
      this.db.transaction(async (tx) => {
        const outcome = await updateCohort(tx, programId, cohortId, version, changes);
        await expectUpdated(outcome, 'cohort', () => cohortVersion(tx, cohortId));
        await recordAudit(tx, ctx, { action: 'update', resourceType: 'cohort', resourceId: cohortId, fields: changedFields(changes) });
      }),
    );
    return this.programs.get(programId);
  }

  /** Phases of a removed cohort stay in the program, no longer tied to a cohort. */
  async remove(ctx: RequestContext, programId: string, cohortId: string, version: number): Promise<ProgramDetail> {
    await this.db.transaction(async (tx) => {
      const outcome = await deleteCohort(tx, programId, cohortId, version);
      await expectUpdated(outcome, 'cohort', () => cohortVersion(tx, cohortId));
      await recordAudit(tx, ctx, { action: 'delete', resourceType: 'cohort', resourceId: cohortId });
    });
    return this.programs.get(programId);
  }

  private async withDuplicateOrdinal(ordinal: number | undefined, write: () => Promise<void>): Promise<void> {
    try {
      await write();
    } catch (error) {
      if (isUniqueViolation(error, 'cohorts_program_ordinal_unique')) {
        throw duplicate('cohort', [{ field: 'ordinal', code: 'cohort.duplicateOrdinal', params: { ordinal: ordinal ?? '' } }]);
      }
      throw error;
    }
  }
}
