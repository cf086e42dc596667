// What the app asks PostgreSQL for each mix request: log_statement=all on the bench's own
// throw-away cluster (through its superuser), one request at a time, then the log slice parsed
// into statements and their parameters. The bare Fastify + pg server replays these, so the
// comparison isolates the framework (routing, auth hooks, schemas, Drizzle, serialization).
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import type { MixRequest } from './mix.ts';

export type Statement = { sql: string; params: Array<string | null> };
export type Capture = { name: string; statements: Statement[] };

/** The embedded cluster's port (4th line of postmaster.pid) and passwords (secrets.json). */
export function embeddedCluster(dataDir: string) {
  const port = Number(fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[3]);
  const secrets = JSON.parse(fs.readFileSync(path.join(dataDir, 'secrets.json'), 'utf8')) as Record<string, string>;
  return { port, secrets, logPath: path.join(dataDir, 'postgres.log') };
}

// A prefix of our own so a line's start (and its backend pid) is unambiguous: multi-line SQL
// continues on lines without it.
const PREFIX = '@@%p@@ ';
const LINE = /^@@(\d+)@@ (\w+): {2}(.*)$/;

async function setLogging(superuser: pg.Client, on: boolean) {
  if (on) {
    await superuser.query(`alter system set log_statement = 'all'`);
    await superuser.query(`alter system set log_line_prefix = '${PREFIX}'`);
  } else {
    await superuser.query('alter system reset log_statement');
    await superuser.query('alter system reset log_line_prefix');
  }
  await superuser.query('select pg_reload_conf()');
  await sleep(300);
}

/** Parses `$1 = 'a', $2 = NULL` (quotes doubled inside values). */
export function parseParameters(detail: string): Array<string | null> {
  const values: Array<string | null> = [];
  const re = /\$(\d+) = (NULL|'((?:[^']|'')*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(detail))) values[Number(m[1]) - 1] = m[2] === 'NULL' ? null : m[3]!.replace(/''/g, "'");
  return values;
}

/** Statements (with their parameters) in log order, from the backends that served `pids` or from all when none given. */
export function parseLog(text: string): Statement[] {
  const entries: Array<{ pid: string; level: string; body: string }> = [];
  for (const raw of text.split('\n')) {
    const m = LINE.exec(raw);
    if (m) entries.push({ pid: m[1]!, level: m[2]!, body: m[3]! });
    else if (entries.length) entries.at(-1)!.body += `\n${raw}`; // continuation of multi-line SQL
  }
  const statements: Statement[] = [];
  for (const e of entries) {
    const stmt = /^(?:statement|execute [^:]*): ([\s\S]*)$/.exec(e.body);
    if (e.level === 'LOG' && stmt) statements.push({ sql: stmt[1]!.trimEnd(), params: [] });
    else if (e.level === 'DETAIL' && e.body.startsWith('Parameters: ') && statements.length) statements.at(-1)!.params = parseParameters(e.body);
  }
  return statements;
}

/** Runs each mix request alone, with statement logging on, and keeps what it ran. */
export async function captureMix(dataDir: string, baseUrl: string, headers: Record<string, string>, mix: MixRequest[]): Promise<Capture[]> {
  const { port, secrets, logPath } = embeddedCluster(dataDir);
  const superuser = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password: secrets.superuserPassword, database: 'postgres' });
  await superuser.connect();
  const captures: Capture[] = [];
  try {
    await setLogging(superuser, true);
    for (const r of mix) {
      const from = fs.statSync(logPath).size;
      const res = await fetch(baseUrl + r.path, { method: r.method, headers: { ...headers, ...(r.body ? { 'content-type': 'application/json' } : {}) }, body: r.body?.() });
      await res.arrayBuffer();
      await sleep(400); // the log is written by another process
      const statements = parseLog(fs.readFileSync(logPath).subarray(from).toString('utf8')).filter((s) => !isBackground(s.sql));
      captures.push({ name: r.name, statements });
    }
  } finally {
    await setLogging(superuser, false).catch(() => undefined);
    await superuser.end();
  }
  return captures;
}

/** Statements of the app's background jobs (outbox, reminders) that may land in a request's log slice; they use FOR UPDATE SKIP LOCKED on job tables. */
function isBackground(sql: string): boolean {
  return /skip locked/i.test(sql);
}
