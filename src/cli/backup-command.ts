// `kakehashi backup FILE` and `kakehashi restore FILE [--force]`: the embedded database, copied
// while the app serves and restored into a fresh data folder (src/server/backup says how).
// Both work on KAKEHASHI_DATA_DIR; with DATABASE_URL the database is not ours to copy.
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Config } from '../server/config.ts';

const MB = 1024 * 1024;
const NOT_INCLUDED =
  'Not in the backup: the field encryption key (FIELD_ENCRYPTION_KEY, or app-secrets.json in the data folder) and uploaded files (files/). Keep the key apart from the backup.';

export async function runBackup(args: string[], config: Config): Promise<number> {
  const file = singleFile(args, 'backup');
  if (!file || refuseExternal(config)) return 2;
  const { createBackup } = await import('../server/backup/create-backup.ts');
  const result = await createBackup(config.dataDir, path.resolve(file));
  console.log(
    `Backup of ${config.dataDir} written to ${result.file}: ${(result.bytes / MB).toFixed(1)} MB in ${(result.milliseconds / 1000).toFixed(1)} s ` +
      `(PostgreSQL ${result.manifest.postgresMajor}, WAL ${result.manifest.startLsn} → ${result.stop.stopLsn}).`,
  );
  console.log(NOT_INCLUDED);
  return 0;
}

export async function runRestore(args: string[], config: Config): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { force: { type: 'boolean', default: false } } });
  const file = singleFile(positionals, 'restore [--force]');
  if (!file || refuseExternal(config)) return 2;
  const { restoreBackup, TargetNotEmptyError } = await import('../server/backup/restore-backup.ts');
  try {
    const result = await restoreBackup(path.resolve(file), config.dataDir, { force: values.force });
    if (result.movedAside) console.log(`The database that was in ${result.dataDir} is now in ${result.movedAside}.`);
    console.log(
      `Restored the backup of ${result.manifest.createdAt} into ${result.dataDir}: unpacked in ${(result.unpackMs / 1000).toFixed(1)} s, ` +
        `recovered to a consistent state in ${(result.recoveryMs / 1000).toFixed(1)} s.`,
    );
    console.log(NOT_INCLUDED);
    return 0;
  } catch (error) {
    if (!(error instanceof TargetNotEmptyError)) throw error;
    console.error(error.message);
    return 2;
  }
}

function singleFile(args: string[], usage: string): string | null {
  if (args.length === 1 && args[0] && !args[0].startsWith('-')) return args[0];
  console.error(`Usage: kakehashi ${usage} FILE`);
  return null;
}

function refuseExternal(config: Config): boolean {
  if (!config.databaseUrl) return false;
  console.error('DATABASE_URL is set: back up and restore an external PostgreSQL server with its own pg_dump and pg_restore. These commands copy the embedded database in KAKEHASHI_DATA_DIR.');
  return true;
}
