// Optimistic concurrency: a row changes only if it still has the version the editor saw.
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from './executor.ts';

type VersionedTable = PgTable & { id: PgColumn; version: PgColumn; updatedAt: PgColumn };

export type VersionedWrite = 'updated' | 'stale' | 'missing';

/** Applies `changes` and bumps the version; `scope` narrows the row (e.g. to its program). */
export async function updateVersioned<T extends VersionedTable>(
  db: Executor,
  table: T,
  id: string,
  version: number,
  changes: Partial<T['$inferInsert']>,
  scope?: SQL,
): Promise<VersionedWrite> {
  const updated = await db
    .update(table)
    .set({ ...changes, version: sql`${table.version} + 1`, updatedAt: sql`now()` } as never)
    .where(and(eq(table.id, id), eq(table.version, version), scope))
    .returning({ id: table.id });
  if (updated.length === 1) return 'updated';
  return (await exists(db, table, id, scope)) ? 'stale' : 'missing';
}

export async function deleteVersioned<T extends VersionedTable>(db: Executor, table: T, id: string, version: number, scope?: SQL): Promise<VersionedWrite> {
  const deleted = await db
    .delete(table)
    .where(and(eq(table.id, id), eq(table.version, version), scope))
    .returning({ id: table.id });
  if (deleted.length === 1) return 'updated';
  return (await exists(db, table, id, scope)) ? 'stale' : 'missing';
}

export async function currentVersion<T extends VersionedTable>(db: Executor, table: T, id: string): Promise<number | null> {
  const rows = (await db.select({ version: table.version }).from(table as PgTable).where(eq(table.id, id))) as { version: number }[];
  return rows[0]?.version ?? null;
}

async function exists<T extends VersionedTable>(db: Executor, table: T, id: string, scope?: SQL): Promise<boolean> {
  const rows = await db.select({ id: table.id }).from(table as PgTable).where(and(eq(table.id, id), scope));
  return rows.length > 0;
}
