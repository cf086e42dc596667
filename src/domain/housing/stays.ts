// The rules of one stay in one unit, checked before the database is asked (which keeps the
// last word under concurrency, see db/schema/housing.ts): a stay is the nights
// [checkIn, checkOut); it must fall within one of the partner's lending periods; it takes one
// bed for all its nights; in a same-gender unit nobody of another (or unrecorded) gender
// shares a night with it.
import type { Gender } from './allocation.ts';

export type NightRange = { checkIn: string; checkOut: string };
export type BookedStay = NightRange & { id: string; bed: number; gender: Gender | null };

export const overlaps = (a: NightRange, b: NightRange) => a.checkIn < b.checkOut && b.checkIn < a.checkOut;

/** Whether one lending period covers every night of the stay (periods are [from, to) like stays). */
export const withinLending = (periods: readonly { from: string; to: string }[], stay: NightRange) => periods.some((p) => p.from <= stay.checkIn && stay.checkOut <= p.to);

/** The same-gender rule: everyone sharing a night has the same recorded gender; someone unrecorded only alone. */
export function breaksSameGenderRule(others: readonly BookedStay[], stay: NightRange & { gender: Gender | null }): boolean {
  return others.some((o) => overlaps(o, stay) && (o.gender === null || stay.gender === null || o.gender !== stay.gender));
}

/** The lowest bed free on every night of the stay, or null. */
export function freeBed(capacity: number, others: readonly BookedStay[], stay: NightRange): number | null {
  const taken = new Set(others.filter((o) => overlaps(o, stay)).map((o) => o.bed));
  for (let bed = 1; bed <= capacity; bed++) if (!taken.has(bed)) return bed;
  return null;
}

/**
 * Beds for every stay of a unit at once, when no single bed is free for a new stay although
 * no night is over capacity (A in bed 1 on Monday, B in bed 2 on Tuesday, C for both nights).
 * Intervals sorted by check-in take the lowest bed freed so far: an interval graph's greedy
 * colouring, which uses exactly as many beds as the busiest night holds people. Null when a
 * night would hold more than `capacity`.
 */
export function reseat<T extends NightRange>(capacity: number, stays: readonly T[]): Map<T, number> | null {
  const order = [...stays].sort((a, b) => (a.checkIn < b.checkIn ? -1 : a.checkIn > b.checkIn ? 1 : 0));
  const beds = new Map<T, number>();
  const busyUntil: string[] = []; // busyUntil[bed - 1]: the check-out of the stay holding it
  for (const stay of order) {
    let bed = busyUntil.findIndex((until) => until <= stay.checkIn);
    if (bed === -1) {
      if (busyUntil.length === capacity) return null;
      bed = busyUntil.length;
      busyUntil.push(stay.checkOut);
    } else busyUntil[bed] = stay.checkOut;
    beds.set(stay, bed + 1);
  }
  return beds;
}
