// Inviting people into an organization, one or a class list at a time, and accepting.
import { z } from 'zod';
import { MAX_BULK_INVITATIONS } from '../domain/access/invitation-rules.ts';
import { email, newPassword } from './auth.ts';
import { languageSchema, pageOf, pageQuery } from './common.ts';
import { membershipRole, organizationRef } from './members.ts';

const personName = z.string().trim().min(1).max(200);

export const invitationInput = z.object({ name: personName, email, organizationId: z.uuid(), role: membershipRole, language: languageSchema }).strict();
export type InvitationInput = z.infer<typeof invitationInput>;

export const bulkInvitationRow = z.object({ name: personName, email, language: languageSchema }).strict();

/** Students into one college, all or none: a bad row is named as `rows.<index>.<field>` (from 0). */
export const bulkInvitationInput = z.object({ organizationId: z.uuid(), rows: z.array(bulkInvitationRow).min(1).max(MAX_BULK_INVITATIONS) }).strict();
export type BulkInvitationInput = z.infer<typeof bulkInvitationInput>;

export const invitation = z
  .object({
    id: z.uuid(),
    name: z.string(),
    email: z.string(),
    organization: organizationRef,
    role: membershipRole,
    language: languageSchema,
    invitedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    status: z.enum(['pending', 'expired', 'accepted', 'revoked']),
    createdAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
  })
  .meta({ id: 'Invitation' });
export type Invitation = z.infer<typeof invitation>;

export const invitationList = z.object({ items: z.array(invitation) });

export const invitationListQuery = z.object({ ...pageQuery, organizationId: z.uuid().optional() });
export type InvitationListQuery = z.infer<typeof invitationListQuery>;

export const invitationPage = pageOf(invitation);
export type InvitationPage = z.infer<typeof invitationPage>;

/** The token travels in a body, never in a URL the server or a proxy might log. */
export const invitationToken = z.object({ token: z.string().min(10).max(200) }).strict();

/** What the link's page shows before the invitee accepts; `hasAccount`: sign in with the existing password. */
export const invitationPreview = z.object({
  organization: organizationRef,
  role: membershipRole,
  email: z.string(),
  name: z.string(),
  language: languageSchema,
  expiresAt: z.iso.datetime(),
  hasAccount: z.boolean(),
});
export type InvitationPreview = z.infer<typeof invitationPreview>;

/** For an address that already has an account, `password` is that account's (checked, not set) and `name` is ignored. */
export const invitationAcceptance = z.object({ token: z.string().min(10).max(200), name: personName, password: newPassword }).strict();

export const invitationAccepted = z.object({ userId: z.uuid(), email: z.string(), existingAccount: z.boolean() });
export type InvitationAccepted = z.infer<typeof invitationAccepted>;
