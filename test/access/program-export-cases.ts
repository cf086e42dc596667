// The matrix's specification for the recruitment lists' downloads (a fair's timetable, a matching
// round's result, the lecture attendance, the interns): each answers exactly as its list does.
import { FAIR_CASES, INTERNSHIP_CASES, LECTURE_CASES, MATCHING_CASES, type RouteCase } from './access-cases.ts';
import { downloadOf } from './list-export-cases.ts';

export const PROGRAM_EXPORT_CASES: RouteCase[] = [
  downloadOf(FAIR_CASES, 'GET /api/fairs/:id/interviews'),
  downloadOf(MATCHING_CASES, 'GET /api/matchings/:id/result'),
  downloadOf(LECTURE_CASES, 'GET /api/programs/:id/attendance'),
  downloadOf(INTERNSHIP_CASES, 'GET /api/programs/:id/internship'),
];
