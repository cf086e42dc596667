// The dated steps of a program's year (DOMAIN.md, "The yearly pipeline").
export const PHASE_KINDS = [
  'company_call', // public call for and selection of host companies
  'student_recruitment', // call for student applicants
  'travel_preparation',
  'guidance', // online guidance for students
  'donated_lectures',
  'dx_training', // Nagaoka's AI/IoT/robotics curriculum
  'interview_fair',
  'selection', // matching interns to companies
  'housing_agreement',
  'internship',
  'final_report_meeting',
  'follow_up',
  'hiring_selection',
  'study_tour',
  'project_management',
  'other',
] as const;
export type PhaseKind = (typeof PHASE_KINDS)[number];

export type PhaseDates = { startDate: string; endDate: string };
