// What housing needs from the rest of a program: its internship phase (the season), the
// operator's staff an intern may call, and organizations' names.
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { LocalizedText } from '../../domain/shared/localized-text.ts';
import { memberships, organizations, phases, users } from '../db/schema/index.ts';
import type { Executor } from './executor.ts';

/** The program's internship phase (the earliest when there are several). */
export async function internshipPhase(db: Executor, programId: string): Promise<{ startDate: string; endDate: string } | null> {
  const [row] = await db
    .select({ startDate: phases.startDate, endDate: phases.endDate })
    .from(phases)
    .where(and(eq(phases.programId, programId), eq(phases.kind, 'internship')))
    .orderBy(asc(phases.startDate))
    .limit(1);
  return row ?? null;
}

/** The active staff of the operators, the people an intern calls about their flat. */
export async function operatorContacts(db: Executor, operatorIds: readonly string[]): Promise<{ name: string; email: string }[]> {
  if (operatorIds.length === 0) return [];
  return db
    .select({ name: users.name, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(inArray(memberships.organizationId, [...operatorIds]), inArray(memberships.role, ['operator_admin', 'operator_staff']), isNull(users.disabledAt)))
    .orderBy(asc(users.name))
    .limit(5);
}

export async function organizationNames(db: Executor, ids: readonly string[]): Promise<Map<string, LocalizedText>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: organizations.id, name: organizations.name }).from(organizations).where(inArray(organizations.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The active members of an organization in one role, with the language they read mail in. */
export async function memberRecipients(db: Executor, organizationId: string, role: 'host_company' | 'housing_partner'): Promise<{ email: string; language: string }[]> {
  return db
    .select({ email: users.email, language: users.language })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.role, role), isNull(users.disabledAt)))
    .orderBy(asc(users.email));
}

/** One person's address and language, if their account is active. */
export async function personRecipient(db: Executor, userId: string): Promise<{ email: string; language: string } | null> {
  const [row] = await db.select({ email: users.email, language: users.language }).from(users).where(and(eq(users.id, userId), isNull(users.disabledAt)));
  return row ?? null;
}

/** The active admins and staff of the operators, with their languages. */
export async function operatorRecipients(db: Executor, operatorIds: readonly string[]): Promise<{ email: string; language: string; organizationId: string }[]> {
  if (operatorIds.length === 0) return [];
  return db
    .select({ email: users.email, language: users.language, organizationId: memberships.organizationId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(inArray(memberships.organizationId, [...operatorIds]), inArray(memberships.role, ['operator_admin', 'operator_staff']), isNull(users.disabledAt)))
    .orderBy(asc(users.email));
}
