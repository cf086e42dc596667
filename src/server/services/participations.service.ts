import type { ProgramDetail } from '../../contracts/programs.ts';
import type { RequestContext } from '../../domain/audit/audit-event.ts';
import { duplicate, invalid, notFound } from '../../domain/errors/app-error.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
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

  async add(ctx: RequestContext, programId: string, organizationId: string, role: ParticipationRole): Promise<ProgramDetail> {
    const organization = await findOrganization(this.db, organizationId);
    if (!organization || organization.archivedAt) throw invalid([{ field: 'organizationId', code: 'reference.notFound' }]);
    try {
      await this.db.transaction(async (tx) => {
        if (!(await lockProgram(tx, programId))) throw notFound('program');
        const id = await insertParticipation(tx, { programId, organizationId, role });
        await recordAudit(tx, ctx, { action: 'create', resourceType: 'participation', resourceId: id });
      });
    } catch (error) {
      if (isUniqueViolation(error, 'participations_unique')) {
        throw duplicate('participation', [{ field: 'organizationId', code: 'participation.duplicate' }]);
      }
      throw error;
    }
    return this.programs.get(programId);
  }

  async remove(ctx: RequestContext, programId: string, participationId: string): Promise<ProgramDetail> {
    await this.db.transaction(async (tx) => {
      if (!(await deleteParticipation(tx, programId, participationId))) throw notFound('participation');
      await recordAudit(tx, ctx, { action: 'delete', resourceType: 'participation', resourceId: participationId });
    });
    return this.programs.get(programId);
  }
}
