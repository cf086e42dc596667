// Donated lectures for tests that need attendance without clicking through it: a course with
// N sessions and attendance recorded for a list of applications, all through the API (as the
// program's operator), so it works on inject() and on a running server (page.request) alike.
import type { FastifyInstance } from 'fastify';
import type { AttendanceStatus } from '../../src/domain/lectures/lectures.ts';
import type { LocalizedText } from '../../src/domain/shared/localized-text.ts';

/** One API call as the operator: method, path under the origin (/api/...), JSON body; the status and parsed body back. */
export type ApiCall = (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown) => Promise<{ status: number; body: unknown }>;

/** Calls through inject() with a signed-in person's headers (test/support/people.ts SignedIn). */
export const injectCaller =
  (app: FastifyInstance, person: { headers: Record<string, string> }): ApiCall =>
  async (method, url, body) => {
    const res = await app.inject({ method, url, headers: person.headers, ...(body === undefined ? {} : { payload: body as object }) });
    return { status: res.statusCode, body: res.body ? (JSON.parse(res.body) as unknown) : null };
  };

/** Calls through a Playwright page's request context (the page's signed-in cookie), with our origin so writes pass the CSRF guard. */
export const pageCaller =
  (request: { fetch: (url: string, options: { method: string; data?: unknown; headers: Record<string, string> }) => Promise<{ status(): number; text(): Promise<string> }> }, baseUrl: string): ApiCall =>
  async (method, url, body) => {
    const res = await request.fetch(`${baseUrl}${url}`, { method, headers: { origin: baseUrl, 'content-type': 'application/json' }, ...(body === undefined ? {} : { data: body }) });
    const text = await res.text();
    return { status: res.status(), body: text ? (JSON.parse(text) as unknown) : null };
  };

export type LectureSeriesOptions = {
  /** A host company or partner taking part in the program. */
  givingOrganizationId: string;
  /** How many sessions: 90 minutes each, 09:00, 10:40, 13:00, 14:40, 16:20 local time, five a day from `firstDate` on. */
  sessions: number;
  /** Per application, the status at each session by index; a shorter list (or undefined entries) records nothing for the rest. */
  attendance?: Record<string, (AttendanceStatus | undefined)[]>;
  /** Sets the program's attendance rule (minimum sessions attended) too. */
  minimumSessions?: number;
  title?: LocalizedText;
  firstDate?: string;
  venue?: string;
};

const START_TIMES = ['09:00', '10:40', '13:00', '14:40', '16:20'];

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

async function ok<T>(call: Promise<{ status: number; body: unknown }>, expected: number, what: string): Promise<T> {
  const res = await call;
  if (res.status !== expected) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as T;
}

/**
 * Creates a lecture series in the program with `sessions` sessions (Hitachi FY2024: 15 over 3
 * days at MOJC), puts the given applications on every session's roster, records their
 * attendance as staff ticks, and sets the rule if asked. Returns the course and session ids in
 * time order.
 */
export async function lectureSeriesWithAttendance(call: ApiCall, programId: string, options: LectureSeriesOptions): Promise<{ courseId: string; sessionIds: string[] }> {
  const course = await ok<{ id: string }>(
    call('POST', `/api/programs/${programId}/courses`, { title: options.title ?? { ja: '日立 寄付講義', en: 'Hitachi donated lectures', mn: 'Хитачигийн хандивласан лекц' }, givingOrganizationId: options.givingOrganizationId, language: 'ja', kind: 'lecture_series' }),
    201,
    'course',
  );
  let sessions: { id: string }[] = [];
  for (let i = 0; i < options.sessions; i += 1) {
    const date = addDays(options.firstDate ?? '2024-08-19', Math.floor(i / START_TIMES.length));
    const view = await ok<{ sessions: { id: string }[] }>(
      call('POST', `/api/courses/${course.id}/sessions`, { date, startTime: START_TIMES[i % START_TIMES.length], venue: options.venue ?? 'MOJC', room: 'Hall A', instructorName: 'Instructor' }),
      201,
      `session ${i + 1}`,
    );
    sessions = view.sessions;
  }
  const applicationIds = Object.keys(options.attendance ?? {});
  for (const session of sessions) {
    if (applicationIds.length > 0) await ok(call('POST', `/api/lecture-sessions/${session.id}/roster`, { applicationIds }), 200, 'roster');
  }
  for (const [applicationId, statuses] of Object.entries(options.attendance ?? {})) {
    for (const [index, status] of statuses.entries()) {
      if (status && sessions[index]) await ok(call('PUT', `/api/lecture-sessions/${sessions[index].id}/attendance/${applicationId}`, { status, version: null }), 200, 'attendance');
    }
  }
  if (options.minimumSessions !== undefined) {
    const current = await ok<{ rule: { version: number } | null }>(call('GET', `/api/programs/${programId}/courses`), 200, 'rule');
    await ok(call('PUT', `/api/programs/${programId}/attendance-rule`, { minimumSessions: options.minimumSessions, lateAfterMinutes: 10, version: current.rule?.version ?? null }), 200, 'rule');
  }
  return { courseId: course.id, sessionIds: sessions.map((s) => s.id) };
}
