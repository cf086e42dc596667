// Row count and checksum of every table of a database, to compare a restored database with its
// source: md5 over the rows' text in a fixed order (the cluster's collation is C, so the order
// does not depend on the machine). Run inside one REPEATABLE READ transaction for a snapshot.
import type pg from 'pg';

export type TableChecksum = { rows: number; md5: string };

export async function tableChecksums(client: pg.ClientBase): Promise<Record<string, TableChecksum>> {
  // relkind 'r': plain tables and the leaves of partitioned ones, so each row is counted once
  const tables = await client.query<{ name: string }>(
    `SELECT format('%I.%I', n.nspname, c.relname) AS name
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
      ORDER BY 1`,
  );
  const result: Record<string, TableChecksum> = {};
  for (const { name } of tables.rows) {
    const { rows } = await client.query<TableChecksum>(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS md5 FROM ${name} t`,
    );
    result[name] = rows[0]!;
  }
  return result;
}
