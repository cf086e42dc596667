import { describe, expect, it } from 'vitest';
import { DEFAULT_MEETING_RUBRIC, presentationResult, talkTimes } from './report-meeting.ts';

describe('the final report meeting', () => {
  it('gives each talk its start time, back to back', () => {
    expect(talkTimes('13:30', 15, 4)).toEqual(['13:30', '13:45', '14:00', '14:15']);
    expect(talkTimes('23:50', 20, 2)).toEqual(['23:50', '00:10']);
  });
  it('averages the companies per criterion and weighs the means', () => {
    const result = presentationResult(DEFAULT_MEETING_RUBRIC, [
      { companyId: 'a', scores: { outcome: 5, clarity: 4, japanese: 3, answers: 4 } },
      { companyId: 'b', scores: { outcome: 4, clarity: 4, japanese: 2, answers: 5 } },
    ]);
    expect(result.byCriterion).toEqual({ outcome: 4.5, clarity: 4, japanese: 2.5, answers: 4.5 });
    // (2 × 4.5 + 4 + 2.5 + 4.5) / 5
    expect(result.overall).toBe(4);
    expect(result.scorers).toBe(2);
    expect(presentationResult(DEFAULT_MEETING_RUBRIC, [])).toEqual({ scorers: 0, byCriterion: {}, overall: null });
  });
});
