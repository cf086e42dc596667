// The embedded cluster's roles. The app never connects as a superuser:
// - kakehashi_owner owns the database and its schema and runs the migrations;
// - kakehashi_app reads and writes rows and nothing more (no DDL, no BYPASSRLS), so row-level
//   security and append-only tables hold even against a compromised app process.
import pg from 'pg';
import type { ClusterSecrets } from './embedded/secrets.ts';

export const OWNER_ROLE = 'kakehashi_owner';
export const APP_ROLE = 'kakehashi_app';
export const DATABASE_NAME = 'kakehashi';

export async function bootstrapRoles(superuserUrl: string, secrets: ClusterSecrets): Promise<void> {
  const client = new pg.Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    for (const [role, password] of [
      [OWNER_ROLE, secrets.ownerPassword],
      [APP_ROLE, secrets.appPassword],
    ] as const) {
      const exists = await client.query('select 1 from pg_roles where rolname = $1', [role]);
      const verb = exists.rowCount ? 'ALTER' : 'CREATE';
      await client.query(
        `${verb} ROLE ${role} LOGIN NOSUPERUSER NOCREATEROLE NOREPLICATION NOBYPASSRLS ` +
          `${role === OWNER_ROLE ? 'CREATEDB' : 'NOCREATEDB'} PASSWORD ${client.escapeLiteral(password)}`,
      );
    }
  } finally {
    await client.end();
  }
}

/** Creates `name` owned by the owner role unless it exists; only the app role may connect. */
export async function ensureDatabase(superuserUrl: string, name: string, template?: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount) return false;
    const id = client.escapeIdentifier(name);
    await client.query(`CREATE DATABASE ${id} OWNER ${OWNER_ROLE}${template ? ` TEMPLATE ${client.escapeIdentifier(template)}` : ''}`);
    await client.query(`REVOKE ALL ON DATABASE ${id} FROM PUBLIC`);
    await client.query(`GRANT CONNECT, TEMPORARY ON DATABASE ${id} TO ${APP_ROLE}`);
    return true;
  } finally {
    await client.end();
  }
}

/** Run as the owner after migrations: the app role gets row access to every table. */
export async function grantAppPrivileges(client: pg.ClientBase, appRole: string): Promise<void> {
  const role = client.escapeIdentifier(appRole);
  await client.query(`GRANT USAGE ON SCHEMA public, drizzle TO ${role}`);
  await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`);
  await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
  await client.query(`GRANT SELECT ON ALL TABLES IN SCHEMA drizzle TO ${role}`);
  // The audit trail: the app may add and read events, never change or remove them.
  await client.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM ${role}`);
}

export function withCredentials(host: string, port: number, user: string, password: string, database: string): string {
  return `postgres://${encodeURIComponent(user)}:${encodeURIComponent(password)}@${host}:${port}/${encodeURIComponent(database)}`;
}
