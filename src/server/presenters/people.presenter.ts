// Rows → contract shapes for invitations, members, audit events and outbox messages.
import type { AuditEvent } from '../../contracts/audit-events.ts';
import type { Invitation, InvitationPreview } from '../../contracts/invitations.ts';
import type { Member, PersonStatus } from '../../contracts/members.ts';
import type { OutboxPage } from '../../contracts/outbox.ts';
import { invitationStatus } from '../../domain/access/invitation-rules.ts';
import { isLanguage, type Language } from '../../domain/shared/localized-text.ts';
import type { AuditSearchRow } from '../repositories/audit-search.repository.ts';
import type { InvitationRow } from '../repositories/invitations.repository.ts';
import type { MemberRow } from '../repositories/members.repository.ts';
import type { OutboxMessage } from '../repositories/outbox.repository.ts';
import { iso } from './organization.presenter.ts';

const language = (value: string): Language => (isLanguage(value) ? value : 'ja');

export function presentInvitation(row: InvitationRow, now: Date): Invitation {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    organization: row.organization,
    role: row.role,
    language: language(row.language),
    invitedBy: row.invitedBy,
    status: invitationStatus(row, now),
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
  };
}

export function presentInvitationPreview(row: InvitationRow, hasAccount: boolean): InvitationPreview {
  return { organization: row.organization, role: row.role, email: row.email, name: row.name, language: language(row.language), expiresAt: row.expiresAt.toISOString(), hasAccount };
}

export function presentMember(row: MemberRow): Member {
  return { ...row, disabledAt: iso(row.disabledAt) };
}

export function presentPersonStatus(row: { userId: string; name: string; email: string; disabledAt: Date | null }): PersonStatus {
  return { ...row, disabledAt: iso(row.disabledAt) };
}

export function presentAuditEvent(row: AuditSearchRow): AuditEvent {
  return {
    id: row.id,
    occurredAt: row.occurredAt.toISOString(),
    actor: row.actorUserId ? { id: row.actorUserId, name: row.actorName } : null,
    action: row.action,
    resource: { type: row.resourceType, id: row.resourceId },
    fields: row.fields,
    clientAddress: row.clientAddress,
    requestId: row.requestId,
  };
}

export function presentOutboxMessage(row: OutboxMessage): OutboxPage['items'][number] {
  return { id: row.id, to: row.toAddress, kind: row.kind, language: language(row.language), subject: row.subject, body: row.bodyText, createdAt: row.createdAt.toISOString() };
}
