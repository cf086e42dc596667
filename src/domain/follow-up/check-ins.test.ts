import { describe, expect, it } from 'vitest';
import { answerIssues, answerWarnings, checkInSchedule, checkInState } from './check-ins.ts';

describe('check-ins', () => {
  it('fall 1, 3, 6 and 12 months after joining, month ends kept', () => {
    expect(checkInSchedule('2026-01-31').map((c) => c.dueOn)).toEqual(['2026-02-28', '2026-04-30', '2026-07-31', '2027-01-31']);
    expect(checkInSchedule('2026-04-01')[0]).toEqual({ month: 1, dueOn: '2026-05-01', missedAfter: '2026-05-15' });
  });
  it('are upcoming, then open for two weeks, then missed unless answered', () => {
    const [first] = checkInSchedule('2026-04-01');
    expect(checkInState(first!, null, '2026-04-30')).toBe('upcoming');
    expect(checkInState(first!, null, '2026-05-01')).toBe('open');
    expect(checkInState(first!, null, '2026-05-15')).toBe('open');
    expect(checkInState(first!, null, '2026-05-16')).toBe('missed');
    expect(checkInState(first!, '2026-05-20T00:00:00Z', '2026-06-01')).toBe('answered');
  });
  it('need every score on the 1–5 scale and, from the employee, whether they want to stay', () => {
    expect(answerIssues('employee', { scores: { work: 4, japanese: 3, living: 5, health: 4, colleagues: 4 }, stay: 'yes', comment: '' })).toEqual([]);
    expect(answerIssues('employee', { scores: { work: 6, other: 1 }, comment: '' }).map((i) => `${i.field}:${i.code}`)).toEqual([
      'scores.work:checkIn.scoreOutOfScale',
      'scores.japanese:checkIn.scoreMissing',
      'scores.living:checkIn.scoreMissing',
      'scores.health:checkIn.scoreMissing',
      'scores.colleagues:checkIn.scoreMissing',
      'scores.other:checkIn.questionUnknown',
      'stay:checkIn.scoreMissing',
    ]);
    expect(answerIssues('company', { scores: { performance: 4, integration: 4, communication: 3 }, comment: '' })).toEqual([]);
  });
  it('warn on a score of 2 or less and on an employee who does not want to stay', () => {
    expect(answerWarnings({ scores: { work: 4, living: 2 }, stay: 'yes', comment: '' })).toEqual(['lowScore']);
    expect(answerWarnings({ scores: { work: 4 }, stay: 'no', comment: '' })).toEqual(['wantsToLeave']);
    expect(answerWarnings({ scores: { work: 3 }, stay: 'unsure', comment: '' })).toEqual([]);
  });
});
