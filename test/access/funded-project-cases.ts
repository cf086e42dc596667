// The matrix's specification for a program's funded projects (issue 9 item 4).
import type { RouteCase } from './access-cases.ts';

export const FUNDED_PROJECT_CASES: RouteCase[] = [];
