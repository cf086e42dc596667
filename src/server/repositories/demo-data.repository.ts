// Upserts of the demo records by their fixed ids: re-running replaces the demo records with
// their original content and leaves every other record alone.
import { count, eq, sql } from 'drizzle-orm';
import { cohorts, housingAgreements, housingUnits, organizations, participations, phases, programs } from '../db/schema/index.ts';
import { setBeds } from './housing.repository.ts';
import type { Executor } from './executor.ts';

type OrganizationValues = typeof organizations.$inferInsert & { id: string };
type ProgramValues = typeof programs.$inferInsert & { id: string };

export async function countOrganizations(db: Executor): Promise<number> {
  const [row] = await db.select({ n: count() }).from(organizations);
  return row?.n ?? 0;
}

export async function upsertOrganization(db: Executor, values: OrganizationValues): Promise<void> {
  const { id: _id, ...changes } = values;
  await db
    .insert(organizations)
    .values(values)
    .onConflictDoUpdate({
      target: organizations.id,
      set: { ...changes, archivedAt: null, version: sql`${organizations.version} + 1`, updatedAt: sql`now()` },
    });
}

/** Replaces the program and all its cohorts, phases and participations. */
export async function replaceProgram(
  db: Executor,
  program: ProgramValues,
  children: {
    cohorts: (typeof cohorts.$inferInsert)[];
    phases: (typeof phases.$inferInsert)[];
    participations: (typeof participations.$inferInsert)[];
  },
): Promise<void> {
  const { id: _id, ...changes } = program;
  await db
    .insert(programs)
    .values(program)
    .onConflictDoUpdate({
      target: programs.id,
      set: { ...changes, archivedAt: null, version: sql`${programs.version} + 1`, updatedAt: sql`now()` },
    });
  await db.delete(phases).where(eq(phases.programId, program.id));
  await db.delete(cohorts).where(eq(cohorts.programId, program.id));
  await db.delete(participations).where(eq(participations.programId, program.id));
  if (children.cohorts.length) await db.insert(cohorts).values(children.cohorts);
  if (children.phases.length) await db.insert(phases).values(children.phases);
  if (children.participations.length) await db.insert(participations).values(children.participations);
}

/** A demo flat back to its original content, with its beds; stays booked in it are left alone. */
export async function upsertUnit(db: Executor, values: typeof housingUnits.$inferInsert & { id: string }): Promise<void> {
  const { id: _id, ...changes } = values;
  await db
    .insert(housingUnits)
    .values(values)
    .onConflictDoUpdate({ target: housingUnits.id, set: { ...changes, archivedAt: null, version: sql`${housingUnits.version} + 1`, updatedAt: sql`now()` } });
  await setBeds(db, values.id, values.capacity);
}

export async function upsertAgreement(db: Executor, values: typeof housingAgreements.$inferInsert & { id: string }): Promise<void> {
  const { id: _id, ...changes } = values;
  await db
    .insert(housingAgreements)
    .values(values)
    .onConflictDoUpdate({ target: housingAgreements.id, set: { ...changes, version: sql`${housingAgreements.version} + 1`, updatedAt: sql`now()` } });
}
