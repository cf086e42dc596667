// An app on its own fresh database, driven through inject(); one per test file. Mail goes to
// the outbox table; people are created straight in the database and sign in through the API.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { afterAll, beforeAll } from 'vitest';
import { buildApp, type AppOptions } from '../../src/server/app.ts';
import { DEFAULT_AUTH_TIMEOUTS } from '../../src/server/auth/auth.ts';
import { createPasswordHasher, type PasswordHasher } from '../../src/server/auth/password-hasher.ts';
import type { Database } from '../../src/server/db/database.ts';
import { createOutboxMailer } from '../../src/server/mail/mailer.ts';
import { createFieldCipher } from '../../src/server/crypto/field-cipher.ts';
import { createJobQueue, type JobQueue } from '../../src/server/jobs/job-queue.ts';
import { createTestDatabase } from './test-database.ts';

export type TestApp = { app: FastifyInstance; database: Database; hasher: PasswordHasher; jobQueue: JobQueue | null };

/** A real pg-boss queue on the test database, polling often, as the server runs one. */
export async function openTestJobQueue(database: Database): Promise<JobQueue> {
  return createJobQueue({ connectionString: database.pool.options.connectionString!, pollingIntervalSeconds: 0.5, retryDelaySeconds: 1, stopTimeoutMs: 2_000, onError: () => undefined });
}

export const TEST_FIELD_KEY = Buffer.alloc(32, 7);
export const TEST_AUTH = { secret: 'test-secret-test-secret-test-secret-0123', publicUrl: 'http://localhost:3000', ...DEFAULT_AUTH_TIMEOUTS };

const temporaryDirs: string[] = [];
/** A fresh folder for the uploaded files of one test app, removed after its tests. */
export function filesDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-files-'));
  temporaryDirs.push(dir);
  return dir;
}

/** `extend` adds routes of the test's own before the app is ready (e.g. to look behind the services). */
export function useTestApp(overrides: Partial<AppOptions> & { withJobQueue?: boolean } = {}, extend?: (app: FastifyInstance, database: Database) => void): TestApp {
  const ctx = {} as TestApp;
  let drop: () => Promise<void> = async () => undefined;
  beforeAll(async () => {
    const created = await createTestDatabase();
    drop = created.drop;
    ctx.database = created.database;
    ctx.hasher = overrides.hasher ?? createPasswordHasher();
    const { withJobQueue, ...options } = overrides;
    ctx.jobQueue = withJobQueue ? await openTestJobQueue(created.database) : null;
    ctx.app = await buildApp({
      database: created.database,
      logger: pino({ level: process.env.TEST_LOG ?? 'silent' }),
      webRoot: null,
      auth: TEST_AUTH,
      mailer: createOutboxMailer(created.database.db),
      demoAccounts: false,
      fieldCipher: createFieldCipher(TEST_FIELD_KEY),
      hasher: ctx.hasher,
      filesDir: filesDir(),
      jobQueue: ctx.jobQueue,
      ...options,
    });
    extend?.(ctx.app, created.database);
    await ctx.app.ready();
  });
  afterAll(async () => {
    await ctx.app?.close();
    await ctx.jobQueue?.stop();
    await drop();
    for (const dir of temporaryDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });
  return ctx;
}

/**
 * Waits until the app no longer sheds load. A test that floods the app on purpose (200 bookings
 * at once) leaves it "under pressure" until its next check (every 100 ms): the requests that
 * follow at once would be answered 503, which is right for the app and not what they test.
 */
export async function untilCalm(app: FastifyInstance, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (app.isUnderPressure()) {
    if (Date.now() - started > timeoutMs) throw new Error(`still shedding load after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
