// The roles a person holds in an organization (issue 3). A person may belong to several
// organizations, with one role in each.
export const MEMBERSHIP_ROLES = [
  'operator_admin',
  'operator_staff',
  'host_company',
  'college_coordinator',
  'student',
  'housing_partner',
  'education_partner',
  'funder',
] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

export type Membership = { organizationId: string; role: MembershipRole };

/** Who is asking: a signed-in person and their memberships. */
export type Actor = { userId: string; memberships: Membership[] };

export const isOperatorRole = (role: MembershipRole) => role === 'operator_admin' || role === 'operator_staff';
