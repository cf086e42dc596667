// Who must own a restored data folder: PostgreSQL refuses to run as root, so when we run as root
// the embedded server runs as `postgres` (as embedded-cluster.ts arranges for a new cluster) and
// the restored files must be that user's. null: we are not root and own the files ourselves.
import { execFileSync } from 'node:child_process';

export type FileOwner = { uid: number; gid: number } | null;

export function postgresFileOwner(): FileOwner {
  if (process.getuid?.() !== 0) return null;
  const idOf = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    idOf('-u');
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres']);
  }
  return { uid: idOf('-u'), gid: idOf('-g') };
}
