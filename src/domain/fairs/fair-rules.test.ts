import { describe, expect, it } from 'vitest';
import { capIssues, DEFAULT_RUBRIC, scoreIssues, weightedScore } from './fair-rules.ts';

describe('capIssues', () => {
  it('names the interviews beyond a student’s or a company’s cap, in list order', () => {
    const approved = [
      { id: '1', studentId: 's1', companyId: 'A' },
      { id: '2', studentId: 's1', companyId: 'B' },
      { id: '3', studentId: 's1', companyId: 'C' },
      { id: '4', studentId: 's2', companyId: 'A' },
      { id: '5', studentId: 's3', companyId: 'A' },
    ];
    expect(capIssues(approved, { perStudent: 2, perCompany: 2 })).toEqual([
      { id: '3', code: 'fair.studentCapExceeded' },
      { id: '5', code: 'fair.companyCapExceeded' },
    ]);
    expect(capIssues(approved, { perStudent: null, perCompany: null })).toEqual([]);
  });
});

describe('scores', () => {
  it('asks for every criterion on the 1–5 scale and nothing else', () => {
    expect(scoreIssues(DEFAULT_RUBRIC, { technical: 4, japanese: 0, fit: 3, charm: 5 })).toEqual([
      { field: 'scores.japanese', code: 'fair.scoreOutOfScale' },
      { field: 'scores.motivation', code: 'fair.scoreMissing' },
      { field: 'scores.charm', code: 'fair.criterionUnknown' },
    ]);
  });

  it('weighs technical skill double by default', () => {
    expect(weightedScore(DEFAULT_RUBRIC, { technical: 5, japanese: 2, motivation: 4, fit: 3 })).toBe(3.8);
  });
});
