// The matrix's specification for a program's reports (issue 9): the dashboards and their
// exports. Read by the program's operators and its funder (aggregates only); the program's
// other participants see the program but not its reports (403); nobody else sees it (404).
// An organization's population series and its choice to publish are its own members' to keep
// (only an operator may publish: another organization is refused as invalid, 400).
import { ALL, organizationOf, organizationRead, organizationUpdate, programOf, type CaseContext, type RouteCase } from './access-cases.ts';

const reportReaders: RouteCase['expected'] = {
  own: { operator_admin: 200, operator_staff: 200, funder: 200, others: 403 },
  sibling: { operator_admin: 200, operator_staff: 200, others: 404 },
  foreign: { others: 404 },
};

async function setupRead<T>(c: CaseContext, url: string): Promise<T> {
  const res = await c.side.api({ method: 'GET', url });
  if (res.statusCode !== 200) throw new Error(`setup read ${url}: ${res.statusCode} ${res.body}`);
  return res.json() as T;
}

const dashboard = (path: string, query = ''): RouteCase => ({ route: `GET /api/programs/:id/reports/${path}`, targets: ALL, request: (c) => ({ method: 'GET', url: `/api/programs/${programOf(c)}/reports/${path}${query}` }), expected: reportReaders });

export const REPORT_CASES: RouteCase[] = [
  dashboard('funnel'),
  dashboard('years'),
  dashboard('regions'),
  dashboard('export', '?format=csv'),
  { route: 'GET /api/organizations/:id/population', targets: ALL, request: (c) => ({ method: 'GET', url: `/api/organizations/${organizationOf(c)}/population` }), expected: organizationRead },
  {
    route: 'PUT /api/organizations/:id/population',
    targets: ALL,
    request: async (c) => {
      const { revision } = await setupRead<{ revision: string }>(c, `/api/organizations/${organizationOf(c)}/population`);
      return { method: 'PUT', url: `/api/organizations/${organizationOf(c)}/population`, payload: { revision, items: [{ year: 2020, workingAge: 100_611, forecast: false, source: 'census' }] } };
    },
    expected: organizationUpdate,
  },
  { route: 'GET /api/organizations/:id/report-sharing', targets: ALL, request: (c) => ({ method: 'GET', url: `/api/organizations/${organizationOf(c)}/report-sharing` }), expected: organizationRead },
  {
    route: 'PATCH /api/organizations/:id/report-sharing',
    targets: ALL,
    request: async (c) => {
      const { version } = await setupRead<{ version: number }>(c, `/api/organizations/${organizationOf(c)}`);
      return { method: 'PATCH', url: `/api/organizations/${organizationOf(c)}/report-sharing`, payload: { publishesAggregates: false, version } };
    },
    // Each role's own organization: only the operator's operates a program; the sibling is a company.
    expected: { own: { operator_admin: 200, operator_staff: 200, student: 403, others: 400 }, sibling: { operator_admin: 400, operator_staff: 400, others: 404 }, foreign: { others: 404 } },
  },
];
