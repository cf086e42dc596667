import { and, desc, eq } from 'drizzle-orm';
import type { AuditEntry, RequestContext } from '../../domain/audit/audit-event.ts';
import { auditEvents } from '../db/schema/index.ts';
import type { Executor } from './executor.ts';

/** Called inside the write's own transaction: the event exists exactly when the change does. */
export async function recordAudit(db: Executor, context: RequestContext, entry: AuditEntry): Promise<void> {
  await db.insert(auditEvents).values({
    actorUserId: context.actorUserId,
    clientAddress: context.clientAddress,
    requestId: context.requestId,
    action: entry.action,
    resourceType: entry.resourceType,
    resourceId: entry.resourceId,
    fields: entry.fields ?? [],
  });
}

/** Many events of one request at once (a roster import), in chunks that keep a statement's parameters bounded. */
export async function recordAudits(db: Executor, context: RequestContext, entries: readonly AuditEntry[]): Promise<void> {
  const rows = entries.map((entry) => ({
    actorUserId: context.actorUserId,
    clientAddress: context.clientAddress,
    requestId: context.requestId,
    action: entry.action,
    resourceType: entry.resourceType,
    resourceId: entry.resourceId,
    fields: entry.fields ?? [],
  }));
  for (let i = 0; i < rows.length; i += 1000) await db.insert(auditEvents).values(rows.slice(i, i + 1000));
}

export async function listAuditEvents(db: Executor, resourceType: string, resourceId: string) {
  return db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.resourceType, resourceType), eq(auditEvents.resourceId, resourceId)))
    .orderBy(desc(auditEvents.id));
}
