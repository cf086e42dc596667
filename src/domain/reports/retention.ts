// Still employed a year on: the last stage of the funnel. A hire counts once the anniversary of
// their first day has come; until then nobody can say, so a program whose hires are all newer
// than a year has no figure (null), not zero.
import type { RetentionStatus } from '../hiring/hiring.ts';

export type EmploymentRetention = { startsOn: string; retention: RetentionStatus; retentionChangedOn: string | null };

/** The first day on which a hire has been employed for twelve months (same day a year later; 29 Feb → 28 Feb). */
export function twelveMonthsAfter(startsOn: string): string {
  const [y, m, d] = startsOn.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y + 1, m, 0)).getUTCDate();
  return `${String(y + 1).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** Hires whose twelve months have passed, and how many of them were still employed then; null when none has. */
export function retainedAt12Months(employments: Iterable<EmploymentRetention>, today: string): { due: number; retained: number } | null {
  let due = 0;
  let retained = 0;
  for (const e of employments) {
    const mark = twelveMonthsAfter(e.startsOn);
    if (mark > today) continue;
    due++;
    if (e.retention === 'employed' || (e.retentionChangedOn !== null && e.retentionChangedOn >= mark)) retained++;
  }
  return due === 0 ? null : { due, retained };
}
