// A fresh database per test file, created from a migrated template: on the embedded server
// (always) and, in a second run of the same files, on the external server named by
// TEST_EXTERNAL_DATABASE_URL. Both are set up once per run in the global setups.
import crypto from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { connect, type Database } from '../../src/server/db/database.ts';

export type TestDatabaseTarget = {
  kind: 'embedded' | 'external';
  /** Connects as a role that may CREATE DATABASE (superuser on the embedded server). */
  adminUrl: string;
  template: string;
  /** Owner and app role of the new database; null: the admin role owns and uses it. */
  owner: string | null;
  appRole: string | null;
  /** App connection URL for a database name. */
  appUrlTemplate: string;
};

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: TestDatabaseTarget;
  }
}

export function databaseUrl(urlTemplate: string, database: string): string {
  const url = new URL(urlTemplate);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function createTestDatabase(): Promise<{ database: Database; name: string; url: string; drop: () => Promise<void> }> {
  const target = inject('testDatabase');
  const name = `test_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: target.adminUrl });
  await admin.connect();
  try {
    const owner = target.owner ? ` OWNER ${target.owner}` : '';
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${target.template}${owner}`);
    if (target.appRole) await admin.query(`GRANT CONNECT, TEMPORARY ON DATABASE ${name} TO ${target.appRole}`);
  } finally {
    await admin.end();
  }
  const url = databaseUrl(target.appUrlTemplate, name);
  const database = connect(target.kind, url, 5, null);
  return {
    database,
    name,
    url,
    drop: async () => {
      await database.close();
      const c = new pg.Client({ connectionString: target.adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).finally(() => c.end());
    },
  };
}
