import { desc } from 'drizzle-orm';
import { outboxMessages } from '../db/schema/index.ts';
import type { Executor } from './executor.ts';

export type OutboxMessage = typeof outboxMessages.$inferSelect;

export async function insertOutboxMessage(db: Executor, message: Omit<typeof outboxMessages.$inferInsert, 'id' | 'createdAt'>): Promise<void> {
  await db.insert(outboxMessages).values(message);
}

export async function listOutboxMessages(db: Executor, limit = 50): Promise<OutboxMessage[]> {
  return db.select().from(outboxMessages).orderBy(desc(outboxMessages.createdAt)).limit(limit);
}
