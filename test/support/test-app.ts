// An app on its own fresh database, driven through inject(); one per test file.
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import type { Database } from '../../src/server/db/database.ts';
import { createTestDatabase } from './test-database.ts';

export type TestApp = { app: FastifyInstance; database: Database };

export function useTestApp(): TestApp {
  const ctx = {} as TestApp;
  let drop: () => Promise<void> = async () => undefined;
  beforeAll(async () => {
    const created = await createTestDatabase();
    drop = created.drop;
    ctx.database = created.database;
    ctx.app = await buildApp({ database: created.database, logger: pino({ level: 'silent' }), webRoot: null });
    await ctx.app.ready();
  });
  afterAll(async () => {
    await ctx.app?.close();
    await drop();
  });
  return ctx;
}
