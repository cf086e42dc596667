// Start-up and shutdown of `kakehashi serve` with the embedded PostgreSQL, measured from
// process spawn to the first 200 of /readyz: on an empty data folder (initdb, migrations,
// demo data) and on existing data; and from SIGTERM to exit. Targets (issue 2): first start
// ≤ 15 s, restart ≤ 5 s, shutdown ≤ 10 s.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnServer, waitReady } from '../test/operations/server-process.ts';
import { median, writeResult } from './bench-result.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const firstStart: number[] = [];
const restart: number[] = [];
const shutdown: number[] = [];

async function stop(server: Awaited<ReturnType<typeof spawnServer>>): Promise<number> {
  const t = performance.now();
  server.child.kill('SIGTERM');
  const { code } = await server.exited;
  if (code !== 0) throw new Error(`exit code ${code}`);
  return performance.now() - t;
}

for (let i = 0; i < RUNS; i++) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-bench-'));
  const a = await spawnServer(dataDir);
  firstStart.push(await waitReady(a));
  shutdown.push(await stop(a));
  const b = await spawnServer(dataDir);
  restart.push(await waitReady(b));
  shutdown.push(await stop(b));
  fs.rmSync(dataDir, { recursive: true, force: true });
}

const result = {
  runs: RUNS,
  firstStartMs: { median: median(firstStart), samples: firstStart },
  restartMs: { median: median(restart), samples: restart },
  shutdownMs: { median: median(shutdown), samples: shutdown },
};
writeResult('startup', result);
console.log(`first start (empty data folder): median ${(result.firstStartMs.median / 1000).toFixed(2)} s  (target ≤ 15 s)`);
console.log(`restart (existing data):         median ${(result.restartMs.median / 1000).toFixed(2)} s  (target ≤ 5 s)`);
console.log(`shutdown on SIGTERM:             median ${(result.shutdownMs.median / 1000).toFixed(2)} s  (target ≤ 10 s)`);
