// Writes the entries of a backup archive to disk: pg/… under `pgDir`, secrets.json to
// `secretsFile`, the manifest checked first. Anything else in the archive is refused, so a
// crafted archive cannot write outside the folder being restored.
import fs from 'node:fs';
import path from 'node:path';
import type { FileOwner } from './postgres-owner.ts';
import type { BackupManifest } from './create-backup.ts';
import { MANIFEST } from './create-backup.ts';
import { readTar, type EntrySink } from './tar-stream.ts';
import type { TarEntry } from './tar-format.ts';

export type UnpackTargets = { pgDir: string; secretsFile: string; owner: FileOwner; checkManifest: (text: string) => BackupManifest };
export type Unpacked = { manifest: BackupManifest; sawBackupLabel: boolean };

export async function unpackArchive(source: AsyncIterable<Buffer>, targets: UnpackTargets): Promise<Unpacked> {
  let manifest: BackupManifest | null = null;
  let sawBackupLabel = false;
  makeDirectory(targets.pgDir, 0o700, targets.owner);
  await readTar(source, (entry) => {
    if (entry.name === MANIFEST) return collect((text) => (manifest = targets.checkManifest(text)));
    if (!manifest) throw new Error(`Not a Kakehashi backup: it does not start with ${MANIFEST}`);
    if (entry.name === 'secrets.json') return fileSink(targets.secretsFile, 0o600, null);
    if (!entry.name.startsWith('pg/')) throw new Error(`Unexpected entry in the backup: ${entry.name}`);
    if (entry.name === 'pg/backup_label') sawBackupLabel = true;
    return writeEntry(entry, path.join(targets.pgDir, entry.name.slice('pg/'.length)), targets.owner);
  });
  if (!manifest) throw new Error(`Not a Kakehashi backup: no ${MANIFEST}`);
  return { manifest, sawBackupLabel };
}

function writeEntry(entry: TarEntry, target: string, owner: FileOwner): EntrySink {
  if (entry.type === 'directory') {
    makeDirectory(target, entry.mode, owner);
    return { write: () => undefined, end: () => undefined };
  }
  return fileSink(target, entry.mode, owner);
}

function makeDirectory(target: string, mode: number, owner: FileOwner): void {
  fs.mkdirSync(target, { recursive: true });
  fs.chmodSync(target, mode & 0o7777); // mkdir's mode is cut by the umask; PostgreSQL checks it
  if (owner) fs.chownSync(target, owner.uid, owner.gid);
}

/** Synchronous writes: readTar hands each chunk once and reuses nothing, so order is kept simply. */
function fileSink(target: string, mode: number, owner: FileOwner): EntrySink {
  const fd = fs.openSync(target, 'w', mode & 0o7777);
  if (owner) fs.fchownSync(fd, owner.uid, owner.gid);
  return {
    write: (chunk) => {
      for (let done = 0; done < chunk.length; ) done += fs.writeSync(fd, chunk, done);
    },
    end: () => fs.closeSync(fd),
  };
}

function collect(onText: (text: string) => void): EntrySink {
  const chunks: Buffer[] = [];
  return { write: (chunk) => chunks.push(Buffer.from(chunk)), end: () => onText(Buffer.concat(chunks).toString('utf8')) };
}
