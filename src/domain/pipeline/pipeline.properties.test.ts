import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedTransitions } from './allowed-transitions.ts';
import { bulkTransition } from './bulk-transition.ts';
import { checkHistory } from './check-history.ts';
import {
  initialPipelineState,
  PIPELINE_REFUSAL_CODES,
  type PipelineState,
  type StudentFacts,
  type TransitionContext,
  type TransitionRequest,
} from './pipeline-state.ts';
import { ACTOR_KINDS, ALL_REASON_CODES, CORRECTION_REASONS, DECLINE_REASONS, isTerminal, PIPELINE_CHAIN, WITHDRAWAL_REASONS, PIPELINE_STATUSES, type ActorKind, type PipelineStatus } from './pipeline-status.ts';
import { transition } from './transition.ts';

// Random actors sending random requests under random facts. Most steps are "guided": they
// pick among what allowedTransitions() offers (mostly its first, forward, option), and facts
// lean towards being met, so runs go deep into the chain instead of stopping at the first
// refusal or withdrawal.
const START = Date.UTC(2024, 3, 1);
const actorArb: fc.Arbitrary<ActorKind> = fc.oneof({ weight: 2, arbitrary: fc.constant('operator' as const) }, { weight: 3, arbitrary: fc.constantFrom(...ACTOR_KINDS) });
const factsArb: fc.Arbitrary<StudentFacts> = fc.record({
  consentGiven: fc.option(fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.boolean() }), { nil: undefined, freq: 4 }),
  attendance: fc.option(fc.record({ attendedSessions: fc.integer({ min: 0, max: 15 }), minimumSessions: fc.integer({ min: 0, max: 10 }) }), { nil: undefined, freq: 4 }),
});
const stepArb = fc.record({
  guided: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  byKind: actorArb,
  by: fc.constantFrom('user-1', 'user-2', 'job-attendance', ''),
  to: fc.constantFrom(...PIPELINE_STATUSES),
  reasonCode: fc.option(fc.constantFrom(...ALL_REASON_CODES), { nil: undefined }),
  note: fc.option(fc.string({ maxLength: 12 }), { nil: undefined }),
  pick: fc.nat({ max: 9 }),
  facts: factsArb,
});
type Step = typeof stepArb extends fc.Arbitrary<infer T> ? T : never;
const REFUSED_REASON_PROBES = [WITHDRAWAL_REASONS[0], DECLINE_REASONS[0], CORRECTION_REASONS[0], 'other'] as const;
const runArb = fc.record({ hasLectures: fc.boolean(), steps: fc.array(stepArb, { maxLength: 40 }) });

const contextOf = (hasLectures: boolean, step: Step, index: number): TransitionContext => ({ now: new Date(START + index * 3_600_000), hasLectures, ...step.facts });

/** The request a step makes: a guided one takes an option allowedTransitions() offers (null when none). */
function requestOf(state: PipelineState, step: Step, context: TransitionContext): { request: TransitionRequest; guided: boolean } {
  const options = step.guided ? allowedTransitions(state, step.byKind, context) : [];
  const option = step.pick < 7 ? options[0] : options[step.pick % Math.max(options.length, 1)];
  if (!option) return { request: { to: step.to, by: step.by, byKind: step.byKind, reasonCode: step.reasonCode, note: step.note }, guided: false };
  const reasonCode = option.reasons ? option.reasons[step.pick % option.reasons.length] : undefined;
  return { request: { to: option.to, by: 'user-1', byKind: step.byKind, reasonCode, note: step.note }, guided: true };
}

/** Plays a run and hands every (state before, request, context, result) to `visit`. */
function play(run: { hasLectures: boolean; steps: Step[] }, visit: (before: PipelineState, context: TransitionContext, result: ReturnType<typeof transition>, guided: boolean) => void, id = 'student-1'): PipelineState {
  let state = initialPipelineState(id);
  run.steps.forEach((step, index) => {
    const context = contextOf(run.hasLectures, step, index);
    const { request, guided } = requestOf(state, step, context);
    const result = transition(state, request, context);
    visit(state, context, result, guided);
    if (result.ok) state = result.state;
  });
  return state;
}

describe('any sequence of requests from any actors', () => {
  it('never leaves the table: every state passes the independent history check, and history grows by one per accepted move', () => {
    fc.assert(
      fc.property(runArb, (run) => {
        let accepted = 0;
        const final = play(run, (before, context, result, guided) => {
          if (guided) expect(result.ok).toBe(true); // what allowedTransitions() offers is accepted
          if (!result.ok) {
            expect(PIPELINE_REFUSAL_CODES).toContain(result.code);
            return;
          }
          accepted += 1;
          expect(isTerminal(before.status)).toBe(false);
          expect(result.state.history).toEqual([...before.history, result.record]);
          expect(result.record.at).toEqual(context.now);
          expect(result.state.status).toBe(result.record.to);
          expect(checkHistory(result.state)).toEqual([]);
        });
        expect(final.history).toHaveLength(accepted);
        if (!run.hasLectures) expect(final.history.some((r) => r.to === 'lecture_attendee')).toBe(false);
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('reaches every status in some run (the properties above are not vacuous)', () => {
    const reached = new Set<PipelineStatus>();
    for (const run of fc.sample(runArb, { numRuns: 400, seed: 4 })) play(run, (_b, _c, result) => result.ok && reached.add(result.record.to));
    expect([...reached].sort()).toEqual([...PIPELINE_STATUSES].sort()); // applied again by a correction
  });
});

describe('allowedTransitions', () => {
  it('offers exactly the moves transition() accepts, for every actor kind and target, in every reachable state', () => {
    fc.assert(
      fc.property(runArb, factsArb, (run, facts) => {
        const check = (state: PipelineState, context: TransitionContext) => {
          for (const byKind of ACTOR_KINDS) {
            const allowed = new Map(allowedTransitions(state, byKind, context).map((o) => [o.to, o]));
            for (const to of PIPELINE_STATUSES) {
              const option = allowed.get(to);
              // A refused move stays refused whatever the reason: none, or one code of each list.
              const reasonChoices = option ? [option.reasons?.[0]] : [undefined, ...REFUSED_REASON_PROBES];
              for (const reasonCode of reasonChoices) {
                expect(transition(state, { to, by: 'user-1', byKind, reasonCode }, context).ok).toBe(option !== undefined);
              }
            }
          }
        };
        play(run, (before, context) => check(before, { ...context, ...facts }));
      }),
      { numRuns: 100 },
    );
  }, 30_000);
});

// Bulk moves: either students with random histories and a random request (mostly refused), or a
// cohort standing at the same step of the chain asked to take the next one, with facts that
// are usually met (so both outcomes occur often).
const chainOf = (hasLectures: boolean) => PIPELINE_CHAIN.filter((s) => hasLectures || s !== 'lecture_attendee');
function walk(studentId: string, depth: number, hasLectures: boolean): PipelineState {
  let state = initialPipelineState(studentId);
  for (const to of chainOf(hasLectures).slice(1, depth + 1)) {
    const met = { now: new Date(START), hasLectures, consentGiven: true, attendance: { attendedSessions: 1, minimumSessions: 0 } };
    const result = transition(state, { to, by: 'user-1', byKind: 'operator' }, met);
    if (result.ok) state = result.state;
  }
  return state;
}
const likelyMetArb: fc.Arbitrary<StudentFacts> = fc.record({
  consentGiven: fc.oneof({ weight: 9, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  attendance: fc.record({ attendedSessions: fc.integer({ min: 0, max: 15 }), minimumSessions: fc.oneof({ weight: 9, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.constant(15) }) }),
});
const bulkArb = fc.oneof(
  fc.record({ hasLectures: fc.boolean(), step: stepArb, students: fc.array(fc.record({ run: runArb, facts: factsArb, repeat: fc.boolean() }), { minLength: 1, maxLength: 8 }) }).map(({ hasLectures, step, students }) => ({
    hasLectures,
    request: { to: step.to, by: 'user-1', byKind: step.byKind, reasonCode: step.reasonCode } as TransitionRequest,
    students: students.map((s, i) => ({ state: play({ ...s.run, hasLectures }, () => {}, `student-${i}`), facts: s.facts, repeat: s.repeat })),
  })),
  fc.record({ hasLectures: fc.boolean(), depth: fc.integer({ min: 0, max: 6 }), byKind: actorArb, students: fc.array(fc.record({ facts: likelyMetArb, repeat: fc.integer({ min: 0, max: 19 }) }), { minLength: 1, maxLength: 8 }) }).map(({ hasLectures, depth, byKind, students }) => ({
    hasLectures,
    request: { to: chainOf(hasLectures)[depth + 1] ?? 'hired', by: 'user-1', byKind } as TransitionRequest,
    students: students.map((s, i) => ({ state: walk(`student-${i}`, depth, hasLectures), facts: s.facts, repeat: s.repeat === 0 })),
  })),
);

describe('bulkTransition', () => {
  it('moves all or none: it succeeds exactly when every student alone would, and otherwise lists each refusal by student', () => {
    const outcomes = { moved: 0, refused: 0 };
    fc.assert(
      fc.property(bulkArb, ({ hasLectures, request, students }) => {
        const states = students.flatMap((s) => (s.repeat ? [s.state, s.state] : [s.state]));
        const facts = new Map(students.map((s) => [s.state.studentId, s.facts]));
        const context = { now: new Date(START), hasLectures };
        const alone = states.map((state) => transition(state, request, { ...context, ...facts.get(state.studentId) }));
        const isRepeat = (state: PipelineState, i: number) => states.indexOf(state) !== i;
        const result = bulkTransition(states, request, { ...context, facts });
        outcomes[result.ok ? 'moved' : 'refused'] += 1;
        if (alone.every((r) => r.ok) && !states.some(isRepeat)) {
          expect(result).toEqual({ ok: true, states: alone.map((r) => r.ok && r.state), records: alone.map((r) => r.ok && r.record) });
        } else {
          const expected = states.flatMap((state, i) => {
            const own = alone[i]!;
            if (isRepeat(state, i)) return [{ studentId: state.studentId, code: 'pipeline.duplicateStudent', details: {} }];
            return own.ok ? [] : [{ studentId: state.studentId, code: own.code, details: own.details }];
          });
          expect(result).toEqual({ ok: false, refusals: expected });
        }
      }),
      { numRuns: 300 },
    );
    expect(outcomes.moved).toBeGreaterThan(20);
    expect(outcomes.refused).toBeGreaterThan(20);
  }, 30_000);
});
