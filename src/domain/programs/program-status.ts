// Where a program stands on a given day, from the dates of its phases (no stored state to
// drift out of date).
export type ProgramStatus = 'unscheduled' | 'planned' | 'running' | 'completed';

export function programStatus(startDate: string | null, endDate: string | null, today: string): ProgramStatus {
  if (!startDate || !endDate) return 'unscheduled';
  if (today < startDate) return 'planned';
  if (today > endDate) return 'completed';
  return 'running';
}
