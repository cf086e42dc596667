import { describe, expect, it } from 'vitest';
import { allowedTransitions } from './allowed-transitions.ts';
import { checkHistory } from './check-history.ts';
import { initialPipelineState, type PipelineState, type TransitionContext, type TransitionRequest } from './pipeline-state.ts';
import { MAX_NOTE_LENGTH, type PipelineStatus } from './pipeline-status.ts';
import { transition } from './transition.ts';

const now = new Date('2024-06-15T09:00:00Z');
const ctx = (extra: Partial<TransitionContext> = {}): TransitionContext => ({ now, hasLectures: true, consentGiven: true, ...extra });
const op = (to: PipelineStatus, extra: Partial<TransitionRequest> = {}): TransitionRequest => ({ to, by: 'user-op', byKind: 'operator', ...extra });

/** A state at `status`, reached by the operator along the chain of a program with lectures (withdrawn and declined from interviewee). */
function at(status: PipelineStatus): PipelineState {
  const exit = status === 'withdrawn' || status === 'declined';
  const path: PipelineStatus[] = ['screened', 'lecture_attendee', 'interviewee', 'intern_candidate', 'intern', 'offered', 'hired'];
  const stop: PipelineStatus = exit ? 'interviewee' : status;
  let state = initialPipelineState('student-1');
  for (const to of path) {
    if (state.status === stop) break;
    const result = transition(state, op(to), ctx({ attendance: { attendedSessions: 15, minimumSessions: 8 } }));
    if (!result.ok) throw new Error(result.code);
    state = result.state;
  }
  if (!exit) return state;
  const result = transition(state, op(status, { reasonCode: status === 'withdrawn' ? 'personal' : 'skills' }), ctx());
  if (!result.ok) throw new Error(result.code);
  return result.state;
}

describe('a transition', () => {
  it('records who, of which kind, when and from where to where, and appends it to the history', () => {
    const result = transition(initialPipelineState('student-1'), op('screened'), ctx());
    expect(result).toEqual({
      ok: true,
      state: { studentId: 'student-1', status: 'screened', history: [{ from: 'applied', to: 'screened', by: 'user-op', byKind: 'operator', at: now }] },
      record: { from: 'applied', to: 'screened', by: 'user-op', byKind: 'operator', at: now },
    });
  });

  it('never changes the state it was given, and keeps its own copy of the time', () => {
    const state = at('interviewee');
    const frozen = structuredClone(state);
    const clock = new Date(now);
    const result = transition(state, op('intern_candidate'), ctx({ now: clock }));
    clock.setFullYear(2030);
    expect(state).toEqual(frozen);
    expect(result.ok && result.record.at).toEqual(now);
  });

  it('screens only with consent', () => {
    expect(transition(initialPipelineState('s'), op('screened'), ctx({ consentGiven: false }))).toEqual({ ok: false, code: 'pipeline.consentMissing', details: {} });
    expect(transition(initialPipelineState('s'), op('screened'), ctx({ consentGiven: undefined })).ok).toBe(false);
  });

  it('sends a lecture attendee to the interview fair only with enough attended sessions', () => {
    const state = at('lecture_attendee');
    expect(transition(state, op('interviewee'), ctx())).toMatchObject({ ok: false, code: 'pipeline.attendanceUnknown' });
    expect(transition(state, op('interviewee'), ctx({ attendance: { attendedSessions: 7, minimumSessions: 8 } }))).toEqual({
      ok: false,
      code: 'pipeline.attendanceTooLow',
      details: { attendedSessions: 7, minimumSessions: 8 },
    });
    expect(transition(state, op('interviewee'), ctx({ attendance: { attendedSessions: Number.NaN, minimumSessions: 8 } })).ok).toBe(false);
    expect(transition(state, op('interviewee'), ctx({ attendance: { attendedSessions: 8, minimumSessions: 8 } })).ok).toBe(true);
    expect(transition(state, { to: 'interviewee', by: 'job-attendance', byKind: 'system' }, ctx({ attendance: { attendedSessions: 9, minimumSessions: 8 } })).ok).toBe(true);
  });

  it('skips the lectures only in a program without them', () => {
    const state = at('screened');
    expect(transition(state, op('interviewee'), ctx())).toMatchObject({ ok: false, code: 'pipeline.programHasLectures' });
    expect(transition(state, op('lecture_attendee'), ctx({ hasLectures: false }))).toMatchObject({ ok: false, code: 'pipeline.programHasNoLectures' });
    expect(transition(state, op('interviewee'), ctx({ hasLectures: false })).ok).toBe(true);
  });

  it('moves one step at a time', () => {
    expect(transition(initialPipelineState('s'), op('intern'), ctx())).toEqual({ ok: false, code: 'pipeline.transitionNotAllowed', details: { from: 'applied', to: 'intern' } });
    expect(transition(at('screened'), op('screened'), ctx())).toMatchObject({ ok: false, code: 'pipeline.sameStatus' });
  });

  it('lets no one out of a terminal status', () => {
    for (const status of ['hired', 'withdrawn', 'declined'] as const) {
      for (const to of ['applied', 'offered', 'withdrawn'] as const) {
        expect(transition(at(status), op(to, { reasonCode: 'entry_error' }), ctx())).toMatchObject({ ok: false, code: 'pipeline.terminalStatus' });
      }
      expect(allowedTransitions(at(status), 'operator', ctx())).toEqual([]);
    }
  });

  it('asks each actor kind for its own moves only', () => {
    const refusedFor = (state: PipelineState, request: TransitionRequest) => transition(state, request, ctx());
    expect(refusedFor(at('applied'), { to: 'screened', by: 'u-s', byKind: 'student' })).toEqual({
      ok: false,
      code: 'pipeline.actorNotAllowed',
      details: { from: 'applied', to: 'screened', byKind: 'student' },
    });
    expect(refusedFor(at('intern'), { to: 'offered', by: 'u-h', byKind: 'host_company' }).ok).toBe(true);
    expect(refusedFor(at('offered'), { to: 'hired', by: 'u-s', byKind: 'student' }).ok).toBe(true);
    expect(refusedFor(at('offered'), { to: 'hired', by: 'u-h', byKind: 'host_company' }).ok).toBe(false);
    expect(refusedFor(at('interviewee'), { to: 'declined', by: 'u-h', byKind: 'host_company', reasonCode: 'language_level' }).ok).toBe(true);
    expect(refusedFor(at('lecture_attendee'), { to: 'declined', by: 'u-h', byKind: 'host_company', reasonCode: 'skills' }).ok).toBe(false);
    expect(refusedFor(at('intern'), { to: 'withdrawn', by: 'u-c', byKind: 'college', reasonCode: 'studies' }).ok).toBe(true);
    expect(refusedFor(at('intern'), { to: 'declined', by: 'u-c', byKind: 'college', reasonCode: 'skills' }).ok).toBe(false);
    expect(refusedFor(at('screened'), { to: 'withdrawn', by: 'u-s', byKind: 'student', reasonCode: 'health' }).ok).toBe(true);
  });

  it('takes a reason from the move’s own list, and a trimmed note', () => {
    const state = at('interviewee');
    const withdraw = (extra: Partial<TransitionRequest>) => transition(state, { to: 'withdrawn', by: 'u-s', byKind: 'student', ...extra }, ctx());
    expect(withdraw({})).toEqual({ ok: false, code: 'pipeline.reasonRequired', details: { to: 'withdrawn', reasonList: 'withdrawal' } });
    expect(withdraw({ reasonCode: 'skills' })).toMatchObject({ ok: false, code: 'pipeline.reasonInvalid', details: { reasonList: 'withdrawal', reasonCode: 'skills' } });
    expect(withdraw({ reasonCode: 'other_offer', note: '  joined a company in Ulaanbaatar ' })).toMatchObject({
      ok: true,
      record: { reasonCode: 'other_offer', note: 'joined a company in Ulaanbaatar' },
    });
    const blank = withdraw({ reasonCode: 'personal', note: '   ' });
    expect(blank.ok && 'note' in blank.record).toBe(false);
    expect(withdraw({ reasonCode: 'personal', note: 'x'.repeat(MAX_NOTE_LENGTH + 1) })).toMatchObject({ ok: false, code: 'pipeline.noteTooLong' });
    expect(withdraw({ reasonCode: 'personal', note: 'x'.repeat(MAX_NOTE_LENGTH) }).ok).toBe(true);
    expect(transition(state, op('intern_candidate', { reasonCode: 'other' }), ctx())).toMatchObject({ ok: false, code: 'pipeline.reasonNotExpected' });
  });

  it('lets the operator step back one step, with a reason, to correct a mistake', () => {
    const state = at('intern');
    expect(transition(state, op('intern_candidate'), ctx())).toMatchObject({ ok: false, code: 'pipeline.reasonRequired', details: { reasonList: 'correction' } });
    expect(transition(state, op('interviewee', { reasonCode: 'entry_error' }), ctx())).toMatchObject({ ok: false, code: 'pipeline.transitionNotAllowed' });
    expect(transition(state, { to: 'intern_candidate', by: 'u-h', byKind: 'host_company', reasonCode: 'entry_error' }, ctx())).toMatchObject({ ok: false, code: 'pipeline.actorNotAllowed' });
    const corrected = transition(state, op('intern_candidate', { reasonCode: 'entry_error', note: 'wrong row on the board' }), ctx());
    expect(corrected).toMatchObject({ ok: true, state: { status: 'intern_candidate' }, record: { from: 'intern', to: 'intern_candidate', reasonCode: 'entry_error' } });
    expect(corrected.ok && corrected.state.history).toHaveLength(6);
    expect(transition(at('interviewee'), op('screened', { reasonCode: 'entry_error' }), ctx({ hasLectures: false })).ok).toBe(true);
    expect(transition(at('interviewee'), op('lecture_attendee', { reasonCode: 'entry_error' }), ctx({ hasLectures: false })).ok).toBe(false);
  });

  it('needs to know who asks', () => {
    expect(transition(at('applied'), op('screened', { by: ' ' }), ctx())).toMatchObject({ ok: false, code: 'pipeline.actorIdMissing' });
  });
});

describe('the history checker', () => {
  it('accepts what transition() produced and names what was tampered with', () => {
    const state = at('hired');
    expect(checkHistory(state)).toEqual([]);
    expect(checkHistory(initialPipelineState('s'))).toEqual([]);
    const [first, second, ...rest] = state.history;
    expect(checkHistory({ ...state, status: 'intern' })).toEqual([{ index: -1, code: 'history.statusMismatch' }]);
    expect(checkHistory({ ...state, history: [first!, ...rest] })).toContainEqual({ index: 1, code: 'history.brokenChain' });
    expect(checkHistory({ ...state, history: [{ ...first!, byKind: 'student' }, second!, ...rest] })).toEqual([{ index: 0, code: 'history.actorNotAllowed' }]);
    expect(checkHistory({ ...state, history: [{ ...first!, reasonCode: 'other' }, second!, ...rest] })).toEqual([{ index: 0, code: 'history.reasonUnexpected' }]);
    expect(checkHistory({ ...state, history: [{ ...first!, at: new Date('soon') }, second!, ...rest] })).toEqual([{ index: 0, code: 'history.invalidTime' }]);
    expect(checkHistory({ studentId: 's', status: 'intern', history: [{ ...first!, to: 'intern' }] })).toEqual([{ index: 0, code: 'history.notInTable' }]);
    const withdrawn = at('withdrawn');
    const last = withdrawn.history.at(-1)!;
    expect(checkHistory({ ...withdrawn, history: [...withdrawn.history.slice(0, -1), { ...last, reasonCode: 'skills' }] })).toContainEqual({
      index: withdrawn.history.length - 1,
      code: 'history.reasonInvalid',
    });
  });
});
