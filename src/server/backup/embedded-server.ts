// Reaches the embedded PostgreSQL server of a data folder as its superuser: the one that a
// serving Kakehashi runs (found through postmaster.pid, which holds its port), or else one we
// start ourselves for the length of the backup.
import fs from 'node:fs';
import path from 'node:path';
import { startEmbeddedCluster } from '../db/embedded/embedded-cluster.ts';
import { isProcessAlive } from '../db/embedded/processes.ts';
import type { ClusterSecrets } from '../db/embedded/secrets.ts';

export type SuperuserConnection = { url: string; /** Stops the server if we started it. */ release(): Promise<void> };

export async function connectToEmbeddedServer(dataDir: string): Promise<SuperuserConnection> {
  const pgData = path.join(dataDir, 'pg');
  if (!fs.existsSync(path.join(pgData, 'PG_VERSION'))) throw new Error(`No embedded database in ${dataDir} (no pg/PG_VERSION): nothing to back up`);
  const running = runningPort(pgData);
  if (running !== null) {
    const secrets = JSON.parse(fs.readFileSync(path.join(dataDir, 'secrets.json'), 'utf8')) as ClusterSecrets;
    return { url: superuserUrl(secrets.superuserPassword, running), release: async () => undefined };
  }
  // Nobody serves this folder: start the server (taking the folder's lock, so that a `serve`
  // started meanwhile waits for us rather than sharing the folder).
  const cluster = await startEmbeddedCluster({ dataDir });
  return { url: cluster.superuserUrl(), release: () => cluster.stop() };
}

/** The port in postmaster.pid (its 4th line) while that postmaster is alive, else null. */
function runningPort(pgData: string): number | null {
  let lines: string[];
  try {
    lines = fs.readFileSync(path.join(pgData, 'postmaster.pid'), 'utf8').split('\n');
  } catch {
    return null;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !isProcessAlive(pid) || !Number.isInteger(port) || port <= 0) return null;
  return port;
}

function superuserUrl(password: string, port: number): string {
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
}
