// Figures a program reports for years run before Kakehashi (taken from the operator's own
// reports), so that year-over-year comparisons have something to compare with. Later years
// compute the same figures from the pipeline's records.
export const REPORTED_FIGURE_KEYS = [
  'applicants',
  'hostCompanies',
  'lectureSessions',
  'lectureParticipants',
  'interviewingCompanies',
  'interviewees',
  'interns',
  'offers',
  'hires',
] as const;
export type ReportedFigureKey = (typeof REPORTED_FIGURE_KEYS)[number];
export type ReportedFigures = Partial<Record<ReportedFigureKey, number>>;
