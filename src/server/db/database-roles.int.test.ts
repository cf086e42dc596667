import { inject, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/support/test-app.ts';

const t = useTestApp();

describe('the role the app connects as', () => {
  it('is no superuser and cannot bypass row-level security', async () => {
    const { rows } = await t.database.pool.query<{ rolsuper: boolean; rolbypassrls: boolean; rolcreaterole: boolean }>(
      'select rolsuper, rolbypassrls, rolcreaterole from pg_roles where rolname = current_user',
    );
    expect(rows[0]).toEqual({ rolsuper: false, rolbypassrls: false, rolcreaterole: false });
  });

  // On the external CI server one role both owns and uses the database (DATABASE_URL alone);
  // the embedded server always separates the schema owner from the app role.
  it(`changes rows but not the schema where an owner role is separate (${inject('testDatabase').kind} server)`, async () => {
    const { rows } = await t.database.pool.query<{ n: number }>('select count(*)::int as n from programs');
    expect(rows[0]?.n).toBe(0);
    if (inject('testDatabase').owner === null) return;
    await expect(t.database.pool.query('create table intruder (id int)')).rejects.toThrow(/permission denied/);
    await expect(t.database.pool.query('drop table programs')).rejects.toThrow(/must be owner|permission denied/);
  });
});
