import type { PhaseKind } from '../../../../domain/programs/phase.ts';

// One colour per kind of phase, the same in the timeline and the phase table.
export const PHASE_COLORS: Record<PhaseKind, string> = {
  company_call: 'var(--mantine-color-blue-3)',
  student_recruitment: 'var(--mantine-color-cyan-3)',
  travel_preparation: 'var(--mantine-color-gray-4)',
  guidance: 'var(--mantine-color-teal-3)',
  donated_lectures: 'var(--mantine-color-grape-3)',
  dx_training: 'var(--mantine-color-violet-3)',
  interview_fair: 'var(--mantine-color-pink-3)',
  selection: 'var(--mantine-color-red-3)',
  housing_agreement: 'var(--mantine-color-orange-3)',
  internship: 'var(--mantine-color-yellow-4)',
  final_report_meeting: 'var(--mantine-color-lime-4)',
  follow_up: 'var(--mantine-color-green-3)',
  hiring_selection: 'var(--mantine-color-indigo-3)',
  study_tour: 'var(--mantine-color-cyan-4)',
  project_management: 'var(--mantine-color-gray-3)',
  other: 'var(--mantine-color-gray-2)',
};
