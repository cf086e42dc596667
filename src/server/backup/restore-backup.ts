// `kakehashi restore FILE`: unpacks a backup of create-backup.ts into a data folder and starts
// PostgreSQL on it once, which replays the backup's WAL (from backup_label) to the consistent
// state at the backup's stop, so that a bad or incomplete backup fails here and not at the next
// `serve`. A folder that already holds a database is refused unless `force`, which moves the old
// database aside (nothing is deleted).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import pg from 'pg';
import { acquireDataDirLock } from '../db/embedded/data-dir-lock.ts';
import { postgresBinaries } from '../db/embedded/binaries.ts';
import { startEmbeddedCluster } from '../db/embedded/embedded-cluster.ts';
import { BACKUP_FORMAT, type BackupManifest } from './create-backup.ts';
import { postgresFileOwner } from './postgres-owner.ts';
import { unpackArchive } from './unpack-archive.ts';

export type RestoreOptions = { force?: boolean };
export type RestoreResult = { dataDir: string; manifest: BackupManifest; movedAside: string | null; unpackMs: number; recoveryMs: number };

/** What a data folder's database consists of; any of them present means "not fresh". */
const DATABASE_ENTRIES = ['pg', 'secrets.json'];

export class TargetNotEmptyError extends Error {
  constructor(readonly dataDir: string) {
    super(`${dataDir} already holds a database (pg/ or secrets.json). Restore into a fresh folder (KAKEHASHI_DATA_DIR), or add --force to move the existing database aside.`);
    this.name = 'TargetNotEmptyError';
  }
}

export async function restoreBackup(file: string, dataDir: string, options: RestoreOptions = {}): Promise<RestoreResult> {
  const target = path.resolve(dataDir);
  fs.mkdirSync(target, { recursive: true, mode: 0o755 });
  const lock = acquireDataDirLock(target); // refuses a folder that a running Kakehashi uses
  try {
    const movedAside = clearTarget(target, options.force ?? false);
    const started = Date.now();
    const manifest = await unpack(file, target);
    const unpackMs = Date.now() - started;
    const recoveryMs = await recover(target);
    return { dataDir: target, manifest, movedAside, unpackMs, recoveryMs };
  } finally {
    lock.release();
  }
}

function clearTarget(target: string, force: boolean): string | null {
  const present = DATABASE_ENTRIES.filter((name) => fs.existsSync(path.join(target, name)));
  if (present.length === 0) return null;
  if (!force) throw new TargetNotEmptyError(target);
  const aside = path.join(target, `before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`);
  fs.mkdirSync(aside, { mode: 0o700 });
  for (const name of present) fs.renameSync(path.join(target, name), path.join(aside, name));
  return aside;
}

/** Unpacks into scratch names and renames at the end: a failed restore leaves no half cluster. */
async function unpack(file: string, target: string): Promise<BackupManifest> {
  const scratch = { pg: path.join(target, 'pg.restoring'), secrets: path.join(target, 'secrets.json.restoring') };
  fs.rmSync(scratch.pg, { recursive: true, force: true });
  const major = await binariesMajor();
  try {
    const unpacked = await unpackArchive(fs.createReadStream(file).pipe(zlib.createGunzip()), {
      pgDir: scratch.pg,
      secretsFile: scratch.secrets,
      owner: postgresFileOwner(),
      checkManifest: (text) => checkManifest(text, major),
    });
    if (!unpacked.sawBackupLabel) throw new Error('The backup has no pg/backup_label: it was not completed');
    fs.renameSync(scratch.secrets, path.join(target, 'secrets.json'));
    fs.renameSync(scratch.pg, path.join(target, 'pg'));
    return unpacked.manifest;
  } catch (error) {
    fs.rmSync(scratch.pg, { recursive: true, force: true });
    fs.rmSync(scratch.secrets, { force: true });
    throw error;
  }
}

/** Read before any data file: a backup of another format or PostgreSQL major is refused early. */
function checkManifest(text: string, ours: number): BackupManifest {
  const manifest = JSON.parse(text) as BackupManifest;
  if (manifest.format !== BACKUP_FORMAT) throw new Error(`Not a Kakehashi backup of format ${BACKUP_FORMAT} (got ${JSON.stringify(manifest.format)})`);
  if (manifest.postgresMajor !== ours) {
    throw new Error(`The backup is of PostgreSQL ${manifest.postgresMajor}; this Kakehashi runs PostgreSQL ${ours}. Restore it with a Kakehashi of the same PostgreSQL major.`);
  }
  return manifest;
}

async function binariesMajor(): Promise<number> {
  const version = execFileSync((await postgresBinaries()).postgres, ['--version'], { encoding: 'utf8' });
  return Number(/\(PostgreSQL\) (\d+)/.exec(version)?.[1]);
}

/** Starts the server once: it replays the WAL to the backup's consistent point, then stops. */
async function recover(target: string): Promise<number> {
  const started = Date.now();
  const cluster = await startEmbeddedCluster({ dataDir: target });
  try {
    const client = new pg.Client({ connectionString: cluster.superuserUrl() });
    await client.connect();
    const { rows } = await client.query<{ recovering: boolean }>('SELECT pg_is_in_recovery() AS recovering').finally(() => client.end());
    if (rows[0]?.recovering) throw new Error('The restored server is still in recovery');
  } finally {
    await cluster.stop();
  }
  return Date.now() - started;
}
