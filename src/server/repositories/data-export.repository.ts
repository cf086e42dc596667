// Everything held about one person, for their own download (issue 4 item 3): read only, each
// query filtered by the person's user id (and row-level security on top).
import { asc, eq, inArray, or } from 'drizzle-orm';
import { applicationFiles, auditEvents, consents, memberships, organizations, pipelineTransitions, programs, studentApplications, users } from '../db/schema/index.ts';
import type { Executor } from './executor.ts';

export async function findAccount(db: Executor, userId: string) {
  const [row] = await db.select({ id: users.id, name: users.name, email: users.email, language: users.language, createdAt: users.createdAt }).from(users).where(eq(users.id, userId));
  return row ?? null;
}

export async function membershipsOf(db: Executor, userId: string) {
  return db
    .select({ organizationId: memberships.organizationId, organizationName: organizations.name, role: memberships.role, since: memberships.createdAt })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(memberships.createdAt));
}

export async function consentsOf(db: Executor, userId: string) {
  return db.select().from(consents).where(eq(consents.userId, userId)).orderBy(asc(consents.givenAt), asc(consents.id));
}

export async function applicationsOf(db: Executor, userId: string) {
  return db
    .select({ application: studentApplications, programName: programs.name })
    .from(studentApplications)
    .leftJoin(programs, eq(programs.id, studentApplications.programId))
    .where(eq(studentApplications.userId, userId))
    .orderBy(asc(studentApplications.createdAt));
}

export async function transitionsOf(db: Executor, applicationIds: string[]) {
  if (applicationIds.length === 0) return [];
  return db.select().from(pipelineTransitions).where(inArray(pipelineTransitions.applicationId, applicationIds)).orderBy(asc(pipelineTransitions.id));
}

export async function filesOf(db: Executor, applicationIds: string[]) {
  if (applicationIds.length === 0) return [];
  return db.select().from(applicationFiles).where(inArray(applicationFiles.applicationId, applicationIds)).orderBy(asc(applicationFiles.createdAt));
}

/** Names of organizations (recipients of consents, companies of interest), by id. */
export async function organizationNames(db: Executor, ids: string[]) {
  if (ids.length === 0) return new Map<string, Record<string, string | undefined>>();
  const rows = await db.select({ id: organizations.id, name: organizations.name }).from(organizations).where(inArray(organizations.id, ids));
  return new Map(rows.map((r) => [r.id, r.name as Record<string, string | undefined>]));
}

/** What the person did, and what was done to their own records (account, documents, consents, applications, files). */
export async function auditEventsAbout(db: Executor, userId: string, resourceIds: string[]) {
  return db
    .select({ occurredAt: auditEvents.occurredAt, actorUserId: auditEvents.actorUserId, action: auditEvents.action, resourceType: auditEvents.resourceType, resourceId: auditEvents.resourceId, fields: auditEvents.fields })
    .from(auditEvents)
    .where(or(eq(auditEvents.actorUserId, userId), inArray(auditEvents.resourceId, [userId, ...resourceIds])))
    .orderBy(asc(auditEvents.id))
    .limit(5000);
}

