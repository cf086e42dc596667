// The demo's funded project and population series: replaced whole on each load (the project's
// parts go with it by cascade), so reloading returns them to their original content.
import { eq, sql } from 'drizzle-orm';
import { fundedProjects, populationSeries } from '../db/schema/index.ts';
import type { Executor } from './executor.ts';

export const deleteDemoProject = (db: Executor, id: string) => db.delete(fundedProjects).where(eq(fundedProjects.id, id));

export async function upsertPopulation(db: Executor, row: typeof populationSeries.$inferInsert): Promise<void> {
  await db
    .insert(populationSeries)
    .values(row)
    .onConflictDoUpdate({ target: [populationSeries.operatorId, populationSeries.year], set: { workingAge: row.workingAge, forecast: row.forecast, source: row.source, version: sql`${populationSeries.version} + 1`, updatedAt: sql`now()` } });
}
