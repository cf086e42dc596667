// The matrix's specification for the admin and people lists' downloads (issue 9 item 5):
// organizations, members, open invitations, the audit trail, the calls for host companies and a
// call's applications each answer exactly as their list does, for every role and record.
import { HOST_CALL_CASES, PEOPLE_CASES, ROUTE_CASES, type RouteCase } from './access-cases.ts';
import { downloadOf } from './list-export-cases.ts';

export const PEOPLE_EXPORT_CASES: RouteCase[] = [
  downloadOf(ROUTE_CASES, 'GET /api/organizations'),
  downloadOf(PEOPLE_CASES, 'GET /api/members'),
  downloadOf(PEOPLE_CASES, 'GET /api/invitations'),
  downloadOf(PEOPLE_CASES, 'GET /api/audit-events'),
  downloadOf(HOST_CALL_CASES, 'GET /api/host-calls'),
  downloadOf(HOST_CALL_CASES, 'GET /api/host-calls/:id/applications'),
];
