// Background jobs (reminders, e-mails) on pg-boss 10, in the app's own PostgreSQL
// (docs/decisions/006-job-queue-pg-boss.md). A job is a row: scheduled ahead with startAfter, it
// survives restarts of the server and runs at least once, on whichever app instance polls first
// (SKIP LOCKED); a handler that throws is retried with exponential backoff. Handlers must
// therefore be idempotent.
//
// PERSONAL DATA: job data is stored in clear in pgboss.job and kept in pgboss.archive for days
// after the job ran. It must never contain personal data: ids only (e.g. { employeeId }); the
// handler loads the rest under the app's rules. Nothing here logs job data either: errors carry
// the queue name and the job id, never the data.
//
// The app role runs this with row access only; the owner installed the schema (migrate: false).
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import PgBoss from 'pg-boss';
import { runAsSystem } from '../db/actor-scope.ts';
import { sqlRunnerOf } from '../db/transaction-client.ts';
import type { Executor } from '../repositories/executor.ts';
import { JOB_SCHEMA } from './install-job-schema.ts';

export type JobHandler<T> = (data: T, job: { id: string; name: string }) => Promise<void>;

export type SendOptions = {
  /** Not run before this time. */
  startAfter?: Date;
  /** At most one job with this key waits to run per queue: a second send is a no-op (null). */
  singletonKey?: string;
  /** The transaction the job belongs to: it is queued if, and only if, that commits. */
  within?: Executor;
};

export interface JobQueue {
  /** Schedules a job (data: ids only, never personal data); null when a job with the same singletonKey is already waiting. */
  send<T extends object>(name: string, data: T, options?: SendOptions): Promise<string | null>;
  /** Cancels the jobs of `name` with this singletonKey that have not started yet (e.g. the date a reminder depends on changed). */
  cancel(name: string, singletonKey: string): Promise<void>;
  /** Runs `handler` for each due job of `name`, as the system (row-level security: every program is visible). */
  work<T extends object>(name: string, handler: JobHandler<T>): Promise<void>;
  /** Stops polling, waits for running handlers (up to stopTimeoutMs), closes the connections. */
  stop(): Promise<void>;
}

export type JobQueueOptions = {
  /** The app role's URL: the schema was installed by the owner (runMigrations). */
  connectionString: string;
  /** How often an idle worker looks for due jobs; pg-boss's minimum is 0.5. */
  pollingIntervalSeconds?: number;
  /** Runs after the first failed one (default 3); retry n waits retryDelaySeconds · 2^(n−1), up to twice that (jitter). Default 60 s. */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** How long stop() waits for running handlers before failing them back to be retried. */
  stopTimeoutMs?: number;
  onError: (error: unknown) => void;
};

/** A handler failed; the job will be retried unless its retries are spent. */
export class JobFailedError extends Error {
  constructor(
    readonly queue: string,
    readonly jobId: string,
    cause: unknown,
  ) {
    super(`job ${jobId} of queue ${queue} failed`, { cause });
    this.name = 'JobFailedError';
  }
}

export async function createJobQueue(options: JobQueueOptions): Promise<JobQueue> {
  const retry = { retryLimit: options.retryLimit ?? 3, retryDelay: options.retryDelaySeconds ?? 60, retryBackoff: true };
  const connection = workerSafeConnection(options);
  const boss = new PgBoss({
    db: connection.db,
    schema: JOB_SCHEMA,
    migrate: false, // the owner did it; the app role could not
    supervise: true, // expires stuck jobs and archives finished ones (row access is enough)
    schedule: false, // no cron jobs: no clock-skew polling, no internal send-it queue
    pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2,
  });
  // Without a listener an 'error' event would throw and end the process.
  boss.on('error', (error) => options.onError(error));
  await boss.start().catch(async (error: unknown) => {
    await connection.close();
    throw error;
  });

  // The "short" policy keeps at most one job per singletonKey in state "created". A job without a
  // key gets one of its own, or all key-less jobs of a queue would count as one.
  const queues = new Map<string, Promise<void>>();
  const ensureQueue = (name: string): Promise<void> => {
    let created = queues.get(name);
    if (!created) {
      created = boss.createQueue(name, { name, policy: 'short' });
      created.catch(() => queues.delete(name));
      queues.set(name, created);
    }
    return created;
  };

  return {
    async send(name, data, sendOptions = {}) {
      await ensureQueue(name);
      return boss.send(name, data, {
        ...retry,
        singletonKey: sendOptions.singletonKey ?? `job:${randomUUID()}`,
        ...(sendOptions.startAfter ? { startAfter: sendOptions.startAfter } : {}),
        ...(sendOptions.within ? { db: sqlRunnerOf(sendOptions.within) } : {}),
      });
    },

    async cancel(name, singletonKey) {
      // pg-boss cancels by job id; this finds the waiting jobs by key and cancels them in one
      // statement, so a job a worker has just locked is left to run (covered by the tests).
      await connection.db.executeSql(
        `UPDATE ${JOB_SCHEMA}.job SET state = 'cancelled', completed_on = now()
          WHERE name = $1 AND singleton_key = $2 AND state < 'active'`,
        [name, singletonKey],
      );
    },

    async work<T extends object>(name: string, handler: JobHandler<T>) {
      await ensureQueue(name);
      const runJob = async (job: PgBoss.Job<T>) => {
        try {
          // The handler's own queries (a send, say) are the caller's again: their errors reach it.
          await connection.asCaller(() => runAsSystem(() => handler(job.data, { id: job.id, name: job.name })));
        } catch (error) {
          options.onError(new JobFailedError(job.name, job.id, error));
          throw error; // pg-boss marks the job for a retry
        }
      };
      // batchSize 1: each job succeeds, fails and is retried on its own.
      await connection.asWorkerLoop(() =>
        boss.work<T>(name, { batchSize: 1 }, async (jobs) => {
          for (const job of jobs) await runJob(job);
        }),
      );
    },

    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: options.stopTimeoutMs ?? 5_000 });
      await connection.close();
    },
  };
}

/**
 * pg-boss 10's worker loop marks a job completed or failed without awaiting the query. If the
 * database fails right then, that rejection would be unhandled and would end the whole server.
 * So the queries the worker loop makes on its own are told apart (an async context): their errors
 * go to onError and they answer "nothing". Every other query (send, cancel, createQueue) fails
 * to its caller as usual. The job stays active and is retried once it expires.
 */
function workerSafeConnection(options: Pick<JobQueueOptions, 'connectionString' | 'onError'>) {
  const workerLoop = new AsyncLocalStorage<boolean>();
  const pool = new pg.Pool({ connectionString: options.connectionString, max: 4, application_name: 'kakehashi-jobs' });
  pool.on('error', (error) => options.onError(error)); // a dropped idle connection; the pool replaces it
  let closed = false;
  const nothing = undefined as unknown as { rows: never[] }; // what pg-boss's own pool answers once closed
  const db: PgBoss.Db = {
    async executeSql(text, values) {
      const inWorkerLoop = workerLoop.getStore() === true;
      if (closed) {
        if (inWorkerLoop) return nothing; // a handler that outlived stop(): its job expires and is retried
        throw new Error('the job queue is stopped');
      }
      try {
        return await pool.query(text, values);
      } catch (error) {
        if (!inWorkerLoop) throw error;
        options.onError(error);
        return nothing;
      }
    },
  };
  return {
    db,
    asWorkerLoop: <R>(fn: () => R): R => workerLoop.run(true, fn),
    asCaller: <R>(fn: () => R): R => workerLoop.run(false, fn),
    close: async () => {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
