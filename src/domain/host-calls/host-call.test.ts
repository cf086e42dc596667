import { describe, expect, it } from 'vitest';
import { companyMayWrite, scoreIssues, unknownAnswers, weightedScore, type RubricCriterion } from './host-call.ts';

const rubric: RubricCriterion[] = [
  { id: 'housing', label: { en: 'Housing' }, weight: 2 },
  { id: 'mentoring', label: { en: 'Mentoring' }, weight: 1 },
];

describe('companyMayWrite', () => {
  const deadline = new Date('2025-05-31T14:59:59Z');
  it('allows writes to an open call before its deadline only', () => {
    expect(companyMayWrite({ status: 'open', deadline }, new Date('2025-05-31T14:59:58Z'))).toBe(true);
    expect(companyMayWrite({ status: 'open', deadline }, deadline)).toBe(false);
    expect(companyMayWrite({ status: 'draft', deadline }, new Date('2025-04-01T00:00:00Z'))).toBe(false);
    expect(companyMayWrite({ status: 'closed', deadline }, new Date('2025-04-01T00:00:00Z'))).toBe(false);
  });
});

describe('scores', () => {
  it('names unknown criteria and scores outside 0–5', () => {
    expect(scoreIssues({ housing: 5, mentoring: 0 }, rubric)).toEqual([]);
    expect(scoreIssues({ housing: 6, other: 1, mentoring: 2.5 }, rubric)).toEqual([
      { criterionId: 'housing', code: 'hostCall.scoreOutOfRange' },
      { criterionId: 'other', code: 'hostCall.unknownCriterion' },
      { criterionId: 'mentoring', code: 'hostCall.scoreOutOfRange' },
    ]);
  });
  it('weighs the scored criteria', () => {
    expect(weightedScore({}, rubric)).toBeNull();
    expect(weightedScore({ housing: 5, mentoring: 2 }, rubric)).toBe(4);
    expect(weightedScore({ mentoring: 3 }, rubric)).toBe(3);
  });
});

describe('unknownAnswers', () => {
  it('names answers to questions the call does not ask', () => {
    expect(unknownAnswers({ q1: 'yes', q9: 'no' }, [{ id: 'q1', text: { en: 'Q' } }])).toEqual(['q9']);
  });
});
