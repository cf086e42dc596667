// What a roster import reads and writes in bulk (issue 4 item 4): the accounts behind a file's
// e-mail addresses with their memberships, the students' applications and consents in the
// program, and new students' accounts (no password yet: the invitation lets them set one).
import { and, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { MembershipRole } from '../../domain/access/roles.ts';
import { consents, credentialAccounts, invitations, memberships, studentApplications, users } from '../db/schema/index.ts';
import type { ApplicationRow, ConsentRow } from './applications.repository.ts';
import type { Executor } from './executor.ts';
import { updateVersioned, type VersionedWrite } from './versioned.ts';

export type RosterAccount = {
  userId: string;
  email: string;
  disabledAt: Date | null;
  memberships: { organizationId: string; role: MembershipRole }[];
  /** False for a student imported earlier who has not yet set a password. */
  hasPassword: boolean;
};

/** Chunks keep each statement's parameter list well under PostgreSQL's 65,535. */
const CHUNK = 1000;
const chunks = <T>(items: readonly T[]): T[][] => Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK));

/** The accounts of these (lower-case) addresses, by address. */
export async function accountsByEmail(db: Executor, emails: readonly string[]): Promise<Map<string, RosterAccount>> {
  const found = new Map<string, RosterAccount>();
  for (const part of chunks(emails)) {
    const rows = await db
      .select({
        userId: users.id,
        email: users.email,
        disabledAt: users.disabledAt,
        organizationId: memberships.organizationId,
        role: memberships.role,
        hasPassword: sql<boolean>`exists (select 1 from ${credentialAccounts} ca where ca.user_id = ${users.id} and ca.provider_id = 'credential')`,
      })
      .from(users)
      .leftJoin(memberships, eq(memberships.userId, users.id))
      .where(inArray(users.email, part));
    for (const r of rows) {
      const account = found.get(r.email) ?? { userId: r.userId, email: r.email, disabledAt: r.disabledAt, memberships: [], hasPassword: r.hasPassword };
      if (r.organizationId && r.role) account.memberships.push({ organizationId: r.organizationId, role: r.role });
      found.set(r.email, account);
    }
  }
  return found;
}

export async function applicationsByUser(db: Executor, programId: string, userIds: readonly string[]): Promise<Map<string, ApplicationRow>> {
  const found = new Map<string, ApplicationRow>();
  for (const part of chunks(userIds)) {
    const rows = await db
      .select()
      .from(studentApplications)
      .where(and(eq(studentApplications.programId, programId), inArray(studentApplications.userId, part)));
    for (const r of rows) found.set(r.userId, r);
  }
  return found;
}

/** Every consent of these students in the program, grouped by student. */
export async function consentsByUser(db: Executor, programId: string, userIds: readonly string[]): Promise<Map<string, ConsentRow[]>> {
  const found = new Map<string, ConsentRow[]>();
  for (const part of chunks(userIds)) {
    const rows = await db
      .select()
      .from(consents)
      .where(and(eq(consents.programId, programId), inArray(consents.userId, part)));
    for (const r of rows) found.set(r.userId, [...(found.get(r.userId) ?? []), r]);
  }
  return found;
}

/** New students without a password, each a student of the college; their ids in input order. */
export async function insertRosterStudents(db: Executor, organizationId: string, people: readonly { name: string; email: string; language: string }[]): Promise<string[]> {
  const ids: string[] = [];
  for (const part of chunks(people)) {
    const rows = await db
      .insert(users)
      .values(part.map((p) => ({ name: p.name, email: p.email, emailVerified: false, language: p.language })))
      .returning({ id: users.id, email: users.email });
    const byEmail = new Map(rows.map((r) => [r.email, r.id]));
    const partIds = part.map((p) => byEmail.get(p.email)!);
    await db.insert(memberships).values(partIds.map((userId) => ({ userId, organizationId, role: 'student' as const })));
    ids.push(...partIds);
  }
  return ids;
}

/** Consents given on the college's paper form, recorded by `recordedByUserId`. */
export async function insertPaperConsents(
  db: Executor,
  values: readonly { userId: string; programId: string; noticeVersion: string; language: string; recipientIds: string[]; givenAt: Date; recordedByUserId: string }[],
): Promise<ConsentRow[]> {
  const out: ConsentRow[] = [];
  for (const part of chunks(values)) out.push(...(await db.insert(consents).values(part.map((v) => ({ ...v, channel: 'college_paper_form' as const }))).returning()));
  return out;
}

export async function withdrawConsents(db: Executor, ids: readonly string[], at: Date): Promise<void> {
  for (const part of chunks(ids)) await db.update(consents).set({ withdrawnAt: at }).where(and(inArray(consents.id, part), isNull(consents.withdrawnAt)));
}

export type NewRosterApplication = Omit<typeof studentApplications.$inferInsert, 'id' | 'status' | 'version' | 'createdAt' | 'updatedAt'>;

export async function insertRosterApplications(db: Executor, values: readonly NewRosterApplication[]): Promise<{ id: string; userId: string }[]> {
  const out: { id: string; userId: string }[] = [];
  for (const part of chunks(values)) out.push(...(await db.insert(studentApplications).values([...part]).returning({ id: studentApplications.id, userId: studentApplications.userId })));
  return out;
}

/** One import into a program at a time: a second waits, then sees the first one's students. */
export async function lockProgramImport(db: Executor, programId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`student-import:${programId}`}))`);
}

/** The roster's fields of an application if nobody changed it since `version` (its status is never touched). */
export async function updateRosterApplication(db: Executor, id: string, version: number, changes: Partial<NewRosterApplication>): Promise<VersionedWrite> {
  return updateVersioned(db, studentApplications, id, version, changes);
}

/** Of these addresses, those with an invitation into the organization still open at `now` (neither accepted, revoked nor expired). */
export async function emailsWithOpenInvitation(db: Executor, organizationId: string, emails: readonly string[], now: Date): Promise<Set<string>> {
  const found = new Set<string>();
  for (const part of chunks(emails)) {
    const rows = await db
      .select({ email: invitations.email })
      .from(invitations)
      .where(and(eq(invitations.organizationId, organizationId), inArray(invitations.email, part), isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, now)));
    for (const r of rows) found.add(r.email);
  }
  return found;
}
