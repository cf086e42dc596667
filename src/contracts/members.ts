// The people of the organizations an admin or coordinator looks after, and switching them off.
import { z } from 'zod';
import { MEMBERSHIP_ROLES } from '../domain/access/roles.ts';
import { ORGANIZATION_KINDS } from '../domain/organizations/organization.ts';
import { localizedTextOut, pageOf, pageQuery } from './common.ts';

export const membershipRole = z.enum(MEMBERSHIP_ROLES);

export const organizationRef = z.object({ id: z.uuid(), name: localizedTextOut, kind: z.enum(ORGANIZATION_KINDS) });

export const memberListQuery = z.object({
  ...pageQuery,
  organizationId: z.uuid().optional(),
  /** Part of a name or e-mail address. */
  q: z.string().trim().max(100).optional(),
});
export type MemberListQuery = z.infer<typeof memberListQuery>;

/** One membership: a person with two roles appears once for each organization in the reader's scope. */
export const member = z
  .object({
    userId: z.uuid(),
    name: z.string(),
    email: z.string(),
    organization: organizationRef,
    role: membershipRole,
    twoFactorEnabled: z.boolean(),
    disabledAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Member' });
export type Member = z.infer<typeof member>;

export const memberPage = pageOf(member);
export type MemberPage = z.infer<typeof memberPage>;

export const userIdParam = z.object({ userId: z.uuid() });

export const personStatus = z.object({ userId: z.uuid(), name: z.string(), email: z.string(), disabledAt: z.iso.datetime().nullable() }).meta({ id: 'PersonStatus' });
export type PersonStatus = z.infer<typeof personStatus>;
