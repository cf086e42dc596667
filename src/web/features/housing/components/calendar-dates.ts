// The occupancy calendar's arithmetic, pure so it is tested apart: calendar dates as ISO strings
// (no time zone: a night is the date it starts on), the columns of a range, each stay's bar
// clipped to it, stacked in lanes so that overlapping stays in one unit do not cover each other,
// and the beds taken each night.
import type { StayView } from '../../../../contracts/housing.ts';

const toUtc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const toIso = (date: Date) => date.toISOString().slice(0, 10);

export function addDays(iso: string, days: number): string {
  const date = toUtc(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return toIso(date);
}

/** Every date from `from` to `to`, both included (the columns of the calendar). */
export function daysFrom(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to && days.length < 400; day = addDays(day, 1)) days.push(day);
  return days;
}

/** 0 for Sunday … 6 for Saturday. */
export const dayOfWeek = (iso: string) => toUtc(iso).getUTCDay();
export const isWeekend = (iso: string) => dayOfWeek(iso) === 0 || dayOfWeek(iso) === 6;

/** Nights a stay takes: from its check-in up to the night before its check-out. */
export const nightsOf = (stay: Pick<StayView, 'checkIn' | 'checkOut'>) => daysFrom(stay.checkIn, addDays(stay.checkOut, -1));

export type Bar = { stay: StayView; start: number; span: number; lane: number; clippedStart: boolean; clippedEnd: boolean };

/**
 * The bars of one unit's stays over the columns `days`: the first column and how many it spans,
 * clipped to the range, in lanes (earliest check-in first, each into the first lane free by then).
 */
export function barsOf(stays: StayView[], days: string[]): { bars: Bar[]; lanes: number } {
  if (days.length === 0) return { bars: [], lanes: 1 };
  const first = days[0]!;
  const last = days.at(-1)!;
  const visible = stays.filter((s) => s.checkIn <= last && addDays(s.checkOut, -1) >= first).sort((a, b) => a.checkIn.localeCompare(b.checkIn) || a.checkOut.localeCompare(b.checkOut) || a.id.localeCompare(b.id));
  const laneEnds: string[] = [];
  const bars = visible.map((stay) => {
    const from = stay.checkIn < first ? first : stay.checkIn;
    const lastNight = addDays(stay.checkOut, -1);
    const to = lastNight > last ? last : lastNight;
    let lane = laneEnds.findIndex((end) => end <= stay.checkIn);
    if (lane === -1) lane = laneEnds.push(stay.checkOut) - 1;
    else laneEnds[lane] = stay.checkOut;
    return { stay, start: days.indexOf(from), span: days.indexOf(to) - days.indexOf(from) + 1, lane, clippedStart: stay.checkIn < first, clippedEnd: lastNight > last };
  });
  return { bars, lanes: Math.max(1, laneEnds.length) };
}

/** How many of the stays are in the unit on each of the nights. */
export function bedsTaken(stays: Pick<StayView, 'checkIn' | 'checkOut'>[], days: string[]): number[] {
  return days.map((day) => stays.filter((s) => s.checkIn <= day && day < s.checkOut).length);
}

/** The calendar's range around a season: a few days either side of check-in and check-out. */
export function rangeAround(checkIn: string, checkOut: string, margin = 3): { from: string; to: string } {
  return { from: addDays(checkIn, -margin), to: addDays(checkOut, margin) };
}

/** Months of the range with how many columns each covers, for the header above the days. */
export function monthsOf(days: string[]): { year: number; month: number; span: number }[] {
  const months: { year: number; month: number; span: number }[] = [];
  for (const day of days) {
    const year = Number(day.slice(0, 4));
    const month = Number(day.slice(5, 7));
    const current = months.at(-1);
    if (current && current.year === year && current.month === month) current.span += 1;
    else months.push({ year, month, span: 1 });
  }
  return months;
}

// Light fills with dark text keep AA contrast; a company keeps its colour in the legend.
const PALETTE = ['indigo', 'teal', 'grape', 'orange', 'cyan', 'pink', 'lime', 'violet', 'yellow', 'blue', 'green', 'red'] as const;

/** A colour per company, in the order given (the board's list), so colours stay put between renders. */
export function companyColors(companyIds: string[]): Map<string, string> {
  return new Map(companyIds.map((id, i) => [id, PALETTE[i % PALETTE.length]!]));
}
