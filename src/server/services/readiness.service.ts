// Company readiness (issue 8 item 7): each host company of a program keeps its checklist of
// arrangements and the training modules its staff completed; the operators see every company's
// progress and may record on a company's behalf.
import type { ReadinessInput, ReadinessList } from '../../contracts/hiring.ts';
import { readinessViewer } from '../../domain/access/hiring-policy.ts';
import type { Actor } from '../../domain/access/roles.ts';
import type { RequestContext } from '../../domain/audit/audit-event.ts';
import { forbidden, notFound, versionConflict } from '../../domain/errors/app-error.ts';
import { readinessProgress } from '../../domain/readiness/readiness.ts';
import type { Db } from '../db/database.ts';
import { programFacts } from '../repositories/access-facts.repository.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import { programParties } from '../repositories/housing.repository.ts';
import { insertReadiness, listReadiness, updateReadiness } from '../repositories/readiness.repository.ts';

export class ReadinessService {
  constructor(private readonly db: Db) {}

  async list(actor: Actor, programId: string): Promise<ReadinessList> {
    const program = await programFacts(this.db, programId);
    if (!program) throw notFound('program');
    const companies = (await programParties(this.db, programId, 'host_company')).filter((c) => readinessViewer(actor, program, c.id) !== null);
    const rows = new Map((await listReadiness(this.db, programId)).map((r) => [r.companyId, r]));
    return {
      items: companies.map((c) => {
        const row = rows.get(c.id);
        const record = { items: row?.items ?? {}, modules: row?.modules ?? {} };
        return { company: { id: c.id, name: c.name }, items: record.items, modules: record.modules, progress: readinessProgress(record), version: row?.version ?? null };
      }),
    };
  }

  /** Replaces the company's record: the first without a version, later ones with the version read. */
  async record(ctx: RequestContext, actor: Actor, programId: string, companyId: string, input: ReadinessInput): Promise<ReadinessList> {
    const program = await programFacts(this.db, programId);
    if (!program) throw notFound('program');
    if (!(await programParties(this.db, programId, 'host_company')).some((c) => c.id === companyId)) throw notFound('organization');
    if (readinessViewer(actor, program, companyId) === null) throw forbidden();
    await this.db.transaction(async (tx) => {
      const existing = (await listReadiness(tx, programId)).find((r) => r.companyId === companyId);
      const values = { items: input.items, modules: input.modules };
      if (!existing) {
        if (input.version !== undefined || !(await insertReadiness(tx, { programId, companyId, ...values }))) throw versionConflict('company_readiness', 1);
      } else if (input.version === undefined || (await updateReadiness(tx, existing.id, input.version, values)) !== 'updated') {
        throw versionConflict('company_readiness', existing.version);
      }
      await recordAudit(tx, ctx, { action: existing ? 'update' : 'create', resourceType: 'company_readiness', resourceId: companyId, fields: ['items', 'modules'] });
    });
    return this.list(actor, programId);
  }
}
