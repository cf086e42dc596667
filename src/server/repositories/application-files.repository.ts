// The rows of uploaded CVs and portfolios (their bytes are in the file store, by storage name).
// Row-level security keeps them with their application (migration 0010).
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { ApplicationFileKind } from '../../domain/applications/application.ts';
import { applicationFiles, studentApplications } from '../db/schema/index.ts';
import type { Executor } from './executor.ts';

export type ApplicationFileRow = typeof applicationFiles.$inferSelect;

export async function listApplicationFiles(db: Executor, applicationId: string): Promise<ApplicationFileRow[]> {
  return db.select().from(applicationFiles).where(eq(applicationFiles.applicationId, applicationId)).orderBy(asc(applicationFiles.kind), asc(applicationFiles.createdAt));
}

export async function findApplicationFile(db: Executor, applicationId: string, fileId: string): Promise<ApplicationFileRow | null> {
  const [row] = await db.select().from(applicationFiles).where(and(eq(applicationFiles.id, fileId), eq(applicationFiles.applicationId, applicationId)));
  return row ?? null;
}

/** Locks the application's row, so two uploads of the same kind replace one another in turn. */
export async function lockApplication(db: Executor, applicationId: string): Promise<boolean> {
  const rows = await db.select({ id: studentApplications.id }).from(studentApplications).where(eq(studentApplications.id, applicationId)).for('update');
  return rows.length > 0;
}

export async function insertApplicationFile(db: Executor, values: Omit<typeof applicationFiles.$inferInsert, 'id' | 'createdAt'>): Promise<ApplicationFileRow> {
  const [row] = await db.insert(applicationFiles).values(values).returning();
  return row!;
}

/** Deletes the application's files of a kind, except `keepId`; returns the deleted rows. */
export async function deleteFilesOfKind(db: Executor, applicationId: string, kind: ApplicationFileKind, keepId: string): Promise<ApplicationFileRow[]> {
  return db
    .delete(applicationFiles)
    .where(and(eq(applicationFiles.applicationId, applicationId), eq(applicationFiles.kind, kind), sql`${applicationFiles.id} <> ${keepId}`))
    .returning();
}

export async function deleteApplicationFile(db: Executor, applicationId: string, fileId: string): Promise<ApplicationFileRow | null> {
  const [row] = await db.delete(applicationFiles).where(and(eq(applicationFiles.id, fileId), eq(applicationFiles.applicationId, applicationId))).returning();
  return row ?? null;
}

/** The kinds of file each of these applications has. */
export async function fileKindsByApplication(db: Executor, applicationIds: string[]): Promise<Map<string, ApplicationFileKind[]>> {
  const result = new Map<string, ApplicationFileKind[]>();
  if (applicationIds.length === 0) return result;
  const rows = await db
    .selectDistinct({ applicationId: applicationFiles.applicationId, kind: applicationFiles.kind })
    .from(applicationFiles)
    .where(inArray(applicationFiles.applicationId, applicationIds))
    .orderBy(asc(applicationFiles.applicationId), asc(applicationFiles.kind));
  for (const row of rows) result.set(row.applicationId, [...(result.get(row.applicationId) ?? []), row.kind]);
  return result;
}
