// Housing (issue 7): units and their beds, stays, and what a program's board needs (its
// interns with their company and gender, its partners and companies).
import { and, asc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { UnitInput } from '../../contracts/housing.ts';
import { housingUnitBeds, housingUnitPhotos, housingUnits, internArrivals, matchingResults, matchingRounds, organizations, participations, stays, studentApplications } from '../db/schema/index.ts';
import type { Executor } from './executor.ts';
import { locationColumns } from './organizations.repository.ts';
import { updateVersioned } from './versioned.ts';

export type UnitRow = typeof housingUnits.$inferSelect & { photoIds: string[] };

// Qualified by hand: in a one-table select drizzle names columns bare, which the subquery would take for its own.
const photoIds = sql<string[]>`array(select p.id from ${housingUnitPhotos} p where p.unit_id = "housing_units"."id" order by p.position, p.created_at)`;

export async function listUnits(db: Executor, partnerIds: readonly string[], options: { archived?: boolean } = {}): Promise<UnitRow[]> {
  if (partnerIds.length === 0) return [];
  return db
    .select({ ...unitColumns(), photoIds })
    .from(housingUnits)
    .where(and(inArray(housingUnits.organizationId, [...partnerIds]), options.archived ? undefined : isNull(housingUnits.archivedAt)))
    .orderBy(asc(housingUnits.name), asc(housingUnits.id));
}

export async function findUnit(db: Executor, id: string): Promise<UnitRow | null> {
  const [row] = await db.select({ ...unitColumns(), photoIds }).from(housingUnits).where(eq(housingUnits.id, id));
  return row ?? null;
}

function unitColumns() {
  const { id, organizationId, name, address, postalCode, latitude, longitude, layout, capacity, facilities, sameGenderOnly, rules, lendingPeriods, archivedAt, version, createdAt, updatedAt } = housingUnits;
  return { id, organizationId, name, address, postalCode, latitude, longitude, layout, capacity, facilities, sameGenderOnly, rules, lendingPeriods, archivedAt, version, createdAt, updatedAt };
}

type UnitChanges = Partial<UnitInput>;
function unitValues<T extends UnitChanges>(input: T) {
  const { location, rules, ...rest } = input;
  return { ...rest, ...(location === undefined ? {} : locationColumns(location)), ...(rules === undefined ? {} : { rules: rules ?? {} }) };
}

export async function insertUnit(db: Executor, partnerId: string, input: UnitInput): Promise<string> {
  const { location, rules, ...fields } = input;
  const [row] = await db
    .insert(housingUnits)
    .values({ organizationId: partnerId, ...fields, ...locationColumns(location), rules: rules ?? {} })
    .returning({ id: housingUnits.id });
  await setBeds(db, row!.id, input.capacity);
  return row!.id;
}

export const updateUnit = (db: Executor, id: string, version: number, changes: UnitChanges & { archivedAt?: Date | null }) => {
  const { archivedAt, ...input } = changes;
  return updateVersioned(db, housingUnits, id, version, { ...unitValues(input), ...(archivedAt === undefined ? {} : { archivedAt }) });
};

/**
 * Beds 1..capacity. Removing a bed a stay holds fails on the stays' foreign key (23503), which
 * the service reports as housing.bedsInUse; the unit's row lock makes that check race-free.
 */
export async function setBeds(db: Executor, unitId: string, capacity: number): Promise<void> {
  await db.delete(housingUnitBeds).where(and(eq(housingUnitBeds.unitId, unitId), gt(housingUnitBeds.bed, capacity)));
  await db.execute(sql`insert into ${housingUnitBeds} (unit_id, bed) select ${unitId}, g from generate_series(1, ${capacity}::int) g on conflict do nothing`);
}

/** Locks the unit's row: bookings of one unit take their turn, so choosing a bed never races. */
export async function lockUnit(db: Executor, unitId: string): Promise<UnitRow | null> {
  const [row] = await db.select({ ...unitColumns(), photoIds }).from(housingUnits).where(eq(housingUnits.id, unitId)).for('update');
  return row ?? null;
}

export type StayRow = typeof stays.$inferSelect & { nameLatin: string; nameCyrillic: string; nameKatakana: string; gender: 'female' | 'male' | null };

const gender = sql<'female' | 'male' | null>`(select ia.gender from ${internArrivals} ia where ia.application_id = "stays"."application_id" and ia.program_id = "stays"."program_id")`;

function stayColumns() {
  return { ...tableColumns(stays), nameLatin: studentApplications.nameLatin, nameCyrillic: studentApplications.nameCyrillic, nameKatakana: studentApplications.nameKatakana, gender };
}

function tableColumns<T extends typeof stays>(table: T) {
  const { id, programId, unitId, bed, occupantUserId, applicationId, kind, checkIn, checkOut, pinned, version, createdAt, updatedAt } = table;
  return { id, programId, unitId, bed, occupantUserId, applicationId, kind, checkIn, checkOut, pinned, version, createdAt, updatedAt };
}

const staysWithNames = (db: Executor) => db.select(stayColumns()).from(stays).innerJoin(studentApplications, eq(studentApplications.id, stays.applicationId));

/** Every stay of a unit (all programs the connection may see; the constraints see all). */
export const staysOfUnit = (db: Executor, unitId: string): Promise<StayRow[]> => staysWithNames(db).where(eq(stays.unitId, unitId)).orderBy(asc(stays.checkIn));

export const findStay = async (db: Executor, id: string): Promise<StayRow | null> => (await staysWithNames(db).where(eq(stays.id, id)))[0] ?? null;

/** A program's stays overlapping [from, to), in the given units (all when null). */
export async function programStays(db: Executor, programId: string, range: { from: string; to: string } | null, unitIds: readonly string[] | null): Promise<StayRow[]> {
  if (unitIds?.length === 0) return [];
  return staysWithNames(db)
    .where(
      and(
        eq(stays.programId, programId),
        range ? and(sql`${stays.checkIn} < ${range.to}`, sql`${stays.checkOut} > ${range.from}`) : undefined,
        unitIds ? inArray(stays.unitId, [...unitIds]) : undefined,
      ),
    )
    .orderBy(asc(stays.unitId), asc(stays.checkIn), asc(stays.bed));
}

/** A person's own stays in a program. */
export const staysOfOccupant = (db: Executor, programId: string, userId: string) => staysWithNames(db).where(and(eq(stays.programId, programId), eq(stays.occupantUserId, userId))).orderBy(asc(stays.checkIn));

export type NewStay = { programId: string; unitId: string; bed: number; occupantUserId: string; applicationId: string; kind: 'internship' | 'employment'; checkIn: string; checkOut: string; pinned: boolean };

export async function insertStay(db: Executor, stay: NewStay): Promise<string> {
  const [row] = await db.insert(stays).values(stay).returning({ id: stays.id });
  return row!.id;
}

export const updateStay = (db: Executor, id: string, version: number, changes: Partial<Pick<NewStay, 'unitId' | 'bed' | 'checkIn' | 'checkOut' | 'pinned'>>) => updateVersioned(db, stays, id, version, changes);

/** Re-seats a unit's stays in one go; the bed constraint is deferred to the commit so a permutation passes. */
export async function assignBeds(db: Executor, beds: readonly { id: string; bed: number }[]): Promise<void> {
  if (beds.length === 0) return;
  await db.execute(sql`set constraints stays_bed_one_occupant deferred`);
  for (const { id, bed } of beds) await db.update(stays).set({ bed }).where(eq(stays.id, id));
}

export async function deleteStays(db: Executor, ids: readonly string[]): Promise<void> {
  if (ids.length) await db.delete(stays).where(inArray(stays.id, [...ids]));
}

export const deleteStay = (db: Executor, id: string, version: number) => db.delete(stays).where(and(eq(stays.id, id), eq(stays.version, version))).returning({ id: stays.id });

// ---- A program's interns and parties -----------------------------------------------------

/** Interns and those after them in the pipeline (offered, hired): who needs a bed. */
const HOUSED_STATUSES = ['intern', 'offered', 'hired'] as const;

export type InternRow = { applicationId: string; userId: string; collegeId: string; nameLatin: string; nameCyrillic: string; nameKatakana: string; companyId: string | null; gender: 'female' | 'male' | null; arrivalVersion: number | null; status: string };

/** The company of each intern: the latest published (or frozen) round that placed them. */
const companyOf = sql<string | null>`(select mr.organization_id from ${matchingResults} mr join ${matchingRounds} r on r.id = mr.round_id
  where mr.application_id = ${studentApplications.id} and r.status in ('published', 'frozen') and mr.organization_id is not null order by r.ordinal desc limit 1)`;

export async function listInterns(db: Executor, programId: string, applicationIds?: readonly string[]): Promise<InternRow[]> {
  return db
    .select({
      applicationId: studentApplications.id,
      userId: studentApplications.userId,
      collegeId: studentApplications.collegeId,
      nameLatin: studentApplications.nameLatin,
      nameCyrillic: studentApplications.nameCyrillic,
      nameKatakana: studentApplications.nameKatakana,
      companyId: companyOf,
      gender: internArrivals.gender,
      arrivalVersion: internArrivals.version,
      status: studentApplications.status,
    })
    .from(studentApplications)
    .leftJoin(internArrivals, and(eq(internArrivals.applicationId, studentApplications.id), eq(internArrivals.programId, programId)))
    .where(and(eq(studentApplications.programId, programId), inArray(studentApplications.status, [...HOUSED_STATUSES]), applicationIds ? inArray(studentApplications.id, [...applicationIds]) : undefined))
    .orderBy(asc(studentApplications.nameLatin), asc(studentApplications.id));
}

export async function findApplicationOf(db: Executor, applicationId: string): Promise<{ id: string; programId: string; userId: string; status: string } | null> {
  const [row] = await db.select({ id: studentApplications.id, programId: studentApplications.programId, userId: studentApplications.userId, status: studentApplications.status }).from(studentApplications).where(eq(studentApplications.id, applicationId));
  return row ?? null;
}

/** The organizations taking part in a program in a role, with their names and locations. */
export async function programParties(db: Executor, programId: string, role: 'housing_partner' | 'host_company') {
  return db
    .select({ id: organizations.id, name: organizations.name, latitude: organizations.latitude, longitude: organizations.longitude })
    .from(participations)
    .innerJoin(organizations, eq(organizations.id, participations.organizationId))
    .where(and(eq(participations.programId, programId), eq(participations.role, role)))
    .orderBy(asc(organizations.id));
}

/** The intern's arrival record (created on first write), for its gender and flight. */
export async function upsertArrival(
  db: Executor,
  programId: string,
  applicationId: string,
  version: number | null,
  changes: Partial<Pick<typeof internArrivals.$inferInsert, 'gender' | 'flightNumber' | 'arrivesAt'>>,
): Promise<'updated' | 'stale'> {
  if (version === null) {
    const inserted = await db.insert(internArrivals).values({ programId, applicationId, ...changes }).onConflictDoNothing().returning({ id: internArrivals.id });
    return inserted.length ? 'updated' : 'stale';
  }
  const updated = await db
    .update(internArrivals)
    .set({ ...changes, version: sql`${internArrivals.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(internArrivals.programId, programId), eq(internArrivals.applicationId, applicationId), eq(internArrivals.version, version)))
    .returning({ id: internArrivals.id });
  return updated.length ? 'updated' : 'stale';
}

export async function arrivalVersion(db: Executor, programId: string, applicationId: string): Promise<number | null> {
  const [row] = await db.select({ version: internArrivals.version }).from(internArrivals).where(and(eq(internArrivals.programId, programId), eq(internArrivals.applicationId, applicationId)));
  return row?.version ?? null;
}

/** Internship stays of the program a new proposal replaces: those not placed by hand, or all of them. */
export async function replaceableInternshipStays(db: Executor, programId: string, keepPinned: boolean): Promise<string[]> {
  const rows = await db
    .select({ id: stays.id })
    .from(stays)
    .where(and(eq(stays.programId, programId), eq(stays.kind, 'internship'), keepPinned ? eq(stays.pinned, false) : undefined));
  return rows.map((r) => r.id);
}


export async function partnerOfUnit(db: Executor, unitId: string): Promise<string | null> {
  const [row] = await db.select({ partnerId: housingUnits.organizationId }).from(housingUnits).where(eq(housingUnits.id, unitId));
  return row?.partnerId ?? null;
}

/** The stay's program, if the connection may see it (row-level security). */
export async function programOfStay(db: Executor, stayId: string): Promise<string | null> {
  const [row] = await db.select({ programId: stays.programId }).from(stays).where(eq(stays.id, stayId));
  return row?.programId ?? null;
}

export async function insertPhoto(db: Executor, unitId: string, photo: { storageName: string; mediaType: string; sizeBytes: number; sha256: string }): Promise<string> {
  const [row] = await db
    .insert(housingUnitPhotos)
    .values({ unitId, ...photo, position: sql`(select coalesce(max(p.position), 0) + 1 from ${housingUnitPhotos} p where p.unit_id = ${unitId})` })
    .returning({ id: housingUnitPhotos.id });
  return row!.id;
}

export async function findPhoto(db: Executor, unitId: string, photoId: string) {
  const [row] = await db.select().from(housingUnitPhotos).where(and(eq(housingUnitPhotos.id, photoId), eq(housingUnitPhotos.unitId, unitId)));
  return row ?? null;
}

export const countPhotos = async (db: Executor, unitId: string): Promise<number> => (await db.select({ n: sql<number>`count(*)::int` }).from(housingUnitPhotos).where(eq(housingUnitPhotos.unitId, unitId)))[0]!.n;

export const deletePhoto = (db: Executor, photoId: string) => db.delete(housingUnitPhotos).where(eq(housingUnitPhotos.id, photoId));
