// Donated lectures (issue 4 item 5): courses given by a host company or partner of the program
// (a lecture series such as Hitachi's 15 sessions in Ulaanbaatar, or a curriculum of modules
// with learning materials such as Nagaoka's DX course), their sessions, and who attended.
// Attended means present or late; the program's rule says how many sessions a student must
// attend to go on to the interview fair. Pure: the clock and the time zone data are arguments
// (Intl is the standard library's calendar, not I/O).
import type { PipelineStatus } from '../pipeline/pipeline-status.ts';

export const COURSE_KINDS = ['lecture_series', 'curriculum'] as const;
export type CourseKind = (typeof COURSE_KINDS)[number];

export const ATTENDANCE_STATUSES = ['present', 'late', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const ATTENDANCE_METHODS = ['staff_tick', 'qr_scan'] as const;
export type AttendanceMethod = (typeof ATTENDANCE_METHODS)[number];

export const MATERIAL_KINDS = ['slides', 'video', 'document', 'exercise', 'link'] as const;
export type MaterialKind = (typeof MATERIAL_KINDS)[number];

export const DEFAULT_SESSION_MINUTES = 90;
export const MAX_SESSION_MINUTES = 600;
/** MOJC and the colleges are in Ulaanbaatar (UTC+8, no daylight saving since 2017). */
export const DEFAULT_TIME_ZONE = 'Asia/Ulaanbaatar';
/** A scan this many minutes after the start still counts as present, unless the program says otherwise. */
export const DEFAULT_LATE_AFTER_MINUTES = 10;
/** How long one QR code on the staff screen stays valid; the screen shows a fresh one before. */
export const QR_TOKEN_SECONDS = 180;

/** Who is expected at lectures: screened or further along, and still in the pipeline. */
export const ROSTER_STATUSES = ['screened', 'lecture_attendee', 'interviewee', 'intern_candidate', 'intern', 'offered', 'hired'] as const satisfies readonly PipelineStatus[];
export const isRosterStatus = (status: PipelineStatus): boolean => (ROSTER_STATUSES as readonly string[]).includes(status);

/** Present and late count as attended; absent does not. */
export const counts = (status: AttendanceStatus): boolean => status === 'present' || status === 'late';

export type AttendanceTotals = { present: number; late: number; absent: number; attended: number };

export const EMPTY_TOTALS: AttendanceTotals = { present: 0, late: 0, absent: 0, attended: 0 };

/** One student's totals over their recorded sessions. */
export function totalsOf(statuses: readonly AttendanceStatus[]): AttendanceTotals {
  const totals = { ...EMPTY_TOTALS };
  for (const status of statuses) {
    totals[status] += 1;
    if (counts(status)) totals.attended += 1;
  }
  return totals;
}

/** Totals per application from attendance records; applications without records are absent from the map. */
export function totalsByApplication(records: readonly { applicationId: string; status: AttendanceStatus }[]): Map<string, AttendanceTotals> {
  const grouped = new Map<string, AttendanceStatus[]>();
  for (const r of records) grouped.set(r.applicationId, [...(grouped.get(r.applicationId) ?? []), r.status]);
  return new Map([...grouped].map(([id, statuses]) => [id, totalsOf(statuses)]));
}

/** Eligible for the interview fair: attended at least the program's minimum. */
export function meetsAttendanceRule(attended: number, minimumSessions: number): boolean {
  return attended >= minimumSessions;
}

/** A certificate of attendance needs at least one session attended. */
export function certificateEligible(attended: number): boolean {
  return attended >= 1;
}

/**
 * The instant a session starts: its local date and time in its venue's time zone. Resolves the
 * zone's offset at that moment with Intl (twice, so a change of offset in between is followed).
 */
export function sessionStartInstant(date: string, startTime: string, timeZone: string = DEFAULT_TIME_ZONE): Date {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = startTime.split(':').map(Number) as [number, number];
  const wallClock = Date.UTC(y, mo - 1, d, h, mi);
  let instant = wallClock - offsetMs(new Date(wallClock), timeZone);
  instant = wallClock - offsetMs(new Date(instant), timeZone);
  return new Date(instant);
}

/** The zone's offset from UTC at an instant, in milliseconds. */
function offsetMs(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return local - Math.floor(at.getTime() / 1000) * 1000;
}

export type CheckInRefusal = 'attendance.tokenExpired' | 'attendance.wrongSession';

/**
 * A student's scan of a session's QR code. The token names one session and expires; scanned
 * before the start plus the grace minutes the student is present, after it late.
 */
export function checkIn(input: {
  token: { sessionId: string; expiresAt: Date };
  sessionId: string;
  sessionStart: Date;
  lateAfterMinutes: number;
  now: Date;
}): { ok: true; status: 'present' | 'late' } | { ok: false; code: CheckInRefusal } {
  if (input.token.sessionId !== input.sessionId) return { ok: false, code: 'attendance.wrongSession' };
  if (!(input.now.getTime() < input.token.expiresAt.getTime())) return { ok: false, code: 'attendance.tokenExpired' };
  const lateFrom = input.sessionStart.getTime() + input.lateAfterMinutes * 60_000;
  return { ok: true, status: input.now.getTime() <= lateFrom ? 'present' : 'late' };
}

/**
 * What a scan leaves when staff may already have ticked the student: a scan never overrides a
 * staff tick of present or late (staff know best), but it does replace an absent (the student
 * arrived after the roll call). Null: keep what is there.
 */
export function statusAfterScan(existing: AttendanceStatus | null, scanned: 'present' | 'late'): 'present' | 'late' | null {
  if (existing === null || existing === 'absent') return scanned;
  return null;
}

/** Who may give a course: the program's host companies, its partners and its operators (program.operatorId counts too). */
export const GIVING_ROLES = ['operator', 'host_company', 'education_partner', 'housing_partner', 'telecom_partner', 'funder'] as const;
