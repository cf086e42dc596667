import { describe, expect, it } from 'vitest';
import {
  ACTOR_KINDS,
  CORRECTION_REASONS,
  DECLINE_REASONS,
  isTerminal,
  PIPELINE_CHAIN,
  PIPELINE_STATUSES,
  TERMINAL_STATUSES,
  WITHDRAWAL_REASONS,
  type ActorKind,
  type PipelineStatus,
} from './pipeline-status.ts';
import { rulesFrom, TRANSITION_TABLE, type TransitionRule } from './transition-table.ts';

// The chain as a program of each kind runs it: without donated lectures there is no lecture attendee.
const chainOf = (hasLectures: boolean): PipelineStatus[] => PIPELINE_CHAIN.filter((s) => hasLectures || s !== 'lecture_attendee');
const runsIn = (rule: TransitionRule, hasLectures: boolean) =>
  !rule.requires.includes(hasLectures ? 'without_lectures' : 'with_lectures');

function reachableFrom(start: PipelineStatus, hasLectures: boolean): Set<PipelineStatus> {
  const seen = new Set<PipelineStatus>([start]);
  const queue = [start];
  for (let status = queue.shift(); status !== undefined; status = queue.shift()) {
    for (const rule of rulesFrom(status).filter((r) => runsIn(r, hasLectures))) {
      if (seen.has(rule.to)) continue;
      seen.add(rule.to);
      queue.push(rule.to);
    }
  }
  return seen;
}

const rowsWhere = (predicate: (rule: TransitionRule) => boolean) => TRANSITION_TABLE.filter(predicate).map((r) => `${r.from}→${r.to}`);
const movesOf = (actor: ActorKind) => rowsWhere((r) => r.actors.includes(actor));

describe('the transition table', () => {
  it('names ten statuses, three of them terminal', () => {
    expect(PIPELINE_STATUSES).toEqual(['applied', 'screened', 'lecture_attendee', 'interviewee', 'intern_candidate', 'intern', 'offered', 'hired', 'withdrawn', 'declined']);
    expect([...TERMINAL_STATUSES]).toEqual(['hired', 'withdrawn', 'declined']);
  });

  it('has at most one row per (from, to), only known statuses, no row to the same status and none out of a terminal status', () => {
    const keys = TRANSITION_TABLE.map((r) => `${r.from}→${r.to}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const rule of TRANSITION_TABLE) {
      expect(PIPELINE_STATUSES).toContain(rule.from);
      expect(PIPELINE_STATUSES).toContain(rule.to);
      expect(rule.to).not.toBe(rule.from);
      expect(isTerminal(rule.from)).toBe(false);
      expect(rule.actors.length).toBeGreaterThan(0);
      expect(new Set(rule.actors).size).toBe(rule.actors.length);
      for (const actor of rule.actors) expect(ACTOR_KINDS).toContain(actor);
    }
  });

  it('reaches every status from applied, in a program with lectures, and every one but lecture attendee without', () => {
    expect([...reachableFrom('applied', true)].sort()).toEqual([...PIPELINE_STATUSES].sort());
    expect([...reachableFrom('applied', false)].sort()).toEqual(PIPELINE_STATUSES.filter((s) => s !== 'lecture_attendee').sort());
  });

  it('has no dead end: from every non-terminal status of a program, hired is still reachable', () => {
    for (const hasLectures of [true, false]) {
      for (const status of chainOf(hasLectures).filter((s) => !isTerminal(s))) expect(reachableFrom(status, hasLectures).has('hired')).toBe(true);
    }
  });

  it('moves forward one step at a time along the program’s chain, and corrects one step back', () => {
    for (const hasLectures of [true, false]) {
      const chain = chainOf(hasLectures);
      const step = (r: TransitionRule) => chain.indexOf(r.to) - chain.indexOf(r.from);
      const rows = TRANSITION_TABLE.filter((r) => runsIn(r, hasLectures) && chain.includes(r.from));
      for (const r of rows.filter((r) => r.move === 'advance' || r.move === 'skip_lectures')) expect(step(r)).toBe(1);
      for (const r of rows.filter((r) => r.move === 'correct')) expect(step(r)).toBe(-1);
      // Every forward step of the chain and every step back (out of non-terminal statuses) is there.
      expect(rows.filter((r) => r.move !== 'correct' && step(r) === 1)).toHaveLength(chain.length - 1);
      expect(rows.filter((r) => r.move === 'correct')).toHaveLength(chain.length - 2);
    }
    expect(rowsWhere((r) => r.move === 'skip_lectures')).toEqual(['screened→interviewee']);
  });

  it('lets every non-terminal status withdraw and decline, and nothing else reach them', () => {
    const open = PIPELINE_STATUSES.filter((s) => !isTerminal(s));
    expect(rowsWhere((r) => r.to === 'withdrawn')).toEqual(open.map((s) => `${s}→withdrawn`));
    expect(rowsWhere((r) => r.to === 'declined')).toEqual(open.map((s) => `${s}→declined`));
    expect(rowsWhere((r) => r.move === 'withdraw')).toEqual(rowsWhere((r) => r.to === 'withdrawn'));
    expect(rowsWhere((r) => r.move === 'decline')).toEqual(rowsWhere((r) => r.to === 'declined'));
    expect(rowsWhere((r) => r.to === 'hired')).toEqual(['offered→hired']);
  });

  it('asks for a reason exactly on withdrawal, decline and correction, from fixed lists', () => {
    for (const r of TRANSITION_TABLE) {
      const expected = { withdraw: 'withdrawal', decline: 'decline', correct: 'correction', advance: null, skip_lectures: null }[r.move];
      expect(r.reasons).toBe(expected);
    }
    expect(WITHDRAWAL_REASONS).toEqual(['personal', 'studies', 'health', 'other_offer', 'other']);
    expect(DECLINE_REASONS).toEqual(['language_level', 'skills', 'capacity', 'no_show', 'other']);
    expect(CORRECTION_REASONS).toEqual(['entry_error', 'decision_reversed', 'other']);
  });

  it('gives each actor kind exactly its moves', () => {
    const forward = rowsWhere((r) => r.move === 'advance' || r.move === 'skip_lectures');
    expect(forward.every((key) => movesOf('operator').includes(key))).toBe(true);
    expect(rowsWhere((r) => r.move === 'correct' && !r.actors.includes('operator'))).toEqual([]);
    expect(rowsWhere((r) => r.move === 'correct' && r.actors.length !== 1)).toEqual([]);
    expect(movesOf('student')).toEqual(['offered→hired', ...rowsWhere((r) => r.to === 'withdrawn')]);
    expect(movesOf('college')).toEqual(rowsWhere((r) => r.to === 'withdrawn'));
    expect(movesOf('host_company')).toEqual(['intern→offered', 'interviewee→declined', 'intern_candidate→declined', 'intern→declined', 'offered→declined']);
    expect(movesOf('system')).toEqual(['screened→lecture_attendee', 'lecture_attendee→interviewee']);
  });

  it('puts consent before screening and attendance before the interview fair', () => {
    expect(rowsWhere((r) => r.requires.includes('consent'))).toEqual(['applied→screened']);
    expect(rowsWhere((r) => r.requires.includes('attendance'))).toEqual(['lecture_attendee→interviewee']);
    expect(rowsWhere((r) => r.requires.includes('without_lectures'))).toEqual(['screened→interviewee', 'interviewee→screened']);
    expect(rowsWhere((r) => r.requires.includes('with_lectures'))).toEqual(['screened→lecture_attendee', 'interviewee→lecture_attendee']);
  });
});
