import type { ProgramDetail } from '../../contracts/programs.ts';
import { duplicate, invalid, notFound } from '../../domain/errors/app-error.ts';
import type { ParticipationRole } from '../../domain/organizations/organization.ts';
import type { Db } from '../db/database.ts';
import { findOrganization } from '../repositories/organizations.repository.ts';
import { isUniqueViolation } from '../repositories/pg-errors.ts';
import { deleteParticipation, insertParticipation, lockProgram } from '../repositories/programs.repository.ts';
import type { ProgramsService } from './programs.service.ts';

/** Which organizations take part in a program, and as what. */
export class ParticipationsService {
  constructor(
    private readonly db: Db,
    private readonly programs: ProgramsService,
  ) {}

  async add(programId: string, organizationId: string, role: ParticipationRole): Promise<ProgramDetail> {
    const organization = await findOrganization(this.db, organizationId);
    if (!organization || organization.archivedAt) throw invalid([{ field: 'organizationId', code: 'reference.notFound' }]);
    try {
      await this.db.transaction(async (tx) => {
        if (!(await lockProgram(tx, programId))) throw notFound('program');
        await insertParticipation(tx, { programId, organizationId, role });
      });
    } catch (error) {
      if (isUniqueViolation(error, 'participations_unique')) {
        throw duplicate('participation', [{ field: 'organizationId', code: 'participation.duplicate' }]);
      }
      throw error;
    }
    return this.programs.get(programId);
  }

  async remove(programId: string, participationId: string): Promise<ProgramDetail> {
    if (!(await deleteParticipation(this.db, programId, participationId))) throw notFound('participation');
    return this.programs.get(programId);
  }
}
