import { describe, expect, it } from 'vitest';
import { bulkTransition } from './bulk-transition.ts';
import { initialPipelineState, type PipelineState, type StudentFacts, type TransitionRequest } from './pipeline-state.ts';
import { transition } from './transition.ts';

const now = new Date('2024-05-31T10:00:00Z');
const screen: TransitionRequest = { to: 'screened', by: 'user-op', byKind: 'operator' };
const applicants = (n: number) => Array.from({ length: n }, (_, i) => initialPipelineState(`student-${i + 1}`));
const consenting = (states: PipelineState[], except: string[] = []) =>
  new Map<string, StudentFacts>(states.map((s) => [s.studentId, { consentGiven: !except.includes(s.studentId) }]));

describe('a bulk move', () => {
  it('moves every student, in order, with one record each, when all of them can move', () => {
    const states = applicants(3);
    const result = bulkTransition(states, screen, { now, hasLectures: true, facts: consenting(states) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.states.map((s) => [s.studentId, s.status])).toEqual([['student-1', 'screened'], ['student-2', 'screened'], ['student-3', 'screened']]);
    expect(result.records).toEqual(result.states.map((s) => s.history[0]));
    expect(result.records.every((r) => r.at.getTime() === now.getTime() && r.by === 'user-op')).toBe(true);
  });

  it('moves nobody when one student cannot move, and lists every refusal by student and code', () => {
    const states = applicants(4);
    const before = structuredClone(states);
    const result = bulkTransition(states, screen, { now, hasLectures: true, facts: consenting(states, ['student-2', 'student-4']) });
    expect(result).toEqual({
      ok: false,
      refusals: [
        { studentId: 'student-2', code: 'pipeline.consentMissing', details: {} },
        { studentId: 'student-4', code: 'pipeline.consentMissing', details: {} },
      ],
    });
    expect(states).toEqual(before);
  });

  it('lists each student’s own reason when they differ', () => {
    const [a, b] = applicants(2) as [PipelineState, PipelineState];
    const screened = transition(b, screen, { now, hasLectures: true, consentGiven: true });
    if (!screened.ok) throw new Error(screened.code);
    const result = bulkTransition([a, screened.state], { to: 'lecture_attendee', by: 'job-attendance', byKind: 'system' }, { now, hasLectures: true, facts: new Map() });
    expect(result).toEqual({ ok: false, refusals: [{ studentId: 'student-1', code: 'pipeline.transitionNotAllowed', details: { from: 'applied', to: 'lecture_attendee' } }] });
  });

  it('refuses a student listed twice instead of moving them twice', () => {
    const [a, b] = applicants(2) as [PipelineState, PipelineState];
    const result = bulkTransition([a, b, a], screen, { now, hasLectures: true, facts: consenting([a, b]) });
    expect(result).toEqual({ ok: false, refusals: [{ studentId: 'student-1', code: 'pipeline.duplicateStudent', details: {} }] });
  });

  it('counts a student without facts as meeting none, and never lets facts override the program', () => {
    const states = applicants(1);
    expect(bulkTransition(states, screen, { now, hasLectures: true, facts: new Map() })).toMatchObject({ ok: false, refusals: [{ code: 'pipeline.consentMissing' }] });
    const screened = bulkTransition(states, screen, { now, hasLectures: true, facts: consenting(states) });
    if (!screened.ok) throw new Error('not screened');
    const sneaky = new Map([['student-1', { consentGiven: true, hasLectures: false } as StudentFacts]]);
    const skip: TransitionRequest = { to: 'interviewee', by: 'user-op', byKind: 'operator' };
    expect(bulkTransition(screened.states, skip, { now, hasLectures: true, facts: sneaky })).toMatchObject({ ok: false, refusals: [{ code: 'pipeline.programHasLectures' }] });
  });

  it('accepts an empty selection and moves nobody', () => {
    expect(bulkTransition([], screen, { now, hasLectures: true, facts: new Map() })).toEqual({ ok: true, states: [], records: [] });
  });
});
