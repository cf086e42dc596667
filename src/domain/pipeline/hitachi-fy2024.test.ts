// Golden scenario: the Hitachi FY2024 funnel from the seed (seeds/000, "令和6年度実績"):
// donated lectures of 15 sessions over 2 days with 57 participants, an interview fair the day
// after where 4 companies interviewed 44 students, a 5-day internship for 9 students, and 2
// offers from 2 companies, who joined in FY2025. The seed gives counts only: the dates, the
// minimum attendance (8 of 15), who attended how much and the decline reasons are illustrative.
// The 57 is a cumulative count (延べ); here it is 57 distinct students.
import { describe, expect, it } from 'vitest';
import { allowedTransitions } from './allowed-transitions.ts';
import { bulkTransition } from './bulk-transition.ts';
import { checkHistory } from './check-history.ts';
import { initialPipelineState, type PipelineState, type StudentFacts, type TransitionRequest } from './pipeline-state.ts';
import { DECLINE_REASONS, type PipelineStatus } from './pipeline-status.ts';
import { transition } from './transition.ts';

const SESSIONS = 15;
const MINIMUM_SESSIONS = 8;
const COMPANIES = ['hc-a', 'hc-b', 'hc-c', 'hc-d'];
const program = { hasLectures: true };
const on = (iso: string) => ({ ...program, now: new Date(iso) });

/** Attended sessions: the first 44 students reach the minimum, the other 13 do not. */
const attended = (i: number) => (i < 44 ? MINIMUM_SESSIONS + (i % (SESSIONS - MINIMUM_SESSIONS + 1)) : i % MINIMUM_SESSIONS);
const students = Array.from({ length: 57 }, (_, i) => initialPipelineState(`mn-${String(i + 1).padStart(2, '0')}`));
const indexOf = (s: PipelineState) => students.findIndex((t) => t.studentId === s.studentId);
const facts = new Map<string, StudentFacts>(
  students.map((s, i) => [s.studentId, { consentGiven: true, attendance: { attendedSessions: attended(i), minimumSessions: MINIMUM_SESSIONS } }]),
);

function bulk(states: PipelineState[], request: TransitionRequest, iso: string): PipelineState[] {
  const result = bulkTransition(states, request, { ...on(iso), facts });
  if (!result.ok) throw new Error(JSON.stringify(result.refusals));
  return result.states;
}
function one(state: PipelineState, request: TransitionRequest, iso: string): PipelineState {
  const result = transition(state, request, { ...on(iso), ...facts.get(state.studentId) });
  if (!result.ok) throw new Error(`${state.studentId}: ${result.code}`);
  return result.state;
}
const reached = (states: PipelineState[], status: PipelineStatus) => states.filter((s) => s.history.some((r) => r.to === status)).length;
const countBy = (states: PipelineState[]) => Object.fromEntries([...new Set(states.map((s) => s.status))].map((st) => [st, states.filter((s) => s.status === st).length]));

describe('the Hitachi FY2024 funnel, played through', () => {
  it('turns 57 lecture attendees into 44 interviewees, 9 interns and 2 hires', () => {
    const operator = { by: 'user-hitachi-center', byKind: 'operator' } as const;
    const screened = bulk(students, { to: 'screened', ...operator }, '2024-05-31T01:00:00Z');
    const attendees = bulk(screened, { to: 'lecture_attendee', by: 'job-attendance', byKind: 'system' }, '2024-06-17T00:30:00Z');

    // The whole room cannot go to the interview fair: 13 fell short, and nobody moves.
    const toFair: TransitionRequest = { to: 'interviewee', ...operator };
    const all = bulkTransition(attendees, toFair, { ...on('2024-06-18T09:00:00Z'), facts });
    expect(all.ok).toBe(false);
    if (all.ok) return;
    expect(all.refusals).toHaveLength(13);
    expect(all.refusals.every((r) => r.code === 'pipeline.attendanceTooLow')).toBe(true);
    const shortOf = attendees.filter((s) => indexOf(s) >= 44);
    expect(allowedTransitions(shortOf[0]!, 'operator', { ...on('2024-06-18T09:00:00Z'), ...facts.get(shortOf[0]!.studentId) }).map((o) => o.to)).not.toContain('interviewee');

    const interviewees = bulk(attendees.filter((s) => indexOf(s) < 44), toFair, '2024-06-18T09:00:00Z');
    // The four companies pick 9 for the internship and turn the other 35 down.
    const picked = interviewees.slice(0, 9);
    const turnedDown = interviewees.slice(9).map((s, i) =>
      one(s, { to: 'declined', by: `user-${COMPANIES[i % 4]}`, byKind: 'host_company', reasonCode: DECLINE_REASONS[i % 3] }, '2024-06-28T06:00:00Z'),
    );
    const candidates = bulk(picked, { to: 'intern_candidate', ...operator }, '2024-07-05T02:00:00Z');
    const interns = bulk(candidates, { to: 'intern', ...operator }, '2024-08-19T00:00:00Z');
    // Two companies make one offer each; both students accept.
    const offered = [one(interns[0]!, { to: 'offered', by: 'user-hc-a', byKind: 'host_company' }, '2024-10-15T05:00:00Z'), one(interns[1]!, { to: 'offered', by: 'user-hc-b', byKind: 'host_company' }, '2024-10-22T05:00:00Z')];
    const hired = offered.map((s) => one(s, { to: 'hired', by: `user-${s.studentId}`, byKind: 'student' }, '2024-11-29T03:00:00Z'));

    const final = [...attendees.filter((s) => indexOf(s) >= 44), ...turnedDown, ...interns.slice(2), ...hired];
    expect(final).toHaveLength(57);
    expect(new Set(final.map((s) => s.studentId)).size).toBe(57);
    expect({ lectures: reached(final, 'lecture_attendee'), interviews: reached(final, 'interviewee'), interns: reached(final, 'intern'), offers: reached(final, 'offered'), hires: reached(final, 'hired') }).toEqual({
      lectures: 57,
      interviews: 44,
      interns: 9,
      offers: 2,
      hires: 2,
    });
    expect(countBy(final)).toEqual({ lecture_attendee: 13, declined: 35, intern: 7, hired: 2 });
    expect(new Set(hired.map((s) => s.history.find((r) => r.to === 'offered')!.by))).toEqual(new Set(['user-hc-a', 'user-hc-b']));
    expect(hired.map((s) => s.history.map((r) => r.to))).toEqual(Array(2).fill(['screened', 'lecture_attendee', 'interviewee', 'intern_candidate', 'intern', 'offered', 'hired']));
    for (const state of final) {
      expect(checkHistory(state)).toEqual([]);
      const times = state.history.map((r) => r.at.getTime());
      expect(times).toEqual([...times].sort((x, y) => x - y));
    }
    expect(final.reduce((n, s) => n + s.history.length, 0)).toBe(57 * 2 + 44 + 44 + 9 + 2 + 2);
  });
});
