// Invitations bring people in: how long a link lives, when it still counts, and which roles
// fit which kind of organization. Who may invite whom is the policy's (policy.ts).
import type { OrganizationKind } from '../organizations/organization.ts';
import { isOperatorRole, type MembershipRole } from './roles.ts';

/** A link is valid this long: long enough for a student to answer during exams, short enough to go stale. */
export const INVITATION_LIFETIME_DAYS = 7;

/** A college coordinator's class list fits in one upload; larger ones are split. */
export const MAX_BULK_INVITATIONS = 200;

export type InvitationStatus = 'pending' | 'expired' | 'accepted' | 'revoked';

export function invitationExpiry(createdAt: Date): Date {
  return new Date(createdAt.getTime() + INVITATION_LIFETIME_DAYS * 24 * 60 * 60 * 1000);
}

export function invitationStatus(invitation: { expiresAt: Date; acceptedAt: Date | null; revokedAt: Date | null }, now: Date): InvitationStatus {
  if (invitation.acceptedAt) return 'accepted';
  if (invitation.revokedAt) return 'revoked';
  return invitation.expiresAt.getTime() <= now.getTime() ? 'expired' : 'pending';
}

/**
 * The roles a person may hold in an organization of each kind (operator roles aside: the
 * policy keeps those to an operator's own admins, whatever its kind). Support centres and
 * industry associations take part as operators, so they have no partner role.
 */
const PARTNER_ROLES: Record<OrganizationKind, MembershipRole[]> = {
  company: ['host_company'],
  telecom_company: ['host_company'],
  college: ['college_coordinator', 'student'],
  housing_company: ['housing_partner'],
  training_center: ['education_partner'],
  ngo: ['education_partner'],
  funding_agency: ['funder'],
  government: ['funder'],
  municipality: ['funder'],
  support_center: [],
  industry_association: [],
};

export function roleFitsOrganization(role: MembershipRole, kind: OrganizationKind): boolean {
  return isOperatorRole(role) || PARTNER_ROLES[kind].includes(role);
}

/** Indexes of rows whose e-mail already appeared earlier in the same batch. */
export function repeatedEmails(emails: string[]): number[] {
  const seen = new Set<string>();
  const repeated: number[] = [];
  emails.forEach((email, index) => {
    const key = email.trim().toLowerCase();
    if (seen.has(key)) repeated.push(index);
    seen.add(key);
  });
  return repeated;
}
