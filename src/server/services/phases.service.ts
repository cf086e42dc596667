import type { PhaseInput, PhasePatch, ProgramDetail } from '../../contracts/programs.ts';
import { changedFields, type RequestContext } from '../../domain/audit/audit-event.ts';
import { invalid, notFound, type FieldIssue } from '../../domain/errors/app-error.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import { checkPhaseDates } from '../../domain/programs/program-rules.ts';
import type { Db } from '../db/database.ts';
import type { Executor } from '../repositories/executor.ts';
import { cohortProgramId, deletePhase, findPhase, insertPhase, lockProgram, phaseVersion, updatePhase } from '../repositories/programs.repository.ts';
import type { ProgramsService } from './programs.service.ts';
import { expectUpdated } from './versioned-result.ts';

/** The dated phases of a program; each write returns the program as it now is. */
export class PhasesService {
  constructor(
    private readonly db: Db,
    private readonly programs: ProgramsService,
  ) {}

  async add(ctx: RequestContext, programId: string, input: PhaseInput): Promise<ProgramDetail> {
    await this.db.transaction(async (tx) => {
      const program = await lockProgram(tx, programId);
      if (!program) throw notFound('program');
      await this.check(tx, programId, program.fiscalYear, input);
      const phaseId = await insertPhase(tx, {
        programId,
        kind: input.kind,
        cohortId: input.cohortId ?? null,
        label: input.label ?? null,
        startDate: input.startDate,
        endDate: input.endDate,
        location: input.location ?? null,
        note: input.note ?? null,
      });
      await recordAudit(tx, ctx, { action: 'create', resourceType: 'phase', resourceId: phaseId });
    });
    return this.programs.get(programId);
  }

  async update(ctx: RequestContext, programId: string, phaseId: string, patch: PhasePatch): Promise<ProgramDetail> {
    const { version, ...changes } = patch;
    await this.db.transaction(async (tx) => {
      const program = await lockProgram(tx, programId);
      const current = program && (await findPhase(tx, programId, phaseId));
      if (!program || !current) throw notFound('phase');
      await this.check(tx, programId, program.fiscalYear, { ...current, ...changes });
      const outcome = await updatePhase(tx, programId, phaseId, version, changes);
      await expectUpdated(outcome, 'phase', () => phaseVersion(tx, phaseId));
      await recordAudit(tx, ctx, { action: 'update', resourceType: 'phase', resourceId: phaseId, fields: changedFields(changes) });
    });
    return this.programs.get(programId);
  }

  async remove(ctx: RequestContext, programId: string, phaseId: string, version: number): Promise<ProgramDetail> {
    await this.db.transaction(async (tx) => {
      const outcome = await deletePhase(tx, programId, phaseId, version);
      await expectUpdated(outcome, 'phase', () => phaseVersion(tx, phaseId));
      await recordAudit(tx, ctx, { action: 'delete', resourceType: 'phase', resourceId: phaseId });
    });
    return this.programs.get(programId);
  }

  private async check(
    tx: Executor,
    programId: string,
    fiscalYear: number,
    phase: { startDate: string; endDate: string; cohortId?: string | null },
  ): Promise<void> {
    const issues: FieldIssue[] = checkPhaseDates(fiscalYear, phase);
    if (phase.cohortId) {
      if ((await cohortProgramId(tx, phase.cohortId)) !== programId) issues.push({ field: 'cohortId', code: 'reference.notFound' });
    }
    if (issues.length > 0) throw invalid(issues);
  }
}
