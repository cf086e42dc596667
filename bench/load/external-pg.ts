// An external PostgreSQL 15 (Debian's package) for the second half of the benchmark: the same
// throw-away cluster CI uses (scripts/ci-postgres.sh: initdb in a temp dir, run as the
// `postgres` OS user when we are root, an owner role with CREATEDB and a row-access-only app
// role), plus a database owned by the owner role (PostgreSQL 15 no longer lets any role create
// tables in `postgres`'s public schema). The server gets the owner URL for its migrations and
// the app role's URL for its requests, as in production.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCRIPT = path.join(ROOT, 'scripts/ci-postgres.sh');

export type ExternalCluster = { ownerUrl: string; appUrl: string; dir: string; stop: () => void };

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function startExternal(database = 'kakehashi_load'): Promise<ExternalCluster> {
  const out = execFileSync('bash', [SCRIPT, 'start'], { encoding: 'utf8', env: { ...process.env, TMPDIR: '/tmp' }, stdio: ['ignore', 'pipe', 'inherit'] });
  const line = (name: string) => new RegExp(`^${name}=(.*)$`, 'm').exec(out)?.[1] ?? '';
  const adminUrl = line('TEST_EXTERNAL_DATABASE_URL');
  const appUrl = line('TEST_EXTERNAL_APP_DATABASE_URL');
  const dir = line('CI_PG_DATA');
  if (!adminUrl || !appUrl || !dir) throw new Error(`scripts/ci-postgres.sh printed:\n${out}`);
  const stop = () => void execFileSync('bash', [SCRIPT, 'stop', dir], { stdio: ['ignore', 'ignore', 'inherit'] });
  try {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${database}`);
    await admin.end();
  } catch (error) {
    stop();
    throw error;
  }
  return { ownerUrl: withDatabase(adminUrl, database), appUrl: withDatabase(appUrl, database), dir, stop };
}
