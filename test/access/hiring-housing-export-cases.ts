// The matrix's specification for the downloads of the hiring, readiness, arrival and housing
// lists (issue 9 item 5): each answers exactly as its list does, for every role and record.
import { ARRIVAL_CASES, HIRING_CASES, HOUSING_CASES, LOAN_CONTRACT_CASES, type RouteCase } from './access-cases.ts';
import { downloadOf } from './list-export-cases.ts';

export const HIRING_HOUSING_EXPORT_CASES: RouteCase[] = [
  downloadOf(HIRING_CASES, 'GET /api/programs/:id/employments'),
  downloadOf(HIRING_CASES, 'GET /api/programs/:id/hiring'),
  downloadOf(HIRING_CASES, 'GET /api/programs/:id/readiness'),
  downloadOf(ARRIVAL_CASES, 'GET /api/programs/:id/arrivals'),
  downloadOf(ARRIVAL_CASES, 'GET /api/programs/:id/housing-requests'),
  downloadOf(HOUSING_CASES, 'GET /api/organizations/:id/housing-units'),
  downloadOf(HOUSING_CASES, 'GET /api/programs/:id/housing'),
  downloadOf(LOAN_CONTRACT_CASES, 'GET /api/housing-agreements'),
  downloadOf(LOAN_CONTRACT_CASES, 'GET /api/programs/:id/loan-contracts'),
];
