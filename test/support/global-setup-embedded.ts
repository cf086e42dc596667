// Starts one embedded PostgreSQL server for the whole integration run and migrates a
// template database that every test file copies.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedCluster } from '../../src/server/db/embedded/embedded-cluster.ts';
import { prepareEmbeddedDatabase } from '../../src/server/db/database.ts';
import { runMigrations } from '../../src/server/db/migrate.ts';
import { APP_ROLE, OWNER_ROLE } from '../../src/server/db/roles.ts';

const TEMPLATE = 'kakehashi_template';

export default async function setup(project: TestProject) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-test-'));
  const cluster = await startEmbeddedCluster({ dataDir });
  const target = await prepareEmbeddedDatabase(cluster, TEMPLATE);
  await runMigrations(target.ownerUrl, target.appRole);
  project.provide('testDatabase', {
    kind: 'embedded',
    adminUrl: cluster.superuserUrl(),
    template: TEMPLATE,
    owner: OWNER_ROLE,
    appRole: APP_ROLE,
    appUrlTemplate: target.appUrl,
  });
  return async () => {
    await cluster.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
