// The job queue on the real server, connected as the app role like `kakehashi serve`: due
// times, a restart between scheduling and running, retries, singleton keys, cancelling, and
// pg-boss's maintenance, all with row access only.
import pg from 'pg';
import PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, databaseUrl } from '../../../test/support/test-database.ts';
import { JOB_SCHEMA } from './install-job-schema.ts';
import { createJobQueue, JobFailedError, type JobQueue, type JobQueueOptions } from './job-queue.ts';

const target = inject('testDatabase');
let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
const queues: JobQueue[] = [];

beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(async () => {
  for (const queue of queues) await queue.stop().catch(() => undefined);
  await testDb?.drop();
});

async function openQueue(overrides: Partial<JobQueueOptions> = {}) {
  const errors: unknown[] = [];
  const queue = await createJobQueue({
    connectionString: testDb.url,
    pollingIntervalSeconds: 0.5,
    retryDelaySeconds: 1,
    stopTimeoutMs: 1_000,
    onError: (error) => errors.push(error),
    ...overrides,
  });
  queues.push(queue);
  return { queue, errors };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await sleep(50);
  }
}

async function jobState(name: string, id: string): Promise<string | undefined> {
  const { rows } = await testDb.database.pool.query<{ state: string }>(`select state from ${JOB_SCHEMA}.job where name = $1 and id = $2`, [name, id]);
  return rows[0]?.state;
}

describe('the job queue', () => {
  it('does not run a job before it is due, and runs it once after', async () => {
    const { queue, errors } = await openQueue();
    const runs: { at: number; data: unknown; id: string }[] = [];
    await queue.work<{ employeeId: string }>('test-due', async (data, job) => {
      runs.push({ at: Date.now(), data, id: job.id });
    });
    const due = Date.now() + 2_000;
    const id = await queue.send('test-due', { employeeId: 'e-1' }, { startAfter: new Date(due) });
    expect(id).toEqual(expect.any(String));

    await sleep(1_500);
    expect(runs).toEqual([]);
    await until(() => runs.length > 0, 5_000);
    expect(runs[0]!.at).toBeGreaterThanOrEqual(due - 50);
    await sleep(1_500); // several more polls
    expect(runs).toEqual([{ at: runs[0]!.at, data: { employeeId: 'e-1' }, id }]);
    await until(async () => (await jobState('test-due', id!)) === 'completed', 2_000);
    expect(errors).toEqual([]);
  });

  it('keeps a scheduled job across a restart: it runs once, in the new process', async () => {
    const before = await openQueue();
    const runsBefore: string[] = [];
    await before.queue.work('test-restart', async (_data, job) => void runsBefore.push(job.id));
    const id = await before.queue.send('test-restart', { employeeId: 'e-2' }, { startAfter: new Date(Date.now() + 2_000) });
    await before.queue.stop();

    const after = await openQueue();
    const runsAfter: string[] = [];
    await after.queue.work('test-restart', async (_data, job) => void runsAfter.push(job.id));
    await until(() => runsAfter.length > 0, 6_000);
    await sleep(1_500);
    expect(runsBefore).toEqual([]);
    expect(runsAfter).toEqual([id]);
    expect(after.errors).toEqual([]);
  });

  it('retries a job whose handler throws, and reports the failure without the job data', async () => {
    const { queue, errors } = await openQueue();
    let attempts = 0;
    await queue.work('test-retry', async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('temporary failure');
    });
    const id = await queue.send('test-retry', { employeeId: 'secret-employee-id' });
    await until(() => attempts === 2, 10_000);
    await until(async () => (await jobState('test-retry', id!)) === 'completed', 2_000);
    expect(errors).toHaveLength(1);
    const failure = errors[0] as JobFailedError;
    expect(failure).toBeInstanceOf(JobFailedError);
    expect(failure).toMatchObject({ queue: 'test-retry', jobId: id });
    expect(JSON.stringify({ ...failure, message: failure.message })).not.toContain('secret-employee-id');
  });

  it('gives up after retryLimit retries and leaves the job failed', async () => {
    const { queue } = await openQueue({ retryLimit: 1 });
    let attempts = 0;
    await queue.work('test-give-up', async () => {
      attempts += 1;
      throw new Error('permanent failure');
    });
    const id = await queue.send('test-give-up', { employeeId: 'e-3' });
    await until(async () => (await jobState('test-give-up', id!)) === 'failed', 10_000);
    await sleep(1_000);
    expect(attempts).toBe(2);
  });

  it('keeps one waiting job per singletonKey, and cancel frees the key', async () => {
    const { queue } = await openQueue();
    const later = new Date(Date.now() + 60_000);
    const key = 'residence-card:e-4';
    const first = await queue.send('test-singleton', { employeeId: 'e-4' }, { singletonKey: key, startAfter: later });
    expect(first).toEqual(expect.any(String));
    expect(await queue.send('test-singleton', { employeeId: 'e-4' }, { singletonKey: key, startAfter: later })).toBeNull();
    expect(await queue.send('test-singleton', { employeeId: 'e-5' }, { singletonKey: 'residence-card:e-5', startAfter: later })).toEqual(expect.any(String));
    // Jobs without a key are never merged.
    const [a, b] = [await queue.send('test-singleton', { employeeId: 'e-6' }), await queue.send('test-singleton', { employeeId: 'e-6' })];
    expect(a).toEqual(expect.any(String));
    expect(b).toEqual(expect.any(String));
    expect(a).not.toBe(b);

    await queue.cancel('test-singleton', key);
    expect(await jobState('test-singleton', first!)).toBe('cancelled');
    const again = await queue.send('test-singleton', { employeeId: 'e-4' }, { singletonKey: key, startAfter: later });
    expect(again).toEqual(expect.any(String));
    expect(await jobState('test-singleton', again!)).toBe('created');
  });

  it('does not cancel a job that is already running', async () => {
    const { queue } = await openQueue();
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    let started = false;
    await queue.work('test-cancel-running', async () => {
      started = true;
      await released;
    });
    const id = await queue.send('test-cancel-running', { employeeId: 'e-7' }, { singletonKey: 'k' });
    await until(() => started, 5_000);
    await queue.cancel('test-cancel-running', 'k');
    expect(await jobState('test-cancel-running', id!)).toBe('active');
    release();
    await until(async () => (await jobState('test-cancel-running', id!)) === 'completed', 2_000);
  });
});

describe('a database error in the worker loop', () => {
  // pg-boss 10 does not await marking a job done: unguarded, this error would be an unhandled
  // rejection (which Vitest reports as a failure, and which would end the server).
  it('is reported, does not end the process, and leaves the job to expire and be retried', async () => {
    const appRole = target.appRole;
    if (!appRole) return;
    const admin = new pg.Client({ connectionString: databaseUrl(target.adminUrl, testDb.name) });
    await admin.connect();
    try {
      const { queue, errors } = await openQueue();
      let ran = false;
      await queue.work('test-db-error', async () => {
        await admin.query(`revoke update on ${JOB_SCHEMA}.job from ${appRole}`);
        ran = true;
      });
      const id = await queue.send('test-db-error', { employeeId: 'e-8' });
      await until(() => ran && errors.some((e) => /permission denied/.test(String((e as Error).message))), 5_000);
      await sleep(500);
      expect(await jobState('test-db-error', id!)).toBe('active');
    } finally {
      await admin.query(`grant update on ${JOB_SCHEMA}.job to ${appRole}`);
      await admin.end();
    }
  });
});

describe("pg-boss's schema and the app role", () => {
  it('is used by the app role, which may not change it; the owner created the lazily made queues', async () => {
    if (!target.appRole) return; // the external server without a separate app role: one role does all
    expect(decodeURIComponent(new URL(testDb.url).username)).toBe(target.appRole);
    const client = new pg.Client({ connectionString: testDb.url });
    await client.connect();
    try {
      expect((await client.query<{ u: string }>('select current_user as u')).rows[0]?.u).toBe(target.appRole);
      await expect(client.query(`create table ${JOB_SCHEMA}.intruder (id int)`)).rejects.toThrow(/permission denied/);
      await expect(client.query(`drop table ${JOB_SCHEMA}.job`)).rejects.toThrow(/must be owner|permission denied/);
      await expect(client.query(`select ${JOB_SCHEMA}.delete_queue('test-due')`)).rejects.toThrow(/permission denied/);
      const { rows } = await client.query<{ owner: string }>(
        `select t.tableowner as owner from pg_tables t join ${JOB_SCHEMA}.queue q on q.partition_name = t.tablename
          where t.schemaname = $1 and q.name = 'test-due'`,
        [JOB_SCHEMA],
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]?.owner).not.toBe(target.appRole);
    } finally {
      await client.end();
    }
  });

  it("runs pg-boss's maintenance as the app role: expire, archive, drop", async () => {
    const errors: unknown[] = [];
    const boss = new PgBoss({
      connectionString: testDb.url,
      schema: JOB_SCHEMA,
      migrate: false,
      schedule: false,
      supervise: true,
      maintenanceIntervalSeconds: 1,
      archiveCompletedAfterSeconds: 1,
    });
    boss.on('error', (error) => errors.push(error));
    await boss.start();
    try {
      await boss.createQueue('test-maintenance', { name: 'test-maintenance', policy: 'short' });
      const done = await boss.send('test-maintenance', {}, { singletonKey: 'done' });
      const stuck = await boss.send('test-maintenance', {}, { singletonKey: 'stuck', expireInSeconds: 1 });
      const fetched = await boss.fetch('test-maintenance', { batchSize: 2 });
      expect(fetched.map((j) => j.id).sort()).toEqual([done, stuck].sort());
      await boss.complete('test-maintenance', done!);
      await sleep(1_200);
      await new Promise((resolve) => boss.once('maintenance', resolve));

      expect(await jobState('test-maintenance', done!)).toBeUndefined(); // moved to the archive
      const archived = await testDb.database.pool.query(`select state from ${JOB_SCHEMA}.archive where id = $1`, [done]);
      expect(archived.rows).toEqual([{ state: 'completed' }]);
      expect(await jobState('test-maintenance', stuck!)).toBe('retry'); // expired while active
      expect(errors).toEqual([]);
    } finally {
      await boss.stop({ graceful: false });
    }
  });
});
