// Opens the database: the embedded PostgreSQL server in the data folder when no DATABASE_URL
// is set, the external server otherwise. Migrations run before the pool is handed out.
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Config } from '../config.ts';
import { startEmbeddedCluster, type RunningCluster } from './embedded/embedded-cluster.ts';
import { runMigrations } from './migrate.ts';
import { APP_ROLE, DATABASE_NAME, OWNER_ROLE, bootstrapRoles, ensureDatabase, withCredentials } from './roles.ts';
import * as schema from './schema/index.ts';
import { ScopedPool } from './actor-scope.ts';

export type Db = NodePgDatabase<typeof schema>;

export type Database = {
  kind: 'embedded' | 'external';
  db: Db;
  pool: pg.Pool;
  /**
   * Who is asking (the session, the person, their memberships) on connections of its own. Each
   * request looks them up before its scope is known and works in its person's scope after: on one
   * pool every request would switch its connection's scope twice, a round trip each.
   */
  authDb: Db;
  /** True while the embedded server process runs (always true for an external server). */
  serverRunning(): boolean;
  close(): Promise<void>;
};

export type DatabaseTarget = { appUrl: string; ownerUrl: string; appRole: string | null };

export async function openDatabase(config: Config, log: (msg: string) => void): Promise<Database> {
  if (config.databaseUrl) {
    const target = externalTarget(config.databaseUrl, config.migrationUrl ?? config.databaseUrl);
    await runMigrations(target.ownerUrl, target.appRole);
    return connect('external', target.appUrl, config.poolMax, null);
  }
  const started = Date.now();
  const cluster = await startEmbeddedCluster({ dataDir: config.dataDir });
  try {
    const target = await prepareEmbeddedDatabase(cluster, DATABASE_NAME);
    await runMigrations(target.ownerUrl, target.appRole);
    log(`embedded PostgreSQL ready on 127.0.0.1:${cluster.port} in ${Date.now() - started} ms`);
    return connect('embedded', target.appUrl, config.poolMax, cluster);
  } catch (error) {
    await cluster.stop();
    throw error;
  }
}

export async function prepareEmbeddedDatabase(cluster: RunningCluster, name: string, template?: string): Promise<DatabaseTarget> {
  await bootstrapRoles(cluster.superuserUrl(), cluster.secrets);
  await ensureDatabase(cluster.superuserUrl(), name, template);
  return {
    appUrl: withCredentials(cluster.host, cluster.port, APP_ROLE, cluster.secrets.appPassword, name),
    ownerUrl: withCredentials(cluster.host, cluster.port, OWNER_ROLE, cluster.secrets.ownerPassword, name),
    appRole: APP_ROLE,
  };
}

function externalTarget(appUrl: string, ownerUrl: string): DatabaseTarget {
  const appUser = decodeURIComponent(new URL(appUrl).username);
  const ownerUser = decodeURIComponent(new URL(ownerUrl).username);
  return { appUrl, ownerUrl, appRole: appUser && appUser !== ownerUser ? appUser : null };
}

/** Session lookups are two short statements: a few connections serve every request's. */
const AUTH_POOL_MAX = 4;

export function connect(kind: Database['kind'], url: string, poolMax: number, cluster: RunningCluster | null): Database {
  // Row-level security: every connection serves the scope of the request that uses it.
  const pool = new ScopedPool({ connectionString: url, max: poolMax, idleTimeoutMillis: 30_000, connectionTimeoutMillis: 5_000 });
  const authPool = new ScopedPool({ connectionString: url, max: AUTH_POOL_MAX, idleTimeoutMillis: 30_000, connectionTimeoutMillis: 5_000 });
  // A dropped idle connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  authPool.on('error', () => undefined);
  let running = true;
  void cluster?.exited.then(() => (running = false));
  return {
    kind,
    db: drizzle(pool, { schema }),
    pool,
    authDb: drizzle(authPool, { schema }),
    serverRunning: () => running,
    close: async () => {
      await Promise.all([pool.end(), authPool.end()]);
      await cluster?.stop();
    },
  };
}
