// An interview fair's days cut into slots of equal length (issue 5 item 2): each day runs from
// its start to its end at the venue, less its breaks; a slot never overlaps a break and never
// runs past the end. Slots are numbered in time order across the days, which is the numbering
// the scheduler uses. Times are wall-clock times at the venue (Ulaanbaatar by default, UTC+8);
// an online interview's company reads them in its own zone (Japan, UTC+9).
import { sessionStartInstant } from '../lectures/lectures.ts';

export const DEFAULT_SLOT_MINUTES = 20;
export const FAIR_TIME_ZONE = 'Asia/Ulaanbaatar';
export const MAX_FAIR_SLOTS = 400;

export type FairBreak = { readonly start: string; readonly end: string };
export type FairDay = { readonly date: string; readonly start: string; readonly end: string; readonly breaks?: readonly FairBreak[] };

export type FairSlot = {
  readonly position: number;
  /** Its day: 0 for the earliest date of the fair, 1 for the next, … */
  readonly day: number;
  readonly date: string;
  /** Local start and end, HH:MM. */
  readonly start: string;
  readonly end: string;
  readonly startsAt: Date;
  readonly endsAt: Date;
};

export type FairDaysIssue = { readonly field: string; readonly code: 'fair.dayOrder' | 'fair.dayEmpty' | 'fair.breakOutside' | 'fair.tooManySlots' | 'fair.dateRepeated' };

const minutes = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
};
const hhmm = (total: number): string => `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;

/** The slots of one day, as minutes after midnight. */
function daySlots(day: FairDay, slotMinutes: number): number[] {
  const starts: number[] = [];
  const breaks = (day.breaks ?? []).map((b) => [minutes(b.start), minutes(b.end)] as const);
  for (let t = minutes(day.start); t + slotMinutes <= minutes(day.end); ) {
    const overlapping = breaks.find(([from, to]) => t < to && from < t + slotMinutes);
    if (overlapping) {
      t = overlapping[1];
      continue;
    }
    starts.push(t);
    t += slotMinutes;
  }
  return starts;
}

/** Problems of the days as given, by field path (`days.1.breaks.0`); empty when they make slots. */
export function fairDaysIssues(days: readonly FairDay[], slotMinutes: number): FairDaysIssue[] {
  const issues: FairDaysIssue[] = [];
  const dates = new Set<string>();
  let total = 0;
  days.forEach((day, i) => {
    if (dates.has(day.date)) issues.push({ field: `days.${i}.date`, code: 'fair.dateRepeated' });
    dates.add(day.date);
    if (minutes(day.end) <= minutes(day.start)) issues.push({ field: `days.${i}.end`, code: 'fair.dayOrder' });
    (day.breaks ?? []).forEach((b, j) => {
      if (minutes(b.end) <= minutes(b.start) || minutes(b.start) < minutes(day.start) || minutes(b.end) > minutes(day.end)) issues.push({ field: `days.${i}.breaks.${j}`, code: 'fair.breakOutside' });
    });
    const count = daySlots(day, slotMinutes).length;
    if (count === 0 && minutes(day.end) > minutes(day.start)) issues.push({ field: `days.${i}.end`, code: 'fair.dayEmpty' });
    total += count;
  });
  if (total > MAX_FAIR_SLOTS) issues.push({ field: 'days', code: 'fair.tooManySlots' });
  return issues;
}

/** Every slot of the fair, days taken in date order. */
export function fairSlots(days: readonly FairDay[], slotMinutes: number, timeZone: string = FAIR_TIME_ZONE): FairSlot[] {
  const ordered = [...days].sort((a, b) => a.date.localeCompare(b.date));
  const slots: FairSlot[] = [];
  for (const [index, day] of ordered.entries()) {
    for (const t of daySlots(day, slotMinutes)) {
      const startsAt = sessionStartInstant(day.date, hhmm(t), timeZone);
      slots.push({ position: slots.length, day: index, date: day.date, start: hhmm(t), end: hhmm(t + slotMinutes), startsAt, endsAt: new Date(startsAt.getTime() + slotMinutes * 60_000) });
    }
  }
  return slots;
}
