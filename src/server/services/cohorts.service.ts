import type { ProgramDetail } from '../../contracts/programs.ts';
import { duplicate, notFound } from '../../domain/errors/app-error.ts';
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

  async add(programId: string, input: CohortFields): Promise<ProgramDetail> {
    await this.withDuplicateOrdinal(input.ordinal, () =>
      this.db.transaction(async (tx) => {
        if (!(await lockProgram(tx, programId))) throw notFound('program');
        await insertCohort(tx, { programId, ordinal: input.ordinal, name: input.name, plannedInterns: input.plannedInterns ?? null });
      }),
    );
    return this.programs.get(programId);
  }

  async update(programId: string, cohortId: string, patch: Partial<CohortFields> & { version: number }): Promise<ProgramDetail> {
    const { version, ...changes } = patch;
    await this.withDuplicateOrdinal(changes.ordinal, async () => {
      const outcome = await updateCohort(this.db, programId, cohortId, version, changes);
      await expectUpdated(outcome, 'cohort', () => cohortVersion(this.db, cohortId));
    });
    return this.programs.get(programId);
  }

  /** Phases of a removed cohort stay in the program, no longer tied to a cohort. */
  async remove(programId: string, cohortId: string, version: number): Promise<ProgramDetail> {
    const outcome = await deleteCohort(this.db, programId, cohortId, version);
    await expectUpdated(outcome, 'cohort', () => cohortVersion(this.db, cohortId));
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
