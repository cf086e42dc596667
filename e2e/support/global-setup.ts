// Runs the real server as `npm start` does (the CLI, the embedded PostgreSQL in a fresh data
// folder, the demo data, the built web app) on a free port, for the browser tests.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { TestProject } from 'vitest/node';
import { findFreeLoopbackPort } from '../../src/server/db/embedded/free-port.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** A folder the test files share for the run (the demo admin's TOTP secret). */
    stateDir: string;
  }
}

export default async function setup(project: TestProject) {
  const root = path.resolve(import.meta.dirname, '../..');
  const build = spawnSync(process.execPath, ['scripts/ensure-web-build.mjs'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the web app did not build');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-e2e-'));
  const port = await findFreeLoopbackPort();
  const server = spawn(process.execPath, ['bin/kakehashi.mjs', 'serve'], {
    cwd: root,
    // TRUST_PROXY as behind a reverse proxy on the same host: a test that plays many people at once
    // through the API gives each their own address (X-Forwarded-For), as students on their own
    // phones would have, instead of spending the one loopback address's sign-in limit.
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', KAKEHASHI_DATA_DIR: dataDir, LOG_LEVEL: 'warn', DATABASE_URL: '', TRUST_PROXY: '127.0.0.1' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`);
    try {
      if ((await fetch(`${baseUrl}/readyz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('the server did not become ready in 60 s');
    await sleep(100);
  }
  project.provide('baseUrl', baseUrl);
  project.provide('stateDir', fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-e2e-state-')));
  return async () => {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
