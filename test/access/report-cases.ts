// The matrix's specification for a program's reports (issue 9): the dashboards and their
// exports. Read by the program's operators and its funder (aggregates only); the program's
// other participants see the program but not its reports (403); nobody else sees it (404).
import type { RouteCase } from './access-cases.ts';

export const REPORT_CASES: RouteCase[] = [];
