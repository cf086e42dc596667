// Identity documents as stored: encrypted columns, written only by the version the editor saw.
import { and, eq, sql } from 'drizzle-orm';
import { identityDocuments } from '../db/schema/index.ts';
import type { Executor } from './executor.ts';
import type { VersionedWrite } from './versioned.ts';

export type IdentityRow = typeof identityDocuments.$inferSelect;
export type IdentityColumns = Omit<typeof identityDocuments.$inferInsert, 'userId' | 'version' | 'updatedAt'>;

export async function findIdentity(db: Executor, userId: string): Promise<IdentityRow | null> {
  const [row] = await db.select().from(identityDocuments).where(eq(identityDocuments.userId, userId));
  return row ?? null;
}

/** Version 0 creates the record (once); a higher version updates it if nobody has meanwhile. */
export async function writeIdentity(db: Executor, userId: string, version: number, changes: IdentityColumns): Promise<VersionedWrite> {
  if (version === 0) {
    const inserted = await db.insert(identityDocuments).values({ userId, ...changes }).onConflictDoNothing().returning({ userId: identityDocuments.userId });
    return inserted.length === 1 ? 'updated' : 'stale';
  }
  const updated = await db
    .update(identityDocuments)
    .set({ ...changes, version: sql`${identityDocuments.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(identityDocuments.userId, userId), eq(identityDocuments.version, version)))
    .returning({ userId: identityDocuments.userId });
  if (updated.length === 1) return 'updated';
  return (await findIdentity(db, userId)) ? 'stale' : 'missing';
}
