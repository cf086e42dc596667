import { sql } from 'drizzle-orm';
import { bigint, index, inet, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { AUDIT_ACTIONS } from '../../../domain/audit/audit-event.ts';

export const auditAction = pgEnum('audit_action', AUDIT_ACTIONS);

/**
 * Append-only: a trigger refuses UPDATE, DELETE and TRUNCATE for every role, and the app role
 * is granted INSERT and SELECT only. Holds field names, never field values.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    action: auditAction('action').notNull(),
    resourceType: text('resource_type').notNull(),
    resourceId: uuid('resource_id').notNull(),
    fields: text('fields').array().notNull().default(sql`'{}'::text[]`),
    clientAddress: inet('client_address'),
    requestId: text('request_id'),
  },
  (t) => [index('audit_events_resource_idx').on(t.resourceType, t.resourceId, t.occurredAt), index('audit_events_occurred_idx').on(t.occurredAt)],
);
