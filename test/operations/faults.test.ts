// Faults (issue 10 item 3) on real `kakehashi serve` processes:
// - SIGKILL of the app at random moments during a stream of acknowledged writes, KILLS times on
//   one data folder: after each restart every acknowledged write is there, and at the end
//   PostgreSQL's amcheck finds every B-tree index and every table intact;
// - two app processes on one PostgreSQL (the second through DATABASE_URL): concurrent edits of one
//   record through both never lose an update — exactly one edit of a version wins, the others get
//   409 — and a write made through one is read through the other; concurrent bookings of the
//   same flats through both never double-book a bed or a person; background jobs queued through
//   both (renewal-reminder runs racing on both processes' workers) mail each agreement once;
// - that external PostgreSQL stopped at once (SIGQUIT, what `pg_ctl stop -m immediate` sends)
//   under a stream of writes and started again: /readyz turns red then green, every request in
//   between is answered 503 (never 500, never hanging), and every acknowledged write is there.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { drizzle } from 'drizzle-orm/node-postgres';
import { createPasswordHasher } from '../../src/server/auth/password-hasher.ts';
import { isProcessAlive } from '../../src/server/db/embedded/processes.ts';
import * as schema from '../../src/server/db/schema/index.ts';
import { DEMO_PASSWORD } from '../../src/server/seed/demo-accounts.ts';
import { addInterns } from '../support/housing.ts';
import { signInToServer, startServer, stopServer, type ServerProcess } from './server-process.ts';

const KILLS = Number(process.env.FAULT_KILLS ?? 20);
const STAFF = 'staff@hitachi.kakehashi.example';
const SHARED_SECRETS = { AUTH_SECRET: 'faults-test-auth-secret-0123456789abcdef', FIELD_ENCRYPTION_KEY: Buffer.alloc(32, 9).toString('hex') };

const dataDirs: string[] = [];
const servers: ServerProcess[] = [];
function freshDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-faults-'));
  dataDirs.push(dir);
  return dir;
}
async function start(dataDir: string, env: Record<string, string> = {}) {
  const server = await startServer(dataDir, { ...SHARED_SECRETS, ...env });
  servers.push(server);
  return server;
}
afterAll(async () => {
  for (const s of servers.reverse()) await stopServer(s).catch(() => undefined);
  for (const d of dataDirs) fs.rmSync(d, { recursive: true, force: true });
});

/** The embedded cluster's address and generated passwords, as the data folder records them. */
function clusterOf(dataDir: string) {
  const port = Number(fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[3]);
  const secrets = JSON.parse(fs.readFileSync(path.join(dataDir, 'secrets.json'), 'utf8')) as { superuserPassword: string; ownerPassword: string; appPassword: string };
  const url = (user: string, password: string, database = 'kakehashi') => `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  return { superuser: url('postgres', secrets.superuserPassword), owner: url('kakehashi_owner', secrets.ownerPassword), app: url('kakehashi_app', secrets.appPassword) };
}

async function createOrganization(url: string, headers: Record<string, string>, n: number): Promise<string | null> {
  try {
    const res = await fetch(`${url}/api/organizations`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'company', country: 'JP', name: { ja: `障害テスト企業${n}` } }) });
    return res.status === 201 ? ((await res.json()) as { id: string }).id : null;
  } catch {
    return null; // cut by the kill: not acknowledged
  }
}

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function until(probe: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const started = Date.now();
  while (!(await probe())) {
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
const readyStatus = async (server: ServerProcess) => (await fetch(`${server.url}/readyz`).catch(() => null))?.status ?? 0;

/** Starts the cluster again as it was started (postmaster.opts), as the postgres user when we are root. */
function startCluster(pgData: string): void {
  const opts = fs.readFileSync(path.join(pgData, 'postmaster.opts'), 'utf8').trim();
  const binary = opts.slice(0, opts.indexOf(' '));
  const args = [...opts.matchAll(/"([^"]*)"/g)].map((m) => m[1]!);
  const asPostgres = process.getuid?.() === 0 ? { uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })), gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })) } : {};
  spawn(binary, args, { ...asPostgres, detached: true, stdio: 'ignore' }).unref();
}

describe('faults', () => {
  it(`loses no acknowledged write over ${KILLS} SIGKILLs at random moments, and amcheck finds the database intact`, async () => {
    const dataDir = freshDataDir();
    const acknowledged: string[] = [];
    let n = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      const server = await start(dataDir);
      const staff = await signInToServer(server, STAFF, DEMO_PASSWORD);
      const before = acknowledged.length;
      const target = before + 1 + Math.floor(Math.random() * 25); // a random moment in the stream
      const writers = Array.from({ length: 4 }, async () => {
        while (server.child.exitCode === null && server.child.signalCode === null) {
          const id = await createOrganization(server.url, staff, n++);
          if (id) acknowledged.push(id);
        }
      });
      while (acknowledged.length < target) await new Promise((r) => setTimeout(r, 2));
      await new Promise((r) => setTimeout(r, Math.random() * 50));
      server.child.kill('SIGKILL');
      await server.exited;
      await Promise.all(writers);
    }
    const last = await start(dataDir);
    const { superuser } = clusterOf(dataDir);
    await withClient(superuser, async (client) => {
      const found = await client.query<{ count: string }>('select count(*) from organizations where id = any($1::uuid[])', [acknowledged]);
      expect(Number(found.rows[0]!.count)).toBe(acknowledged.length);
      await client.query('create extension if not exists amcheck');
      // Real indexes only (a partitioned table's index has no storage); materialized first so the
      // planner cannot call the checks on rows the filter drops.
      const indexes = await client.query<{ name: string }>(
        `with btree as materialized (
           select c.oid from pg_index i join pg_class c on c.oid = i.indexrelid join pg_am a on a.oid = c.relam
            where a.amname = 'btree' and c.relkind = 'i' and c.relpersistence <> 't' and i.indisready and i.indisvalid)
         select oid::regclass::text as name, bt_index_check(index => oid, heapallindexed => true) is null as checked from btree`,
      );
      expect(indexes.rows.length).toBeGreaterThan(50);
      const corrupt = await client.query(
        `with heap as materialized (select oid from pg_class where relkind in ('r', 'm', 't') and relpersistence <> 't')
         select h.oid::regclass::text as relation, v.* from heap h cross join lateral verify_heapam(h.oid) v`,
      );
      expect(corrupt.rows).toEqual([]);
    });
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILLS);
    await stopServer(last);
  }, 900_000);

  it('keeps concurrent edits and bookings through two app processes on one PostgreSQL from losing an update or double-booking', async () => {
    const dataDir = freshDataDir();
    const a = await start(dataDir);
    const { app, owner } = clusterOf(dataDir);
    const b = await start(freshDataDir(), { DATABASE_URL: app, DATABASE_MIGRATION_URL: owner });
    const onA = await signInToServer(a, STAFF, DEMO_PASSWORD);
    const onB = await signInToServer(b, STAFF, DEMO_PASSWORD);
    const id = await createOrganization(a.url, onA, 0);
    expect(id).not.toBeNull();
    const read = async (server: ServerProcess, headers: Record<string, string>) => (await (await fetch(`${server.url}/api/organizations/${id}`, { headers })).json()) as { version: number; city: string | null };
    for (let round = 0; round < 5; round++) {
      const { version } = await read(b, onB); // written through A, read through B
      const edits = Array.from({ length: 8 }, (_, i) =>
        fetch(`${(i % 2 ? b : a).url}/api/organizations/${id}`, { method: 'PATCH', headers: { ...(i % 2 ? onB : onA), 'content-type': 'application/json' }, body: JSON.stringify({ version, city: `町${round}-${i}` }) }).then(async (res) => ({ status: res.status, city: `町${round}-${i}` })),
      );
      const answers = await Promise.all(edits);
      const won = answers.filter((x) => x.status === 200);
      expect(won).toHaveLength(1);
      expect(answers.filter((x) => x.status !== 200).every((x) => x.status === 409)).toBe(true);
      for (const [server, headers] of [[a, onA], [b, onB]] as const) {
        expect(await read(server, headers)).toMatchObject({ version: version + 1, city: won[0]!.city });
      }
    }
    // Bookings: each of six interns asks for each of four one-person flats for the same nights,
    // all at once, half through each process. A flat holds one person and a person one flat a
    // night (exclusion constraints), so at most four win; every other answer is 409.
    const get = async <T>(server: ServerProcess, headers: Record<string, string>, url: string) => (await (await fetch(`${server.url}${url}`, { headers })).json()) as T;
    const programs = await get<{ items: Array<{ id: string; name: { en?: string } }> }>(a, onA, '/api/programs?pageSize=100');
    const fy2025 = programs.items.find((p) => p.name.en?.startsWith('FY2025'))!;
    // The demo has no interns yet: six go straight into the database, as the integration tests' do.
    await withClient(clusterOf(dataDir).superuser, async (c) => {
      const roles = (await c.query<{ organization_id: string; role: string }>('select organization_id, role from participations where program_id = $1 order by organization_id', [fy2025.id])).rows;
      const of = (role: string) => roles.filter((r) => r.role === role).map((r) => r.organization_id);
      // Its host companies have not joined yet: two of the demo's companies take the interns.
      const [company, company2] = (await c.query<{ id: string }>(`select id from organizations where kind = 'company' order by id limit 2`)).rows.map((r) => r.id);
      const pool = new pg.Pool({ connectionString: clusterOf(dataDir).superuser, max: 2 });
      try {
        await addInterns({ database: { db: drizzle(pool, { schema }) }, hasher: createPasswordHasher() }, { program: fy2025.id, college: of('sending_college')[0]!, company: company!, company2: company2! }, 6);
      } finally {
        await pool.end();
      }
    });
    const board = await get<{ units: Array<{ id: string; capacity: number }>; interns: Array<{ applicationId: string }> }>(a, onA, `/api/programs/${fy2025.id}/housing`);
    const flats = board.units.filter((u) => u.capacity === 1).slice(0, 4);
    expect(flats).toHaveLength(4);
    expect(board.interns.length).toBeGreaterThanOrEqual(2);
    const asks = flats.flatMap((flat) => board.interns.map((intern) => ({ flat: flat.id, applicationId: intern.applicationId })));
    const answers = await Promise.all(
      asks.map(({ flat, applicationId }, i) =>
        fetch(`${(i % 2 ? b : a).url}/api/programs/${fy2025.id}/stays`, { method: 'POST', headers: { ...(i % 2 ? onB : onA), 'content-type': 'application/json' }, body: JSON.stringify({ applicationId, unitId: flat, checkIn: '2025-09-05', checkOut: '2025-09-10' }) }).then((r) => r.status),
      ),
    );
    const booked = answers.filter((status) => status === 201).length;
    expect(answers.filter((status) => status !== 201).every((status) => status === 409)).toBe(true);
    expect(booked).toBeGreaterThanOrEqual(1);
    expect(booked).toBeLessThanOrEqual(Math.min(flats.length, board.interns.length));
    await withClient(clusterOf(dataDir).superuser, async (c) => {
      const stays = await c.query<{ count: string }>(`select count(*) from stays where program_id = $1 and check_in = '2025-09-05' and check_out = '2025-09-10'`, [fy2025.id]);
      expect(Number(stays.rows[0]!.count)).toBe(booked);
      const doubled = await c.query(
        `select 1 from stays x join stays y on x.id < y.id and x.program_id = y.program_id
          and daterange(x.check_in, x.check_out) && daterange(y.check_in, y.check_out)
          and ((x.unit_id = y.unit_id and x.bed = y.bed) or x.occupant_user_id = y.occupant_user_id)
          where x.program_id = $1`,
        [fy2025.id],
      );
      expect(doubled.rows).toEqual([]);
    });
  }, 300_000);
  it('runs background jobs once across two app processes: racing renewal-reminder runs mail each agreement once', async () => {
    const dataDir = freshDataDir();
    // A settable clock (real time until set), so that the reminders fall due while both run.
    const a = await start(dataDir, { KAKEHASHI_TEST_CLOCK: 'true' });
    const { app, owner, superuser } = clusterOf(dataDir);
    const b = await start(freshDataDir(), { DATABASE_URL: app, DATABASE_MIGRATION_URL: owner, KAKEHASHI_TEST_CLOCK: 'true' });
    const onA = await signInToServer(a, STAFF, DEMO_PASSWORD);
    const onB = await signInToServer(b, STAFF, DEMO_PASSWORD);
    const json = { 'content-type': 'application/json' };
    const demo = ((await (await fetch(`${a.url}/api/housing-agreements`, { headers: onA })).json()) as { items: Array<{ operator: { id: string }; partner: { id: string } }> }).items[0]!;
    // Twelve agreements, created through both processes, whose first renewal (15 January 2027) is
    // reminded of from 16 December 2026: not due by the real clock of today's runs.
    const titles = Array.from({ length: 12 }, (_, i) => `Job race ${i + 1}`);
    for (const [i, title] of titles.entries()) {
      const [server, headers] = i % 2 ? [b, onB] : [a, onA];
      const res = await fetch(`${server.url}/api/housing-agreements`, { method: 'POST', headers: { ...headers, ...json }, body: JSON.stringify({ operatorId: demo.operator.id, partnerId: demo.partner.id, title: { en: title }, startsOn: '2026-01-15' }) });
      expect(res.status, await res.clone().text()).toBe(201);
    }
    const mailsPerTitle = () =>
      withClient(superuser, async (c) => {
        const rows = await c.query<{ body_text: string }>(`select body_text from outbox_messages where kind like 'agreement%' and body_text like '%Job race %'`);
        return titles.map((t) => rows.rows.filter((r) => new RegExp(`${t}\\b`).test(r.body_text)).length);
      });
    expect(await mailsPerTitle()).toEqual(titles.map(() => 0));
    // Both processes move their clocks to 20 December, several times, each queueing runs (PUT
    // /api/test-clock queues one); the runs race on both processes' workers.
    for (let round = 0; round < 3; round++) {
      await Promise.all(
        [
          [a, onA],
          [b, onB],
        ].map(([server, headers]) => fetch(`${(server as ServerProcess).url}/api/test-clock`, { method: 'PUT', headers: { ...(headers as Record<string, string>), ...json }, body: JSON.stringify({ now: '2026-12-20T03:00:00Z' }) }).then((r) => expect(r.status).toBe(200))),
      );
    }
    await until(async () => (await mailsPerTitle()).every((n) => n > 0), 60_000, 'every agreement reminded');
    const runs = () => withClient(superuser, async (c) => (await c.query<{ state: string }>(`select state from pgboss.job where name = 'agreement-renewal-reminders' and singleton_key = 'now'`)).rows.map((r) => r.state));
    await until(async () => (await runs()).every((state) => state === 'completed'), 60_000, 'every run finished');
    const sent = await mailsPerTitle();
    // One mail per active operator administrator or staff member for every agreement: no second set.
    const people = await withClient(superuser, async (c) =>
      Number(
        (
          await c.query<{ count: string }>(
            `select count(distinct u.email) from memberships m join users u on u.id = m.user_id
              where m.organization_id = $1 and m.role in ('operator_admin', 'operator_staff') and u.disabled_at is null`,
            [demo.operator.id],
          )
        ).rows[0]!.count,
      ),
    );
    expect(people).toBeGreaterThan(0);
    expect(sent).toEqual(titles.map(() => people));
    expect((await runs()).length).toBeGreaterThanOrEqual(2);
    await new Promise((r) => setTimeout(r, 3_000)); // a late run would have mailed by now (workers poll every 2 s)
    expect(await mailsPerTitle()).toEqual(sent);
  }, 300_000);
  it('answers 503, never 500, while its external PostgreSQL is down, recovers, and loses nothing acknowledged', async () => {
    const dataDir = freshDataDir();
    await start(dataDir); // owns the cluster the next process uses as an external server
    const { app, owner } = clusterOf(dataDir);
    const b = await start(freshDataDir(), { DATABASE_URL: app, DATABASE_MIGRATION_URL: owner });
    const onB = await signInToServer(b, STAFF, DEMO_PASSWORD);
    const acknowledged: string[] = [];
    const statuses = new Map<number, number>();
    let writing = true;
    let n = 0;
    const writers = Array.from({ length: 3 }, async () => {
      while (writing) {
        const started = Date.now();
        const res = await fetch(`${b.url}/api/organizations`, { method: 'POST', headers: { ...onB, 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'company', country: 'JP', name: { ja: `停止テスト企業${n++}` } }) }).catch((error: unknown) => {
          throw new Error(`the app stopped answering (exit ${b.child.exitCode} ${b.child.signalCode}): ${String(error)}\n${b.output().slice(-3000)}`);
        });
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (res.status === 201) acknowledged.push(((await res.json()) as { id: string }).id);
        else await res.arrayBuffer();
        expect(Date.now() - started).toBeLessThan(15_000); // failing, not hanging
        if (res.status !== 201) await new Promise((r) => setTimeout(r, 20));
      }
    });
    await until(async () => acknowledged.length >= 10, 30_000, 'writes before the stop');
    const pgData = path.join(dataDir, 'pg');
    const postmaster = Number(fs.readFileSync(path.join(pgData, 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(postmaster, 'SIGQUIT');
    await until(async () => !isProcessAlive(postmaster), 15_000, 'PostgreSQL stopped');
    await until(async () => (await readyStatus(b)) === 503, 15_000, '/readyz red');
    await new Promise((r) => setTimeout(r, 1_000)); // writes meet the outage
    startCluster(pgData);
    await until(async () => (await readyStatus(b)) === 200, 60_000, '/readyz green again');
    const after = acknowledged.length;
    await until(async () => acknowledged.length >= after + 10, 30_000, 'writes after the restart');
    writing = false;
    await Promise.all(writers);
    const failures = b.output().split('\n').filter((l) => l.includes('request failed')).slice(0, 3).join('\n');
    expect([...statuses.keys()].filter((s) => s !== 201 && s !== 503), failures).toEqual([]);
    expect(statuses.get(503) ?? 0).toBeGreaterThan(0);
    for (const id of acknowledged) expect((await fetch(`${b.url}/api/organizations/${id}`, { headers: onB })).status).toBe(200);
  }, 300_000);
});

