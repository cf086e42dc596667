import { and, asc, count, eq, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { OrganizationInput, OrganizationListQuery } from '../../contracts/organizations.ts';
import { organizations, participations } from '../db/schema/index.ts';
import type { Executor } from './executor.ts';
import { currentVersion, updateVersioned } from './versioned.ts';
import { localizedSortKey, localizedTextMatches } from './search.ts';

export type OrganizationRow = typeof organizations.$inferSelect & { programCount: number };

const programCount = sql<number>`(select count(distinct ${participations.programId})::int from ${participations} where ${participations.organizationId} = ${organizations.id})`;

function filters(query: Pick<OrganizationListQuery, 'kind' | 'q' | 'archived'>): SQL | undefined {
  const conditions: SQL[] = [query.archived ? isNotNull(organizations.archivedAt) : isNull(organizations.archivedAt)];
  if (query.kind) conditions.push(eq(organizations.kind, query.kind));
  if (query.q) conditions.push(localizedTextMatches(organizations.name, query.q));
  return and(...conditions);
}

export async function listOrganizations(db: Executor, query: OrganizationListQuery): Promise<{ rows: OrganizationRow[]; total: number }> {
  const where = filters(query);
  const [rows, totals] = await Promise.all([
    db
      .select({ ...columns(), programCount })
      .from(organizations)
      .where(where)
      .orderBy(asc(organizations.kind), localizedSortKey(organizations.name), asc(organizations.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(organizations).where(where),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}

export async function findOrganization(db: Executor, id: string): Promise<OrganizationRow | null> {
  const rows = await db.select({ ...columns(), programCount }).from(organizations).where(eq(organizations.id, id));
  return rows[0] ?? null;
}

export async function insertOrganization(db: Executor, input: OrganizationInput): Promise<string> {
  const [row] = await db
    .insert(organizations)
    .values({ kind: input.kind, name: input.name, country: input.country, city: input.city ?? null, website: input.website ?? null })
    .returning({ id: organizations.id });
  return row!.id;
}

function columns() {
  const { id, kind, name, country, city, website, archivedAt, version, createdAt, updatedAt } = organizations;
  return { id, kind, name, country, city, website, archivedAt, version, createdAt, updatedAt };
}

type OrganizationChanges = Partial<Omit<typeof organizations.$inferInsert, 'id' | 'version'>>;
export const updateOrganization = (db: Executor, id: string, version: number, changes: OrganizationChanges) =>
  updateVersioned(db, organizations, id, version, changes);
export const organizationVersion = (db: Executor, id: string) => currentVersion(db, organizations, id);
