import { and, asc, count, eq, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { organizationScope } from '../../domain/access/policy.ts';
import type { OrganizationInput, OrganizationListQuery } from '../../contracts/organizations.ts';
import { organizations, participations, programs } from '../db/schema/index.ts';
import type { Executor } from './executor.ts';
import { currentVersion, updateVersioned } from './versioned.ts';
import { localizedSortKey, localizedTextMatches } from './search.ts';

export type OrganizationRow = Omit<typeof organizations.$inferSelect, 'seq'> & { programCount: number };

const programCount = sql<number>`(select count(distinct ${participations.programId})::int from ${participations} where ${participations.organizationId} = ${organizations.id})`;

function filters(query: Pick<OrganizationListQuery, 'kind' | 'q' | 'archived'>): SQL | undefined {
  const conditions: SQL[] = [query.archived ? isNotNull(organizations.archivedAt) : isNull(organizations.archivedAt)];
  if (query.kind) conditions.push(eq(organizations.kind, query.kind));
  if (query.q) conditions.push(localizedTextMatches(organizations.name, query.q));
  return and(...conditions);
}

export type OrganizationScope = ReturnType<typeof organizationScope>;

/** The actor's own organizations, and those its operators registered or run programs with (policy.organizationScope). */
function inScope(scope: OrganizationScope): SQL {
  const inTheirPrograms = sql`exists (
    select 1 from ${participations} pa join ${programs} p on p.id = pa.program_id
    where pa.organization_id = ${organizations.id}
      and (${inArray(sql`p.operator_id`, scope.operatorIds)}
        or exists (select 1 from ${participations} op where op.program_id = p.id and op.role = 'operator' and ${inArray(sql`op.organization_id`, scope.operatorIds)})))`;
  return or(inArray(organizations.id, scope.ownIds), inArray(organizations.registeredBy, scope.operatorIds), inTheirPrograms)!;
}

export async function listOrganizations(db: Executor, scope: OrganizationScope, query: OrganizationListQuery): Promise<{ rows: OrganizationRow[]; total: number }> {
  const where = and(inScope(scope), filters(query));
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

export async function insertOrganization(db: Executor, input: OrganizationInput, registeredBy: string | null): Promise<string> {
  const [row] = await db
    .insert(organizations)
    .values({ kind: input.kind, name: input.name, country: input.country, city: input.city ?? null, website: input.website ?? null, address: input.address ?? null, phone: input.phone ?? null, representative: input.representative ?? null, ...locationColumns(input.location ?? null), registeredBy })
    .returning({ id: organizations.id });
  return row!.id;
}

function columns() {
  const { id, kind, name, country, city, website, latitude, longitude, address, phone, representative, registeredBy, archivedAt, publishesAggregates, version, createdAt, updatedAt } = organizations;
  return { id, kind, name, country, city, website, latitude, longitude, address, phone, representative, registeredBy, archivedAt, publishesAggregates, version, createdAt, updatedAt };
}

/** A point as the two columns (both null when unknown). */
export const locationColumns = (location: { latitude: number; longitude: number } | null) => ({ latitude: location?.latitude ?? null, longitude: location?.longitude ?? null });

/** The two columns as a point (null unless both are set; a check keeps them set together). */
export const pointOf = (row: { latitude: number | null; longitude: number | null }) => (row.latitude !== null && row.longitude !== null ? { latitude: row.latitude, longitude: row.longitude } : null);

type OrganizationChanges = Partial<Omit<typeof organizations.$inferInsert, 'id' | 'version'>>;
export const updateOrganization = (db: Executor, id: string, version: number, changes: OrganizationChanges) =>
  updateVersioned(db, organizations, id, version, changes);
export const organizationVersion = (db: Executor, id: string) => currentVersion(db, organizations, id);
