// The framework agreements between operators and housing partners, and each season's
// loan-for-use contract with its revisions.
import { and, asc, desc, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm';
import { housingAgreements, loanContractRevisions, loanContracts, participations, programs } from '../db/schema/index.ts';
import type { Executor } from './executor.ts';
import { updateVersioned } from './versioned.ts';

export type AgreementRow = typeof housingAgreements.$inferSelect;
export type ContractRow = typeof loanContracts.$inferSelect;
export type RevisionRow = typeof loanContractRevisions.$inferSelect;

/** Agreements where one of `organizationIds` is a party. */
export function listAgreements(db: Executor, operatorIds: readonly string[], partnerIds: readonly string[]): Promise<AgreementRow[]> {
  const none = ['00000000-0000-0000-0000-000000000000'];
  return db
    .select()
    .from(housingAgreements)
    .where(or(inArray(housingAgreements.operatorId, operatorIds.length ? [...operatorIds] : none), inArray(housingAgreements.partnerId, partnerIds.length ? [...partnerIds] : none)))
    .orderBy(asc(housingAgreements.startsOn), asc(housingAgreements.id));
}

export const findAgreement = async (db: Executor, id: string): Promise<AgreementRow | null> => (await db.select().from(housingAgreements).where(eq(housingAgreements.id, id)))[0] ?? null;

export async function insertAgreement(db: Executor, values: typeof housingAgreements.$inferInsert): Promise<string> {
  const [row] = await db.insert(housingAgreements).values(values).returning({ id: housingAgreements.id });
  return row!.id;
}

/** The agreements still running on `today` (not ended), those a renewal reminder may be due for. */
export const listRunningAgreements = (db: Executor, today: string): Promise<AgreementRow[]> =>
  db.select().from(housingAgreements).where(or(isNull(housingAgreements.endedOn), gt(housingAgreements.endedOn, today))).orderBy(asc(housingAgreements.id));

/** The agreement, locked until the transaction ends: a second reminder run waits here and then sees the first one's mark. */
export const lockAgreement = async (db: Executor, id: string): Promise<AgreementRow | null> => (await db.select().from(housingAgreements).where(eq(housingAgreements.id, id)).for('update'))[0] ?? null;

/**
 * Marks the renewal `about` as reminded of, unless it already was (false then). Bookkeeping, not
 * an edit: the version stays, so nobody editing the agreement meanwhile gets a conflict.
 */
export async function markRenewalReminded(db: Executor, id: string, about: string): Promise<boolean> {
  const rows = await db
    .update(housingAgreements)
    .set({ renewalRemindedFor: about })
    .where(and(eq(housingAgreements.id, id), sql`${housingAgreements.renewalRemindedFor} is distinct from ${about}::date`))
    .returning({ id: housingAgreements.id });
  return rows.length === 1;
}

/** The operator's latest unarchived program the partner houses interns for: where the agreement's contracts are drawn. */
export async function latestProgramWithPartner(db: Executor, operatorId: string, partnerId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: programs.id })
    .from(programs)
    .innerJoin(participations, and(eq(participations.programId, programs.id), eq(participations.organizationId, partnerId), eq(participations.role, 'housing_partner')))
    .where(and(eq(programs.operatorId, operatorId), isNull(programs.archivedAt)))
    .orderBy(desc(programs.fiscalYear))
    .limit(1);
  return row?.id ?? null;
}

export const updateAgreement = (db: Executor, id: string, version: number, changes: Partial<typeof housingAgreements.$inferInsert>) => updateVersioned(db, housingAgreements, id, version, changes);

export const listContracts = (db: Executor, programId: string): Promise<ContractRow[]> => db.select().from(loanContracts).where(eq(loanContracts.programId, programId)).orderBy(asc(loanContracts.createdAt));

export const findContract = async (db: Executor, id: string): Promise<ContractRow | null> => (await db.select().from(loanContracts).where(eq(loanContracts.id, id)))[0] ?? null;

export const lockContract = async (db: Executor, id: string): Promise<ContractRow | null> => (await db.select().from(loanContracts).where(eq(loanContracts.id, id)).for('update'))[0] ?? null;

/** The next contract number of a program: its fiscal year and a serial, e.g. 2025-01. */
export async function nextContractNumber(db: Executor, programId: string): Promise<string> {
  const [row] = await db
    .select({ fiscalYear: programs.fiscalYear, n: sql<number>`(select count(*)::int from ${loanContracts} c where c.program_id = ${programId})` })
    .from(programs)
    .where(eq(programs.id, programId));
  return `${row!.fiscalYear}-${String(row!.n + 1).padStart(2, '0')}`;
}

export async function insertContract(db: Executor, values: typeof loanContracts.$inferInsert): Promise<string> {
  const [row] = await db.insert(loanContracts).values(values).returning({ id: loanContracts.id });
  return row!.id;
}

export const updateContract = (db: Executor, id: string, version: number, changes: Partial<typeof loanContracts.$inferInsert>) => updateVersioned(db, loanContracts, id, version, changes);

export const listRevisions = (db: Executor, contractId: string): Promise<RevisionRow[]> => db.select().from(loanContractRevisions).where(eq(loanContractRevisions.contractId, contractId)).orderBy(desc(loanContractRevisions.revision));

export async function insertRevision(db: Executor, contract: { id: string; programId: string }, content: Record<string, unknown>, userId: string | null): Promise<number> {
  const [row] = await db
    .insert(loanContractRevisions)
    .values({ contractId: contract.id, programId: contract.programId, content, createdByUserId: userId, revision: sql`(select coalesce(max(r.revision), 0) + 1 from ${loanContractRevisions} r where r.contract_id = ${contract.id})` })
    .returning({ revision: loanContractRevisions.revision });
  return row!.revision;
}

export async function findRevision(db: Executor, contractId: string, revision: number | undefined): Promise<RevisionRow | null> {
  const [row] = await db
    .select()
    .from(loanContractRevisions)
    .where(and(eq(loanContractRevisions.contractId, contractId), revision === undefined ? undefined : eq(loanContractRevisions.revision, revision)))
    .orderBy(desc(loanContractRevisions.revision))
    .limit(1);
  return row ?? null;
}
