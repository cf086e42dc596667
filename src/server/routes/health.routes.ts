import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appliedMigrationCount, expectedMigrationCount } from '../db/migrate.ts';

const EXPECTED_MIGRATIONS = expectedMigrationCount();

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/healthz', { config: { access: { kind: 'public' } }, schema: { tags: ['operations'], response: { 200: z.object({ status: z.literal('ok') }) } } }, async () => ({
    status: 'ok' as const,
  }));

  const readiness = z.object({
    status: z.enum(['ready', 'unavailable']),
    database: z.enum(['up', 'down']),
    migrations: z.object({ applied: z.number().int(), expected: z.number().int() }),
  });
  app.get('/readyz', { config: { access: { kind: 'public' } }, schema: { tags: ['operations'], response: { 200: readiness, 503: readiness } } }, async (_request, reply) => {
    let applied = 0;
    let database: 'up' | 'down' = 'down';
    try {
      if (app.database.serverRunning()) {
        applied = await appliedMigrationCount(app.database.pool);
        database = 'up';
      }
    } catch {
      database = 'down';
    }
    const ready = database === 'up' && applied >= EXPECTED_MIGRATIONS;
    return reply.status(ready ? 200 : 503).send({
      status: ready ? 'ready' : 'unavailable',
      database,
      migrations: { applied, expected: EXPECTED_MIGRATIONS },
    });
  });
};
