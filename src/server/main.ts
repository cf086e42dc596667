// `kakehashi serve`: opens the database (embedded or external), loads the demo on first start,
// starts the job queue, listens, and shuts down gracefully on SIGTERM/SIGINT: stop accepting,
// finish in-flight requests, then running jobs, close the pool, stop the embedded server, all
// within SHUTDOWN_TIMEOUT_MS.
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import { loadConfig, type Config } from './config.ts';
import { openDatabase, type Database } from './db/database.ts';
import { createLogger } from './logger.ts';
import { loadDemoDataIfEmpty } from './seed/demo-seed.ts';
import { loadOrCreateAppSecrets } from './auth/app-secrets.ts';
import { createFieldCipher } from './crypto/field-cipher.ts';
import { createPasswordHasher } from './auth/password-hasher.ts';
import { createMailer, type Mailer } from './mail/mailer.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed/demo-accounts.ts';
import { ensureDemoAccounts } from './seed/demo-accounts.seed.ts';
import { createJobQueue, type JobQueue } from './jobs/job-queue.ts';
import { createTestClock } from './test-clock.ts';

export async function serve(config: Config = loadConfig()): Promise<{ app: FastifyInstance; close: () => Promise<void> }> {
  const started = Date.now();
  const logger = createLogger(config);
  let database: Database | null = null;
  let jobs: JobQueue | null = null;
  try {
    database = await openDatabase(config, (msg) => logger.info(msg));
    if (config.loadDemoData) {
      const seeded = await loadDemoDataIfEmpty(database.db);
      if (seeded) logger.info(seeded, 'demo data loaded into the empty database');
    }
    const hasher = createPasswordHasher({ concurrency: config.passwordHashConcurrency });
    const demoAccounts = config.demoAccounts && config.loadDemoData;
    if (demoAccounts) await ensureDemoAccounts(database.db, hasher);
    const mailer = createMailer(config, database.db);
    jobs = await createJobQueue({
      // The app role's URL, as the pool uses it: pg-boss's schema was installed by the owner.
      connectionString: database.pool.options.connectionString!,
      stopTimeoutMs: Math.max(1_000, Math.floor(config.shutdownTimeoutMs / 2)),
      // Errors name the queue and job id, never the job's data.
      onError: (error) => logger.error({ err: error }, 'job queue error'),
    });
    const generated = config.authSecret && config.fieldEncryptionKey ? null : loadOrCreateAppSecrets(config.dataDir);
    const app = await buildApp({
      database,
      logger,
      hasher,
      mailer,
      demoAccounts,
      trustProxy: config.trustProxy,
      filesDir: path.join(config.dataDir, 'files'),
      fieldCipher: createFieldCipher(config.fieldEncryptionKey ?? generated!.fieldEncryptionKey),
      auth: {
        secret: config.authSecret ?? generated!.authSecret,
        publicUrl: config.publicUrl,
        idleTimeoutSeconds: config.sessionIdleSeconds,
        absoluteTimeoutSeconds: config.sessionAbsoluteSeconds,
        resetLinkSeconds: 60 * 60,
      },
      jobQueue: jobs,
      testClock: config.testClock ? createTestClock(config.testClock.startAt) : null,
    });
    const address = await app.listen({ port: config.port, host: config.host });
    logger.info({ address, database: database.kind, ms: Date.now() - started }, `Kakehashi is ready at ${config.publicUrl}`);
    if (demoAccounts) printDemoAccounts(mailer.kind);
    const opened = database;
    const queue = jobs;
    const close = onceOnly(async () => {
      await app.close(); // stops accepting and waits for in-flight requests
      await queue.stop(); // no new jobs; running ones finish or go back to be retried
      await opened.close();
    });
    installSignalHandlers(close, config.shutdownTimeoutMs, logger);
    watchDatabase(opened, logger);
    return { app, close };
  } catch (error) {
    await jobs?.stop().catch(() => undefined);
    await database?.close().catch(() => undefined);
    throw error;
  }
}

function installSignalHandlers(close: () => Promise<void>, timeoutMs: number, logger: ReturnType<typeof createLogger>): void {
  const shutdown = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      logger.error({ timeoutMs }, 'shutdown took too long; exiting');
      process.exit(1);
    }, timeoutMs);
    timer.unref();
    close().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'error during shutdown');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

/** If the embedded server dies under us, say so; /readyz turns red at once. */
function watchDatabase(database: Database, logger: ReturnType<typeof createLogger>): void {
  const timer = setInterval(() => {
    if (!database.serverRunning()) {
      logger.fatal('the embedded PostgreSQL server stopped unexpectedly');
      clearInterval(timer);
    }
  }, 1000);
  timer.unref();
}

/** To the console, not the log: a person at the terminal is meant to read it. */
function printDemoAccounts(mailKind: Mailer['kind']): void {
  const width = Math.max(...DEMO_ACCOUNTS.map((a) => a.email.length));
  const lines = DEMO_ACCOUNTS.map((a) => `  ${a.email.padEnd(width)}  ${a.role}`);
  process.stdout.write(
    [
      '',
      `Demo accounts (password for all: ${DEMO_PASSWORD}); operator admins set up two-step verification at first sign-in:`,
      ...lines,
      mailKind === 'outbox' ? 'No SMTP server is configured: e-mails go to the in-app outbox.' : '',
      'Turn demo accounts off with KAKEHASHI_DEMO_ACCOUNTS=false (always off when NODE_ENV=production).',
      '',
    ].join('\n'),
  );
}

function onceOnly(fn: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  return () => (running ??= fn());
}
