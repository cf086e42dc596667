// Sign-in and access control (issue 3), on the real `kakehashi serve` with the embedded
// PostgreSQL and the demo accounts, over loopback HTTP with plain fetch (cookies sent back by
// hand). Measured side by side in one run:
//  1. correct sign-ins (argon2id at OWASP cost, 19 MiB, 2 passes), one after another;
//  2. reads as a signed-in person (session check, memberships, row-level-security scope on the
//     database connection) against the unauthenticated /healthz, interleaved; and the program
//     list by two people in turn (the connection's scope changes on every request) against the
//     same requests grouped by person; then, outside the timings, the statements PostgreSQL
//     logs per request in each mode (how many `set_config` scope changes there really are);
//  3. a flood of concurrent wrong-password sign-ins (distinct unknown addresses, so no account
//     lock): time until all are answered, status codes, /healthz latency and the server's
//     resident memory sampled every 20 ms, against the same samples while idle.
// Limits this works around: the sign-in route allows 30 requests a minute per client address,
// and 20 failures lock an address for 15 minutes. Everything here comes from 127.0.0.1, so
// parts 1–2 make 17 sign-ins on one server process and the flood runs last, on a second
// process started on the same data folder (a fresh rate-limit window, no failures recorded
// yet): 2 warm-up sign-ins + FLOOD wrong passwords + 1 check that the address is then locked.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { spawnServer, stopServer, waitReady, type ServerProcess } from '../test/operations/server-process.ts';
import { median, writeResult } from './bench-result.ts';

const PASSWORD = 'kakehashi-demo-2026';
const STAFF = 'staff@hitachi.kakehashi.example';
const HOST_COMPANY = 'hr@company-a.kakehashi.example';
const SIGN_INS = 15;
const READS = 500;
const BLOCK = 50; // part 2b runs in blocks of this many requests, the two modes in turn
const FLOOD = 25; // + 3 other sign-ins = 28 of the 30 a minute the address may send
const SAMPLE_MS = 20;
const IDLE_MS = 2_000;
const DIAGNOSTIC_REQUESTS = 20;

const round = (ms: number) => Math.round(ms * 100) / 100;
/** Nearest-rank percentile. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
const summary = (values: number[]) => ({ median: round(median(values)), p95: round(percentile(values, 95)), p99: round(percentile(values, 99)), max: round(Math.max(...values)) });

type Answer = { ms: number; status: number; body: string; setCookie: string[] };

async function timed(url: string, init: RequestInit = {}): Promise<Answer> {
  const t = performance.now();
  const res = await fetch(url, init);
  const body = await res.text();
  return { ms: performance.now() - t, status: res.status, body, setCookie: res.headers.getSetCookie() };
}

function signIn(server: ServerProcess, email: string, password: string): Promise<Answer> {
  return timed(`${server.url}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
}

/** The Cookie header a browser would send back: every cookie set, minus the cleared ones. */
function cookieOf(answer: Answer): string {
  const cookie = answer.setCookie.map((c) => c.split(';')[0]!).filter((c) => !c.endsWith('=')).join('; ');
  if (answer.status !== 200 || !cookie.includes('__Host-kakehashi.session_token=')) throw new Error(`sign-in failed: ${answer.status} ${answer.body}`);
  return cookie;
}

async function get(url: string, cookie?: string): Promise<Answer> {
  const answer = await timed(url, cookie ? { headers: { cookie } } : {});
  if (answer.status !== 200) throw new Error(`GET ${url}: ${answer.status} ${answer.body}`);
  return answer;
}

function rssKiB(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error(`no ${field} for ${pid}`);
  return Number(match[1]);
}

/** Probes /healthz one after another, starting one every SAMPLE_MS (or at once when the last took longer), and reads the server's RSS every SAMPLE_MS, until `until` settles. */
async function sample(server: ServerProcess, until: Promise<unknown>) {
  const pid = server.child.pid!;
  const rss: number[] = [rssKiB(pid)];
  const timer = setInterval(() => rss.push(rssKiB(pid)), SAMPLE_MS);
  let done = false;
  void until.finally(() => (done = true));
  const health: number[] = [];
  while (!done) {
    const started = performance.now();
    health.push((await get(`${server.url}/healthz`)).ms);
    const wait = SAMPLE_MS - (performance.now() - started);
    if (wait > 0 && !done) await Promise.race([sleep(wait), until.catch(() => undefined)]);
  }
  clearInterval(timer);
  rss.push(rssKiB(pid));
  return { health, rssKiB: rss };
}

async function stop(server: ServerProcess): Promise<void> {
  server.child.kill('SIGTERM');
  const { code } = await server.exited;
  if (code !== 0) throw new Error(`exit code ${code}:\n${server.output()}`);
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-bench-'));
const started: ServerProcess[] = [];
const loadAtStart = os.loadavg().map((l) => round(l)); // a shared machine: say how busy it was
try {
  // ---- Server A: parts 1 and 2 ----
  const a = await spawnServer(dataDir);
  started.push(a);
  await waitReady(a);

  // 1. Correct sign-ins, one after another (one unrecorded warm-up first).
  cookieOf(await signIn(a, STAFF, PASSWORD));
  const signInMs: number[] = [];
  let staff = '';
  for (let i = 0; i < SIGN_INS; i++) {
    const answer = await signIn(a, STAFF, PASSWORD);
    staff = cookieOf(answer);
    signInMs.push(answer.ms);
  }
  const hr = cookieOf(await signIn(a, HOST_COMPANY, PASSWORD));

  // 2a. A program's detail as the staff member vs /healthz, interleaved.
  const list = JSON.parse((await get(`${a.url}/api/programs`, staff)).body) as { items: Array<{ id: string }> };
  const ids = list.items.map((p) => p.id);
  if (ids.length === 0) throw new Error('the staff member sees no program');
  const hrVisible = (JSON.parse((await get(`${a.url}/api/programs`, hr)).body) as { items: unknown[] }).items.length;
  for (let i = 0; i < 50; i++) {
    await get(`${a.url}/api/programs/${ids[i % ids.length]}`, staff);
    await get(`${a.url}/healthz`);
  }
  const detailMs: number[] = [];
  const healthMs: number[] = [];
  for (let i = 0; i < READS; i++) {
    detailMs.push((await get(`${a.url}/api/programs/${ids[i % ids.length]}`, staff)).ms);
    healthMs.push((await get(`${a.url}/healthz`)).ms);
  }

  // 2b. The program list by two people in turn vs the same requests grouped by person (blocks
  // of BLOCK, all staff or all host company), the two modes in alternating blocks.
  const programsUrl = `${a.url}/api/programs`;
  for (let i = 0; i < 50; i++) await get(programsUrl, i % 2 ? hr : staff);
  const alternatingMs: number[] = [];
  const samePersonMs: number[] = [];
  for (let block = 0; block < (2 * READS) / BLOCK; block++) {
    const alternating = block % 4 === 1 || block % 4 === 2; // S A A S S A A S ...
    const samePersonCookie = Math.floor(block / 2) % 2 ? hr : staff;
    for (let i = 0; i < BLOCK; i++) {
      if (alternating) alternatingMs.push((await get(programsUrl, i % 2 ? hr : staff)).ms);
      else samePersonMs.push((await get(programsUrl, samePersonCookie)).ms);
    }
  }

  // Outside the timings: what PostgreSQL runs per request in each mode (log_statement=all on
  // the bench's own throw-away cluster, then reset).
  const pgPort = Number(fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[3]);
  const { superuserPassword } = JSON.parse(fs.readFileSync(path.join(dataDir, 'secrets.json'), 'utf8')) as { superuserPassword: string };
  const superuser = new pg.Client({ host: '127.0.0.1', port: pgPort, user: 'postgres', password: superuserPassword, database: 'postgres' });
  await superuser.connect();
  const logPath = path.join(dataDir, 'postgres.log');
  async function statementsPerRequest(requests: () => Promise<void>) {
    await sleep(300);
    const from = fs.statSync(logPath).size;
    await requests();
    await sleep(300);
    const log = fs.readFileSync(logPath, 'utf8').slice(from);
    const statements = log.split('\n').filter((l) => /LOG: {2}(statement|execute [^:]*):/.test(l));
    const scopeChanges = statements.filter((l) => l.includes('set_config')).length;
    return { statements: statements.length / DIAGNOSTIC_REQUESTS, scopeChanges: scopeChanges / DIAGNOSTIC_REQUESTS };
  }
  await superuser.query(`alter system set log_statement = 'all'`);
  await superuser.query('select pg_reload_conf()');
  const perRequest = {
    healthz: await statementsPerRequest(async () => {
      for (let i = 0; i < DIAGNOSTIC_REQUESTS; i++) await get(`${a.url}/healthz`);
    }),
    programDetailAsStaff: await statementsPerRequest(async () => {
      for (let i = 0; i < DIAGNOSTIC_REQUESTS; i++) await get(`${a.url}/api/programs/${ids[i % ids.length]}`, staff);
    }),
    programListSamePerson: await statementsPerRequest(async () => {
      for (let i = 0; i < DIAGNOSTIC_REQUESTS; i++) await get(programsUrl, staff);
    }),
    programListAlternating: await statementsPerRequest(async () => {
      for (let i = 0; i < DIAGNOSTIC_REQUESTS; i++) await get(programsUrl, i % 2 ? hr : staff);
    }),
  };
  await superuser.query('alter system reset log_statement');
  await superuser.query('select pg_reload_conf()');
  await superuser.end();
  await stop(a);

  // ---- Server B, same data folder: part 3, the flood ----
  const b = await spawnServer(dataDir);
  started.push(b);
  await waitReady(b);
  const pid = b.child.pid!;
  // Warm-up: one correct and one wrong password (the failure path — throttle record, error
  // reply — is cold in a fresh process; its first use is timed apart from the flood).
  cookieOf(await signIn(b, STAFF, PASSWORD));
  const firstFailure = await signIn(b, `nobody-warm-up-${Date.now()}@bench.kakehashi.example`, 'wrong-password-123');
  if (firstFailure.status !== 401) throw new Error(`warm-up wrong password: ${firstFailure.status} ${firstFailure.body}`);
  for (let i = 0; i < 50; i++) await get(`${b.url}/healthz`);
  const idle = await sample(b, sleep(IDLE_MS));
  const hwmBefore = rssKiB(pid, 'VmHWM');

  const floodStarted = performance.now();
  const flood = Promise.all(Array.from({ length: FLOOD }, (_, i) => signIn(b, `nobody-${i}-${Date.now()}@bench.kakehashi.example`, 'wrong-password-123')));
  const during = await sample(b, flood);
  const answers = await flood;
  const floodMs = Math.max(...answers.map((r) => r.ms));
  const floodWallMs = performance.now() - floodStarted;
  const hwmAfter = rssKiB(pid, 'VmHWM');
  await sleep(IDLE_MS);
  const rssSettled = rssKiB(pid);
  const statuses: Record<string, number> = {};
  for (const r of answers) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
  const afterFlood = await signIn(b, STAFF, PASSWORD);
  const afterFloodCode = afterFlood.status === 200 ? 'signedIn' : ((JSON.parse(afterFlood.body) as { error?: { code?: string } }).error?.code ?? '?');
  await stop(b);

  const mib = (kib: number) => Math.round((kib / 1024) * 10) / 10;
  const result = {
    loadAverage: { start: loadAtStart, end: os.loadavg().map((l) => round(l)) },
    notes: {
      signIn: `${SIGN_INS} sequential correct sign-ins as ${STAFF} after one warm-up`,
      reads: `${READS} GET /api/programs/<id> as the staff member interleaved with ${READS} /healthz, after 50 warm-ups of each`,
      scope: `${READS} GET /api/programs alternating ${STAFF} / ${HOST_COMPANY} vs ${READS} in blocks of ${BLOCK} by one of them (half the blocks each), modes in alternating blocks`,
      flood: `${FLOOD} concurrent wrong-password sign-ins for distinct unknown e-mail addresses on a second server process (same data folder), after 1 correct and 1 wrong warm-up sign-in and ${IDLE_MS} ms of idle sampling`,
    },
    programsVisible: { staff: ids.length, hostCompany: hrVisible },
    signInMs: { ...summary(signInMs), samples: signInMs.map(round) },
    programDetailMs: { ...summary(detailMs), samples: detailMs.map(round) },
    healthzMs: { ...summary(healthMs), samples: healthMs.map(round) },
    detailOverHealthz: { median: round(median(detailMs) / median(healthMs)), p99: round(percentile(detailMs, 99) / percentile(healthMs, 99)) },
    programListAlternatingMs: { ...summary(alternatingMs), samples: alternatingMs.map(round) },
    programListSamePersonMs: { ...summary(samePersonMs), samples: samePersonMs.map(round) },
    alternatingOverSamePerson: { median: round(median(alternatingMs) / median(samePersonMs)), p99: round(percentile(alternatingMs, 99) / percentile(samePersonMs, 99)) },
    postgresStatementsPerRequest: perRequest,
    flood: {
      requests: FLOOD,
      firstFailedSignInMs: round(firstFailure.ms),
      allAnsweredMs: round(floodMs),
      wallMs: round(floodWallMs),
      statuses,
      signInAfterFlood: { status: afterFlood.status, code: afterFloodCode },
      healthzIdleMs: { ...summary(idle.health), samples: idle.health.map(round) },
      healthzDuringMs: { ...summary(during.health), samples: during.health.map(round) },
      rssIdleMiB: { median: mib(median(idle.rssKiB)), max: mib(Math.max(...idle.rssKiB)), samples: idle.rssKiB.length },
      rssDuringMiB: { median: mib(median(during.rssKiB)), max: mib(Math.max(...during.rssKiB)), samples: during.rssKiB.length },
      peakRssMiB: { before: mib(hwmBefore), after: mib(hwmAfter) },
      rssMiBAfterFlood: { settledMs: IDLE_MS, rss: mib(rssSettled) },
    },
  };
  writeResult('sign-in', result);

  const ms = (s: { median: number; p95: number; p99: number }, p: 'p95' | 'p99') => `median ${s.median.toFixed(2)} ms, ${p} ${s[p].toFixed(2)} ms`;
  console.log(`correct sign-in (${SIGN_INS}):              ${ms(result.signInMs, 'p95')}`);
  console.log(`GET /api/programs/<id> as staff (${READS}): ${ms(result.programDetailMs, 'p99')}`);
  console.log(`GET /healthz, interleaved (${READS}):      ${ms(result.healthzMs, 'p99')}   ratio ${result.detailOverHealthz.median}× median, ${result.detailOverHealthz.p99}× p99`);
  console.log(`GET /api/programs, two people in turn:  ${ms(result.programListAlternatingMs, 'p99')}`);
  console.log(`GET /api/programs, grouped by person:   ${ms(result.programListSamePersonMs, 'p99')}   ratio ${result.alternatingOverSamePerson.median}× median, ${result.alternatingOverSamePerson.p99}× p99`);
  console.log(`PostgreSQL statements (set_config) per request: ${Object.entries(perRequest).map(([k, v]) => `${k} ${v.statements} (${v.scopeChanges})`).join(', ')}`);
  console.log(`flood of ${FLOOD} wrong passwords: all answered in ${result.flood.allAnsweredMs.toFixed(0)} ms, statuses ${JSON.stringify(statuses)}; then a correct sign-in: ${afterFlood.status} ${afterFloodCode}`);
  console.log(`  first failed sign-in of the process (warm-up, before the flood): ${result.flood.firstFailedSignInMs.toFixed(0)} ms`);
  console.log(`  /healthz idle:   median ${result.flood.healthzIdleMs.median.toFixed(2)} ms, max ${result.flood.healthzIdleMs.max.toFixed(2)} ms (${idle.health.length} samples)`);
  console.log(`  /healthz flood:  median ${result.flood.healthzDuringMs.median.toFixed(2)} ms, max ${result.flood.healthzDuringMs.max.toFixed(2)} ms (${during.health.length} samples)`);
  console.log(`  server RSS: idle max ${result.flood.rssIdleMiB.max} MiB, flood max ${result.flood.rssDuringMiB.max} MiB (VmHWM ${result.flood.peakRssMiB.before} → ${result.flood.peakRssMiB.after} MiB), ${IDLE_MS / 1000} s after ${result.flood.rssMiBAfterFlood.rss} MiB`);
  console.log(`load average (1 min) at start ${loadAtStart[0]}, at end ${result.loadAverage.end[0]}`);
} finally {
  for (const server of started) await stopServer(server); // after a failure: nothing left running
  fs.rmSync(dataDir, { recursive: true, force: true });
}
