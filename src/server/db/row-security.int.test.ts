// Row-level security under the access policy: even a query with no filter of its own, made by
// the app's role while serving one person, reaches only the programs of that person's
// organizations. The app's role can neither see past it nor switch it off.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPhaseInput } from '../../../test/support/factories.ts';
import { injectAs, signInAs, signInAsNewOperator, type SignedIn } from '../../../test/support/people.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { buildOrganizationInput, buildProgramInput } from '../../../test/support/factories.ts';
import { runAsSystem, runInRequestScope, setActorOrganizations } from './actor-scope.ts';
import { programs } from './schema/index.ts';

// A route that reads every program with no filter at all, as a buggy repository would. A POST
// with a body: reading a body leaves the request's async context, which the scope survives.
const t = useTestApp({}, (app, database) => {
  app.post('/api/test/all-programs', { config: { access: { kind: 'signedIn' } } }, async () => (await database.db.select({ id: programs.id }).from(programs)).map((p) => p.id));
});

let adminA: SignedIn & { operatorId: string };
let adminB: SignedIn & { operatorId: string };
let programA: string;
let programB: string;
let companyA: string;

beforeAll(async () => {
  adminA = await signInAsNewOperator(t);
  adminB = await signInAsNewOperator(t);
  const create = async (admin: typeof adminA) => (await injectAs(t.app, admin)({ method: 'POST', url: '/api/programs', payload: buildProgramInput(admin.operatorId) })).json().id as string;
  programA = await create(adminA);
  programB = await create(adminB);
  companyA = (await injectAs(t.app, adminA)({ method: 'POST', url: '/api/organizations', payload: buildOrganizationInput({ kind: 'company' }) })).json().id;
  await injectAs(t.app, adminA)({ method: 'POST', url: `/api/programs/${programA}/participations`, payload: { organizationId: companyA, role: 'host_company' } });
  await injectAs(t.app, adminB)({ method: 'POST', url: `/api/programs/${programB}/phases`, payload: buildPhaseInput() });
});

/** Runs `sql` on the app's pool as if serving a person of `organizations`. */
const asMemberOf = <T>(organizations: string[], work: () => Promise<T>) =>
  runInRequestScope(() => {
    setActorOrganizations(organizations);
    return work();
  });

describe('row-level security on programs', () => {
  it('lets an unfiltered query reach only the programs of the organizations it serves', async () => {
    const ids = async () => (await t.database.pool.query<{ id: string }>('select id from programs')).rows.map((r) => r.id);
    expect(await asMemberOf([adminA.operatorId], ids)).toEqual([programA]);
    expect(await asMemberOf([companyA], ids)).toEqual([programA]); // it takes part in A's program
    expect(await asMemberOf([adminB.operatorId], ids)).toEqual([programB]);
    expect(await runInRequestScope(ids)).toEqual([]); // a request nobody is signed in to
    expect(await ids()).toEqual([]); // a query that lost its request's context fails closed
    expect((await runAsSystem(ids)).sort()).toEqual([programA, programB].sort()); // the system's own work
  });

  it('hides and protects what is in another operator’s program', async () => {
    await asMemberOf([adminA.operatorId], async () => {
      expect((await t.database.pool.query('select * from phases where program_id = $1', [programB])).rowCount).toBe(0);
      expect((await t.database.pool.query("update programs set planned_interns = 1 where id = $1", [programB])).rowCount).toBe(0);
      expect((await t.database.pool.query('delete from participations where program_id = $1', [programB])).rowCount).toBe(0);
      await expect(t.database.pool.query("insert into cohorts (program_id, ordinal, name) values ($1, 99, '{}')", [programB])).rejects.toThrow(/row-level security/);
      await expect(t.database.pool.query("insert into programs (operator_id, fiscal_year, name) values ($1, 2040, '{}')", [adminB.operatorId])).rejects.toThrow(/row-level security/);
    });
  });

  it('holds while serving a request, behind every policy check', async () => {
    const company = await signInAs(t, companyA, 'host_company');
    for (const [who, expected] of [
      [company, [programA]],
      [adminB, [programB]],
    ] as const) {
      const res = await injectAs(t.app, who)({ method: 'POST', url: '/api/test/all-programs', payload: { any: 'body' } });
      expect(res.json()).toEqual(expected);
    }
  });

  it('cannot be switched off by the app’s role', async () => {
    for (const statement of ['alter table programs disable row level security', 'drop policy programs_by_operator on programs', 'alter table programs no force row level security']) {
      await expect(t.database.pool.query(statement), statement).rejects.toThrow(/must be owner|permission denied/);
    }
    const { rows } = await t.database.pool.query<{ rolbypassrls: boolean; rolsuper: boolean }>('select rolbypassrls, rolsuper from pg_roles where rolname = current_user');
    expect(rows[0]).toEqual({ rolbypassrls: false, rolsuper: false });
  });
});
