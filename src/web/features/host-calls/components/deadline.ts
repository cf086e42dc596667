// The call's deadline as people meet it: typed as a date and a time in the reader's own time
// zone (a datetime-local input), stored as an instant, and told as the time left.

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as the value of a datetime-local input in the browser's time zone (YYYY-MM-DDTHH:mm). */
export function toLocalInput(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A datetime-local value (read in the browser's time zone) as an ISO instant, or null when incomplete. */
export function fromLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

export type TimeLeft = { days: number; hours: number; minutes: number };

/** What remains until the deadline, in whole minutes (rounded down); null once it has passed. */
export function timeLeft(deadline: string, now: Date): TimeLeft | null {
  const ms = new Date(deadline).getTime() - now.getTime();
  if (ms <= 0) return null;
  const minutes = Math.floor(ms / 60_000);
  return { days: Math.floor(minutes / 1440), hours: Math.floor((minutes % 1440) / 60), minutes: minutes % 60 };
}

/** May a company write now: the call is open and its deadline has not passed (the server decides; this only shapes the page). */
export function companyMayWriteNow(call: { status: string; deadline: string }, now: Date): boolean {
  return call.status === 'open' && timeLeft(call.deadline, now) !== null;
}

/** The browser's time zone (e.g. Asia/Ulaanbaatar), shown beside every deadline. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
