// PostgreSQL's low-level backup API on one superuser session: pg_backup_start and
// pg_backup_stop must run on the same connection, which stays open while the files are copied
// (closing it aborts the backup). A temporary physical replication slot, taken before the start,
// keeps the server from recycling the WAL segments that the backup needs until we have copied
// them; it goes away with the session.
import crypto from 'node:crypto';
import type pg from 'pg';

export type BackupStart = { label: string; startLsn: string; systemIdentifier: string; serverVersionNum: number; walSegmentSize: number };
export type BackupStop = { stopLsn: string; labelFile: string; firstWalFile: string; lastWalFile: string };

export async function startBackup(client: pg.Client, label: string): Promise<BackupStart> {
  const slot = `kakehashi_backup_${crypto.randomBytes(4).toString('hex')}`;
  await client.query('SELECT pg_create_physical_replication_slot($1, true, true)', [slot]);
  const info = await client.query<{ version: string; system_identifier: string; segment: string }>(
    `SELECT current_setting('server_version_num') AS version, system_identifier::text,
            (SELECT setting FROM pg_settings WHERE name = 'wal_segment_size') AS segment
       FROM pg_control_system()`,
  );
  // fast = true: an immediate checkpoint, so the backup starts now rather than at the next one
  const started = await client.query<{ lsn: string }>('SELECT pg_backup_start($1, true)::text AS lsn', [label]);
  const row = info.rows[0]!;
  return { label, startLsn: started.rows[0]!.lsn, systemIdentifier: row.system_identifier, serverVersionNum: Number(row.version), walSegmentSize: Number(row.segment) };
}

export async function stopBackup(client: pg.Client): Promise<BackupStop> {
  // wait_for_archive = false: the embedded server does not archive WAL; we copy it ourselves.
  const stopped = await client.query<{ lsn: string; labelfile: string; spcmapfile: string; walfile: string }>(
    'SELECT lsn::text, labelfile, spcmapfile, pg_walfile_name(lsn) AS walfile FROM pg_backup_stop(false)',
  );
  const row = stopped.rows[0]!;
  if (row.spcmapfile.trim() !== '') throw new Error('The cluster has tablespaces, which kakehashi backup does not support');
  const first = /^START WAL LOCATION: .* \(file ([0-9A-F]{24})\)$/m.exec(row.labelfile)?.[1];
  if (!first) throw new Error(`Unexpected backup_label from the server:\n${row.labelfile}`);
  return { stopLsn: row.lsn, labelFile: row.labelfile, firstWalFile: first, lastWalFile: row.walfile };
}

/** The WAL segment names from `first` to `last` inclusive, on one timeline. */
export function walSegmentRange(first: string, last: string, segmentSize: number): string[] {
  const timeline = first.slice(0, 8);
  if (last.slice(0, 8) !== timeline) throw new Error(`The timeline changed during the backup (${first} → ${last})`);
  const perLogId = 0x1_0000_0000 / segmentSize;
  const number = (name: string) => parseInt(name.slice(8, 16), 16) * perLogId + parseInt(name.slice(16, 24), 16);
  const names: string[] = [];
  for (let n = number(first); n <= number(last); n++) {
    const hex = (v: number) => v.toString(16).toUpperCase().padStart(8, '0');
    names.push(`${timeline}${hex(Math.floor(n / perLogId))}${hex(n % perLogId)}`);
  }
  return names;
}
