// Searching the audit trail: who did what to which record, when and from where.
import { z } from 'zod';
import { AUDIT_ACTIONS, AUDITED_RESOURCES } from '../domain/audit/audit-event.ts';
import { isoDate, pageOf, pageQuery } from './common.ts';

/** `from` and `to` are calendar days in Japan time, both included. */
export const auditEventQuery = z.object({
  ...pageQuery,
  resourceType: z.enum(AUDITED_RESOURCES).optional(),
  resourceId: z.uuid().optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  actorUserId: z.uuid().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type AuditEventQuery = z.infer<typeof auditEventQuery>;

export const auditEvent = z
  .object({
    id: z.number().int(),
    occurredAt: z.iso.datetime(),
    /** Null for system jobs; the name is null when the person has since been deleted. */
    actor: z.object({ id: z.uuid(), name: z.string().nullable() }).nullable(),
    action: z.enum(AUDIT_ACTIONS),
    resource: z.object({ type: z.string(), id: z.uuid() }),
    fields: z.array(z.string()),
    clientAddress: z.string().nullable(),
    requestId: z.string().nullable(),
  })
  .meta({ id: 'AuditEvent' });
export type AuditEvent = z.infer<typeof auditEvent>;

export const auditEventPage = pageOf(auditEvent);
export type AuditEventPage = z.infer<typeof auditEventPage>;
