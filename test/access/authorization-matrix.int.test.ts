// The authorization matrix of issue 3: every API route × every role × {own, sibling, foreign}
// record gets exactly the status its specification (access-cases.ts) says, and anonymous
// callers get 401 from every route that is not public. A route added without a
// specification fails the first test.
import { beforeAll, describe, expect, it } from 'vitest';
import { createPerson, signInAs, type SignedIn } from '../support/people.ts';
import { useTestApp } from '../support/test-app.ts';
import { APPLICATION_CASES, FAIR_CASES, HOST_CALL_CASES, ARRIVAL_CASES, INTERNSHIP_CASES, VISA_PACK_CASES, HIRING_CASES, HOUSING_CASES, LOAN_CONTRACT_CASES, IDENTITY_CASES, LECTURE_CASES, MATCHING_CASES, PEOPLE_CASES, PUBLIC_CASES, ROUTE_CASES, SELF_CASES, STUDENT_IMPORT_CASES, type CaseContext, type RouteCase, type Target } from './access-cases.ts';
import { FUNDED_PROJECT_CASES } from './funded-project-cases.ts';
import { HIRING_HOUSING_EXPORT_CASES } from './hiring-housing-export-cases.ts';
import { LIST_EXPORT_CASES } from './list-export-cases.ts';
import { PROGRAM_EXPORT_CASES } from './program-export-cases.ts';
import { PEOPLE_EXPORT_CASES } from './people-export-cases.ts';
import { REPORT_CASES } from './report-cases.ts';
import { ROLES, buildWorld, type Role, type World } from './access-world.ts';

const t = useTestApp();
let world: World;
beforeAll(async () => {
  world = await buildWorld(t);
}, 120_000);

const CASES: RouteCase[] = [...PUBLIC_CASES, ...SELF_CASES, ...ROUTE_CASES, ...PEOPLE_CASES, ...IDENTITY_CASES, ...LECTURE_CASES, ...FAIR_CASES, ...MATCHING_CASES, ...HOUSING_CASES, ...LOAN_CONTRACT_CASES, ...ARRIVAL_CASES, ...INTERNSHIP_CASES, ...VISA_PACK_CASES, ...HIRING_CASES, ...APPLICATION_CASES, ...HOST_CALL_CASES, ...STUDENT_IMPORT_CASES, ...REPORT_CASES, ...FUNDED_PROJECT_CASES, ...LIST_EXPORT_CASES, ...PEOPLE_EXPORT_CASES, ...PROGRAM_EXPORT_CASES, ...HIRING_HOUSING_EXPORT_CASES];

function expectedStatus(spec: RouteCase, role: Role, target: Target): number {
  const statuses = spec.expected[target];
  const status = statuses?.[role] ?? statuses?.others;
  if (status === undefined) throw new Error(`${spec.route}: no expected status for ${role} on ${target}`);
  return status;
}

async function caller(spec: RouteCase, role: Role): Promise<SignedIn> {
  return spec.throwaway ? signInAs(t, world.orgOf[role], role, `throwaway ${role}`) : world.people[role];
}

const context = (role: Role, target: Target, person: SignedIn): CaseContext => ({
  app: t.app,
  world,
  role,
  target,
  side: target === 'foreign' ? world.B : world.A,
  caller: person,
  makePerson: async (organizationId, personRole) => (await createPerson(t.database.db, t.hasher, organizationId, personRole, 'Matrix person')).userId,
});

describe('the authorization matrix', () => {
  it('specifies every API route, and only routes that exist', () => {
    const routes = t.app.routeTable.map((r) => `${r.method} ${r.url}`);
    const specified = CASES.map((c) => c.route);
    expect(routes.filter((r) => !specified.includes(r))).toEqual([]);
    expect(specified.filter((r) => !routes.includes(r))).toEqual([]);
    expect(new Set(specified).size).toBe(specified.length);
  });

  for (const spec of CASES) {
    describe(spec.route, () => {
      it(`answers ${spec.anonymous ?? 401} without a session`, async () => {
        const options = await spec.request(context('operator_admin', spec.targets[0] ?? 'own', world.people.operator_admin));
        const res = await t.app.inject({ ...options, headers: { 'sec-fetch-site': 'same-origin' } });
        expect(res.statusCode, res.body).toBe(spec.anonymous ?? 401);
      });
      for (const role of ROLES) {
        for (const target of spec.targets) {
          it(`${role} on ${target}`, async () => {
            const person = await caller(spec, role);
            const options = await spec.request(context(role, target, person));
            const res = await t.app.inject({ ...options, headers: { ...person.headers, ...(options.headers as Record<string, string> | undefined) } });
            expect(res.statusCode, res.body).toBe(expectedStatus(spec, role, target));
          });
        }
      }
    });
  }
});
