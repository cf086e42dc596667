import { and, count, desc, isNull, or, sql, type SQL } from 'drizzle-orm';
import { memberships, outboxMessages, users } from '../db/schema/index.ts';
import type { Executor } from './executor.ts';
import { organizationsInScope, type PeopleScope } from './people-scope.ts';

export type OutboxMessage = typeof outboxMessages.$inferSelect;

export async function insertOutboxMessage(db: Executor, message: Omit<typeof outboxMessages.$inferInsert, 'id' | 'createdAt'>): Promise<void> {
  await db.insert(outboxMessages).values(message);
}

export async function listOutboxMessages(db: Executor, limit = 50): Promise<OutboxMessage[]> {
  return db.select().from(outboxMessages).orderBy(desc(outboxMessages.createdAt)).limit(limit);
}

/**
 * Messages about an organization in the scope, and personal ones (no organization, e.g. a
 * password reset) whose recipient is a member of such an organization. A message about
 * another operator's organization stays hidden even when its recipient is in the scope.
 */
function readableIn(scope: PeopleScope): SQL {
  const organizations = organizationsInScope(scope);
  const recipientInScope = sql`${outboxMessages.toAddress} in (select u.email from ${users} u join ${memberships} m on m.user_id = u.id where m.organization_id in ${organizations})`;
  return or(sql`${outboxMessages.organizationId} in ${organizations}`, and(isNull(outboxMessages.organizationId), recipientInScope))!;
}

export async function listOutboxFor(db: Executor, scope: PeopleScope, page: { page: number; pageSize: number }): Promise<{ rows: OutboxMessage[]; total: number }> {
  const where = readableIn(scope);
  const [rows, totals] = await Promise.all([
    db
      .select()
      .from(outboxMessages)
      .where(where)
      .orderBy(desc(outboxMessages.createdAt), desc(outboxMessages.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ n: count() }).from(outboxMessages).where(where),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}
