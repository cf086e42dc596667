// The files of a running PostgreSQL data folder that belong in a base backup, following the
// exclusions of PostgreSQL's "Making a Base Backup Using the Low Level API" (and what
// pg_basebackup leaves out): files the server recreates at start and WAL, which is added
// separately once the backup has stopped.
import fs from 'node:fs';
import path from 'node:path';

export type DataFile = { name: string; type: 'file' | 'directory'; mode: number; mtime: number };

/** Directories kept, but empty: the server rebuilds their contents or needs them only live. */
const EMPTIED_DIRECTORIES = new Set(['pg_wal', 'pg_replslot', 'pg_dynshmem', 'pg_notify', 'pg_serial', 'pg_snapshots', 'pg_stat_tmp', 'pg_subtrans']);
/** Files of the live server, or left by a previous backup, that must not be restored. */
const EXCLUDED_FILES = new Set(['postmaster.pid', 'postmaster.opts', 'backup_label', 'backup_label.old', 'tablespace_map', 'tablespace_map.old', 'current_logfiles', 'backup_manifest']);

/** Walks `pgData` depth first, parents before children; a file that vanishes mid-walk is skipped. */
export function* listDataFiles(pgData: string, relative = ''): Generator<DataFile> {
  let names: string[];
  try {
    names = fs.readdirSync(path.join(pgData, relative)).sort();
  } catch (error) {
    if (isGone(error)) return;
    throw error;
  }
  for (const name of names) {
    const rel = relative ? `${relative}/${name}` : name;
    if (isExcluded(rel, name)) continue;
    const stat = lstatOrNull(path.join(pgData, rel));
    if (!stat) continue;
    if (stat.isSymbolicLink()) throw new Error(`${rel} is a symbolic link (a tablespace?): tablespaces are not supported by kakehashi backup`);
    if (stat.isDirectory()) {
      yield { name: rel, type: 'directory', mode: stat.mode, mtime: stat.mtimeMs };
      if (!EMPTIED_DIRECTORIES.has(rel) && name !== 'pgsql_tmp') yield* listDataFiles(pgData, rel);
      else if (rel === 'pg_wal') yield* walSubdirectories(pgData);
    } else if (stat.isFile()) {
      yield { name: rel, type: 'file', mode: stat.mode, mtime: stat.mtimeMs };
    }
  }
}

/** pg_wal's own subfolders (archive_status, summaries) are expected to exist at start. */
function* walSubdirectories(pgData: string): Generator<DataFile> {
  for (const name of ['archive_status', 'summaries']) {
    const stat = lstatOrNull(path.join(pgData, 'pg_wal', name));
    if (stat?.isDirectory()) yield { name: `pg_wal/${name}`, type: 'directory', mode: stat.mode, mtime: stat.mtimeMs };
  }
}

function isExcluded(rel: string, name: string): boolean {
  if (!rel.includes('/') && EXCLUDED_FILES.has(name)) return true;
  // relcache init files are rebuilt at start; temporary files belong to live sessions only
  return name === 'pg_internal.init' || name.startsWith('pgsql_tmp');
}

export type OpenedDataFile = { size: number; chunks: AsyncGenerator<Buffer> };

/**
 * Opens a file that the server may be writing, or null if it is gone (a dropped relation). It
 * is read at exactly the size it had when opened, padded with zeros if it shrank meanwhile: torn
 * or stale pages are repaired on restore by replaying the WAL from the backup's start, which
 * holds a full image of every page changed since then.
 */
export async function openDataFile(file: string): Promise<OpenedDataFile | null> {
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(file, 'r');
  } catch (error) {
    if (isGone(error)) return null;
    throw error;
  }
  const { size } = await handle.stat();
  return { size, chunks: readChunks(handle, size) };
}

async function* readChunks(handle: fs.promises.FileHandle, size: number, chunkSize = 1 << 20): AsyncGenerator<Buffer> {
  try {
    let shrunk = false;
    for (let offset = 0; offset < size; ) {
      const buffer = Buffer.alloc(Math.min(chunkSize, size - offset));
      // once the file came up short, the rest is zeros (Buffer.alloc zero-fills)
      if (!shrunk) shrunk = (await handle.read(buffer, 0, buffer.length, offset)).bytesRead < buffer.length;
      offset += buffer.length;
      yield buffer;
    }
  } finally {
    await handle.close();
  }
}

function lstatOrNull(file: string): fs.Stats | null {
  try {
    return fs.lstatSync(file);
  } catch (error) {
    if (isGone(error)) return null;
    throw error;
  }
}

function isGone(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}
