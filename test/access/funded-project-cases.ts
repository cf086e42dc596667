// The matrix's specification for a program's funded projects (issue 9 item 4): read by the
// program's operators and its funder (aggregates only), kept by its operators; the program's
// other participants see the program but not its projects (403); nobody else sees them (404).
// Each case works on records made for it in the target program by that side's operator admin
// (a sibling program gets a funder of its own, since a project names one of the program's).
import { buildOrganizationInput } from '../support/factories.ts';
import { programOf, ALL, type CaseContext, type RouteCase } from './access-cases.ts';

let n = 0;
const unique = () => ++n;

const read: RouteCase['expected'] = { own: { operator_admin: 200, operator_staff: 200, funder: 200, others: 403 }, sibling: { operator_admin: 200, operator_staff: 200, others: 404 }, foreign: { others: 404 } };
const write = (ok: number): RouteCase['expected'] => ({ own: { operator_admin: ok, operator_staff: ok, others: 403 }, sibling: { operator_admin: ok, operator_staff: ok, others: 404 }, foreign: { others: 404 } });

async function made(c: CaseContext, url: string, payload: object): Promise<string> {
  const res = await c.side.api({ method: 'POST', url, payload });
  if (res.statusCode !== 201) throw new Error(`setup ${url}: ${res.statusCode} ${res.body}`);
  return (res.json() as { id: string }).id;
}

/** One project per program (with a cash budget line), made once. */
const projects = new Map<string, Promise<{ project: string; line: string }>>();
function projectOf(c: CaseContext): Promise<{ project: string; line: string }> {
  const program = programOf(c);
  let found = projects.get(program);
  if (!found) {
    found = (async () => {
      let funderId = c.side.orgs.funder;
      if (program !== c.side.program) {
        funderId = await made(c, '/api/organizations', buildOrganizationInput({ kind: 'funding_agency' }));
        const joined = await c.side.api({ method: 'POST', url: `/api/programs/${program}/participations`, payload: { organizationId: funderId, role: 'funder' } });
        if (joined.statusCode !== 201) throw new Error(`setup funder: ${joined.body}`);
      }
      const project = await made(c, `/api/programs/${program}/funded-projects`, { funderId, name: { ja: '助成事業' }, startsOn: '2025-04-01', endsOn: '2026-03-31', budgetYen: 1_000_000 });
      const line = await made(c, `/api/funded-projects/${project}/budget-lines`, { ordinal: 1, name: { ja: '旅費' }, category: 'travel', plannedYen: 500_000, inKind: false });
      return { project, line };
    })();
    projects.set(program, found);
  }
  return found;
}

/** A fresh record of a kind in the target program's project, version 1. */
async function fresh(c: CaseContext, kind: 'project' | 'activity' | 'indicator' | 'actual' | 'budgetLine' | 'expense'): Promise<string> {
  const { project, line } = await projectOf(c);
  const ordinal = unique();
  switch (kind) {
    case 'project':
      return project;
    case 'activity':
      return made(c, `/api/funded-projects/${project}/activities`, { ordinal, name: { ja: `活動${ordinal}` } });
    case 'indicator':
      return made(c, `/api/funded-projects/${project}/indicators`, { activityId: null, ordinal, name: { ja: `指標${ordinal}` }, unit: 'hours', metric: null, baseline: 0, target: 10 });
    case 'actual':
      return made(c, `/api/project-indicators/${await fresh(c, 'indicator')}/actuals`, { periodStart: '2025-06-01', periodEnd: '2025-06-30', value: 3, evidence: '記録' });
    case 'budgetLine':
      return made(c, `/api/funded-projects/${project}/budget-lines`, { ordinal: ordinal + 1, name: { ja: `費目${ordinal}` }, category: 'other', plannedYen: 1000, inKind: false });
    case 'expense':
      return made(c, `/api/funded-projects/${project}/expenses`, { budgetLineId: line, spentOn: '2025-06-10', amountYen: 100, description: '支出', contributorId: null });
  }
}

const PATCHES = {
  project: ['/api/funded-projects/:id', { budgetYen: 2_000_000 }],
  activity: ['/api/project-activities/:id', { name: { ja: '変更' } }],
  indicator: ['/api/project-indicators/:id', { target: 20 }],
  actual: ['/api/indicator-actuals/:id', { value: 4 }],
  budgetLine: ['/api/budget-lines/:id', { plannedYen: 2000 }],
  expense: ['/api/project-expenses/:id', { amountYen: 200 }],
} as const;

export const FUNDED_PROJECT_CASES: RouteCase[] = [
  { route: 'GET /api/programs/:id/funded-projects', targets: ALL, request: (c) => ({ method: 'GET', url: `/api/programs/${programOf(c)}/funded-projects` }), expected: read },
  {
    route: 'POST /api/programs/:id/funded-projects',
    targets: ALL,
    request: async (c) => {
      const { project } = await projectOf(c);
      const current = await c.side.api({ method: 'GET', url: `/api/funded-projects/${project}` });
      return { method: 'POST', url: `/api/programs/${programOf(c)}/funded-projects`, payload: { funderId: (current.json() as { funder: { id: string } }).funder.id, name: { ja: '別の事業' }, startsOn: '2025-04-01', endsOn: '2025-09-30', budgetYen: 10 } };
    },
    expected: write(201),
  },
  { route: 'GET /api/funded-projects/:id', targets: ALL, request: async (c) => ({ method: 'GET', url: `/api/funded-projects/${(await projectOf(c)).project}?from=2025-06-01&to=2025-06-30` }), expected: read },
  { route: 'GET /api/funded-projects/:id/report', targets: ALL, request: async (c) => ({ method: 'GET', url: `/api/funded-projects/${(await projectOf(c)).project}/report?format=csv` }), expected: read },
  { route: 'POST /api/funded-projects/:id/activities', targets: ALL, request: async (c) => ({ method: 'POST', url: `/api/funded-projects/${(await projectOf(c)).project}/activities`, payload: { ordinal: unique(), name: { ja: '活動' } } }), expected: write(201) },
  {
    route: 'POST /api/funded-projects/:id/indicators',
    targets: ALL,
    request: async (c) => ({ method: 'POST', url: `/api/funded-projects/${(await projectOf(c)).project}/indicators`, payload: { activityId: null, ordinal: unique(), name: { ja: '指標' }, unit: 'people', metric: 'interns', baseline: 0, target: 8 } }),
    expected: write(201),
  },
  {
    route: 'POST /api/funded-projects/:id/budget-lines',
    targets: ALL,
    request: async (c) => ({ method: 'POST', url: `/api/funded-projects/${(await projectOf(c)).project}/budget-lines`, payload: { ordinal: unique() + 1, name: { ja: '費目' }, category: 'housing', plannedYen: 100, inKind: true } }),
    expected: write(201),
  },
  {
    route: 'POST /api/funded-projects/:id/expenses',
    targets: ALL,
    request: async (c) => {
      const { project, line } = await projectOf(c);
      return { method: 'POST', url: `/api/funded-projects/${project}/expenses`, payload: { budgetLineId: line, spentOn: '2025-07-01', amountYen: 50, description: '支出', contributorId: null } };
    },
    expected: write(201),
  },
  {
    route: 'POST /api/project-indicators/:id/actuals',
    targets: ALL,
    request: async (c) => ({ method: 'POST', url: `/api/project-indicators/${await fresh(c, 'indicator')}/actuals`, payload: { periodStart: '2025-05-01', periodEnd: '2025-05-31', value: 2, evidence: '出席簿' } }),
    expected: write(201),
  },
  ...Object.entries(PATCHES).flatMap(([kind, [path, patch]]) => [
    {
      route: `PATCH ${path}`,
      targets: ALL,
      request: async (c: CaseContext) => ({ method: 'PATCH' as const, url: path.replace(':id', await fresh(c, kind as keyof typeof PATCHES)), payload: { version: kind === 'project' ? await projectVersion(c) : 1, ...patch } }),
      expected: write(200),
    },
    {
      route: `DELETE ${path}`,
      targets: ALL,
      request: async (c: CaseContext) => {
        // Deleting the shared project would take the other cases' records with it: delete one made for the call.
        const id = kind === 'project' ? await made(c, `/api/programs/${programOf(c)}/funded-projects`, { funderId: await funderOf(c), name: { ja: '消す事業' }, startsOn: '2025-04-01', endsOn: '2025-09-30', budgetYen: 1 }) : await fresh(c, kind as keyof typeof PATCHES);
        return { method: 'DELETE' as const, url: `${path.replace(':id', id)}?version=1` };
      },
      expected: write(204),
    },
  ]),
];

async function projectVersion(c: CaseContext): Promise<number> {
  const res = await c.side.api({ method: 'GET', url: `/api/funded-projects/${(await projectOf(c)).project}` });
  return (res.json() as { version: number }).version;
}

async function funderOf(c: CaseContext): Promise<string> {
  const res = await c.side.api({ method: 'GET', url: `/api/funded-projects/${(await projectOf(c)).project}` });
  return (res.json() as { funder: { id: string } }).funder.id;
}
