// The pg connection behind a Drizzle executor, for a library that runs its own SQL text with
// positional parameters (pg-boss's send) and must run it inside our transaction: its rows are
// then written, or rolled back, with ours. Drizzle keeps the connection on its session without
// declaring it in its types; a transaction's session holds the checked-out client, the database's
// the pool (a statement of its own).
import type pg from 'pg';
import type { Executor } from '../repositories/executor.ts';

export type SqlRunner = { executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> };

export function sqlRunnerOf(executor: Executor): SqlRunner {
  const { client } = (executor as unknown as { session: { client: pg.ClientBase | pg.Pool } }).session;
  return { executeSql: (text, values) => client.query(text, values) };
}
