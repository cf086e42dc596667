// The Idempotency-Key claims of writes (http/idempotency.ts): claim, answer, release.
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Executor } from './executor.ts';
import { idempotencyKeys } from '../db/schema/index.ts';

export type IdempotencyClaim = typeof idempotencyKeys.$inferSelect;

/** Claims the key for this request; when it is taken (and not expired), returns the claim that holds it. */
export async function claimKey(db: Executor, userId: string, key: string, requestHash: string, lifetimeHours: number): Promise<{ claimed: true } | { claimed: false; existing: IdempotencyClaim }> {
  const mine = and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key));
  await db.delete(idempotencyKeys).where(and(mine, lt(idempotencyKeys.createdAt, sql`now() - make_interval(hours => ${lifetimeHours})`)));
  const inserted = await db.insert(idempotencyKeys).values({ userId, key, requestHash }).onConflictDoNothing().returning({ key: idempotencyKeys.key });
  if (inserted.length > 0) return { claimed: true };
  const [existing] = await db.select().from(idempotencyKeys).where(mine);
  // Gone between the insert and the read (released by a failed first attempt): claim it again.
  return existing ? { claimed: false, existing } : claimKey(db, userId, key, requestHash, lifetimeHours);
}

export async function storeAnswer(db: Executor, userId: string, key: string, answer: { status: number; contentType: string | null; body: string }): Promise<void> {
  await db.update(idempotencyKeys).set(answer).where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)));
}

/** The request failed in a way a retry may fix (5xx): the key is free again. */
export async function releaseKey(db: Executor, userId: string, key: string): Promise<void> {
  await db.delete(idempotencyKeys).where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)));
}
