// pg-boss keeps its queues in a schema of its own ("pgboss"). Like our tables, it is created and
// migrated by the owner role, inside runMigrations (same client, same advisory lock), and the
// app role gets row access only: it never runs DDL (docs/decisions/006-job-queue-pg-boss.md).
//
// One thing pg-boss 10 does at run time is DDL: createQueue() calls pgboss.create_queue(), which
// creates the queue's partition of pgboss.job and attaches it. That function is made SECURITY
// DEFINER (it then runs as the owner, with a pinned search_path), so the app can still create
// queues lazily. Reading and writing jobs through pgboss.job needs no rights on the partitions:
// PostgreSQL checks the privileges of the partitioned table only.
import type pg from 'pg';
import PgBoss from 'pg-boss';

export const JOB_SCHEMA = 'pgboss';

/** Run as the owner, after our own migrations: installs or upgrades pg-boss's schema and grants the app role what pg-boss needs at run time. */
export async function installJobSchema(client: pg.ClientBase, appRole: string | null): Promise<void> {
  // A PgBoss on the migration's own client: start() with migrate creates the schema or applies
  // pg-boss's migrations (under its own transaction-level advisory lock), then it stops at once.
  // No supervision, no cron, no workers: nothing polls.
  const installer = new PgBoss({
    db: { executeSql: (text, values) => client.query(text, values) },
    schema: JOB_SCHEMA,
    migrate: true,
    supervise: false,
    schedule: false,
  });
  await installer.start();
  await installer.stop({ graceful: false, close: false });

  // pg-boss's migrations may CREATE OR REPLACE these functions, which resets their attributes:
  // applied again on every run.
  const schema = JOB_SCHEMA;
  await client.query(`ALTER FUNCTION ${schema}.create_queue(text, json) SECURITY DEFINER SET search_path = pg_catalog, pg_temp`);
  await client.query(`REVOKE ALL ON FUNCTION ${schema}.create_queue(text, json) FROM PUBLIC`);
  // Dropping a queue drops its partition: the owner's business, never the app's.
  await client.query(`REVOKE ALL ON FUNCTION ${schema}.delete_queue(text) FROM PUBLIC`);
  if (!appRole) return;

  const role = client.escapeIdentifier(appRole);
  await client.query(`GRANT USAGE ON SCHEMA ${schema} TO ${role}`);
  // Jobs, queues, the version row (maintenance stamps its time there), archive, schedules.
  await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${role}`);
  await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${schema} TO ${role}`);
  await client.query(`GRANT EXECUTE ON FUNCTION ${schema}.create_queue(text, json) TO ${role}`);
}
