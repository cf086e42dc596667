// Whose request a database connection serves, for row-level security (migration 0007). Each
// HTTP request runs in a scope that starts empty (sees no program) and becomes the signed-in
// person's organizations once they are known. The system's own work (the demo seed, the CLI)
// says so with runAsSystem and sees everything. Anything else sees nothing: a query that
// lost its request's context fails closed. The pool applies the scope to a connection each
// time it hands one out, so no query can run under another request's scope.
import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';

export const SYSTEM_SCOPE = '*';
const SETTING = 'kakehashi.actor_organizations';

type Scope = { organizations: string };
const storage = new AsyncLocalStorage<Scope>();

/** Runs `work` (and everything it starts) in a request's scope, which sees nothing until `setActorOrganizations`. */
export function runInRequestScope<T>(work: () => T): T {
  return storage.run({ organizations: '' }, work);
}

/** Runs `work` as the system itself (seeding, maintenance): every program is visible. */
export function runAsSystem<T>(work: () => T): T {
  return storage.run({ organizations: SYSTEM_SCOPE }, work);
}

/** Narrows the current request's scope to the signed-in person's organizations. */
export function setActorOrganizations(organizationIds: string[]): void {
  const scope = storage.getStore();
  if (scope) scope.organizations = organizationIds.join(',');
}

export function currentScope(): string {
  return storage.getStore()?.organizations ?? '';
}

/** The scope each pooled connection last had, so an unchanged scope costs no round trip. */
const applied = new WeakMap<pg.PoolClient, string>();

async function applyScope(client: pg.PoolClient): Promise<void> {
  const scope = currentScope();
  if (applied.get(client) === scope) return;
  await client.query('select set_config($1, $2, false)', [SETTING, scope]);
  applied.set(client, scope);
}

/**
 * pg-pool listens for errors on idle connections only. A connection the server drops while it is
 * checked out between two statements (the database restarting, stopped with -m immediate)
 * emits 'error' on a client nobody listens to, which ends the process. With this listener the
 * error is left to the statement that next uses the client: it fails (503 to its request), the
 * client is released with the error and the pool discards it.
 */
const guarded = new WeakSet<pg.PoolClient>();
function guardAgainstDroppedConnection(client: pg.PoolClient): void {
  if (guarded.has(client)) return;
  client.on('error', () => undefined);
  guarded.add(client);
}

/** A pg pool whose every connection, and every one-off query, runs under the current scope. */
export class ScopedPool extends pg.Pool {
  override async connect(): Promise<pg.PoolClient>;
  override connect(callback: (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void): void;
  override connect(callback?: (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void): Promise<pg.PoolClient> | void {
    if (callback) throw new Error('ScopedPool.connect takes no callback');
    return super.connect().then(async (client) => {
      guardAgainstDroppedConnection(client);
      try {
        await applyScope(client);
        return client;
      } catch (error) {
        client.release(error as Error);
        throw error;
      }
    });
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- pg's query has a dozen overloads; we pass them through
  override query(...args: any[]): any {
    if (typeof args[args.length - 1] === 'function') throw new Error('ScopedPool.query takes no callback');
    return this.connect().then(async (client) => {
      try {
        return await (client.query as (...a: unknown[]) => Promise<unknown>)(...args);
      } finally {
        client.release();
      }
    });
  }
}
