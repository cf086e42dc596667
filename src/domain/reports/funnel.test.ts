import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PIPELINE_CHAIN } from '../pipeline/pipeline-status.ts';
import { addFunnels, countReached, FUNNEL_STAGES, funnelSteps, knownCounts, reportedFunnel } from './funnel.ts';
import { retainedAt12Months, twelveMonthsAfter } from './retention.ts';
import { median, stageEntries, stageTimes } from './stage-times.ts';

describe('the funnel', () => {
  it('reads Hitachi FY2024 from its report: 57 → 44 → 9 → 2', () => {
    const counts = reportedFunnel({ hostCompanies: 4, lectureSessions: 15, lectureParticipants: 57, interviewingCompanies: 4, interviewees: 44, interns: 9, offers: 2, hires: 2 });
    expect(counts.applicants).toBeNull();
    expect(knownCounts(counts)).toEqual([57, 44, 9, 2, 2]);
    const steps = funnelSteps(counts);
    expect(steps.find((s) => s.stage === 'lectureAttendees')!.conversion).toBeNull();
    expect(steps.find((s) => s.stage === 'interviewees')!.conversion).toBeCloseTo(44 / 57);
    expect(steps.find((s) => s.stage === 'hires')!.conversion).toBe(1);
  });

  it('counts a student in every stage up to the furthest one reached', () => {
    const counts = countReached(
      [
        { status: 'applied', students: 13 },
        { status: 'lecture_attendee', students: 13 },
        { status: 'interviewee', students: 35 },
        { status: 'intern', students: 7 },
        { status: 'hired', students: 2 },
      ],
      1,
    );
    expect(counts).toEqual({ applicants: 70, lectureAttendees: 57, interviewees: 44, interns: 9, offers: 2, hires: 2, retained12Months: 1 });
  });

  it('refuses a status that is not on the chain', () => {
    expect(() => countReached([{ status: 'withdrawn', students: 1 }], null)).toThrow(/withdrawn/);
  });

  it('never grows along the chain, and adds up stage by stage', () => {
    const furthest = fc.array(fc.record({ status: fc.constantFrom(...PIPELINE_CHAIN), students: fc.nat(50) }), { maxLength: 20 });
    fc.assert(
      fc.property(furthest, furthest, (a, b) => {
        const [ca, cb] = [countReached(a, null), countReached(b, null)];
        const counts = knownCounts(ca);
        for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeLessThanOrEqual(counts[i - 1]!);
        expect(addFunnels([ca, cb])).toEqual(countReached([...a, ...b], null));
        for (const step of funnelSteps(ca)) if (step.conversion !== null) expect(step.conversion).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('keeps an unknown stage unknown when summing, and known once any funnel knows it', () => {
    const reported = reportedFunnel({ interns: 8, applicants: 70 });
    const total = addFunnels([reported, reportedFunnel({ interns: 9 })]);
    expect(total.interns).toBe(17);
    expect(total.applicants).toBe(70);
    expect(total.hires).toBeNull();
    expect(FUNNEL_STAGES.filter((s) => total[s] !== null)).toEqual(['applicants', 'interns']);
  });
});

describe('still employed at 12 months', () => {
  it('counts a hire once the anniversary of the first day has come', () => {
    expect(twelveMonthsAfter('2025-04-01')).toBe('2026-04-01');
    expect(twelveMonthsAfter('2024-02-29')).toBe('2025-02-28');
    const hires = [
      { startsOn: '2025-04-01', retention: 'employed' as const, retentionChangedOn: null },
      { startsOn: '2025-04-01', retention: 'leftJapan' as const, retentionChangedOn: '2025-10-01' },
      { startsOn: '2025-04-01', retention: 'changedEmployer' as const, retentionChangedOn: '2026-05-01' },
      { startsOn: '2026-01-05', retention: 'employed' as const, retentionChangedOn: null },
    ];
    expect(retainedAt12Months(hires, '2026-03-31')).toBeNull();
    expect(retainedAt12Months(hires, '2026-04-01')).toEqual({ due: 3, retained: 2 });
    expect(retainedAt12Months(hires, '2027-01-05')).toEqual({ due: 4, retained: 3 });
  });
});

describe('time in each stage', () => {
  const at = (day: number) => new Date(Date.UTC(2025, 0, 1) + day * 86_400_000);

  it('enters a stage at the first move to its status or a later one', () => {
    const entries = stageEntries({ appliedAt: at(0), firstMoves: new Map([['screened', at(2)], ['lecture_attendee', at(10)], ['intern', at(30)], ['withdrawn', at(31)]]) });
    expect(entries).toEqual({ applicants: at(0), lectureAttendees: at(10), interviewees: at(30), interns: at(30) });
  });

  it('gives the median days of those who went on', () => {
    const times = stageTimes([
      { appliedAt: at(0), firstMoves: new Map([['lecture_attendee', at(10)]]) },
      { appliedAt: at(0), firstMoves: new Map([['lecture_attendee', at(20)], ['interviewee', at(21)]]) },
      { appliedAt: at(5), firstMoves: new Map([['lecture_attendee', at(10)], ['interviewee', at(13)]]) },
      { appliedAt: at(0), firstMoves: new Map() },
    ]);
    expect(times[0]).toEqual({ stage: 'applicants', nextStage: 'lectureAttendees', medianDays: 10, students: 3 });
    expect(times[1]).toEqual({ stage: 'lectureAttendees', nextStage: 'interviewees', medianDays: 2, students: 2 });
    expect(times[2]).toEqual({ stage: 'interviewees', nextStage: 'interns', medianDays: null, students: 0 });
    expect(times.map((t) => t.nextStage)).toEqual(['lectureAttendees', 'interviewees', 'interns', 'offers', 'hires']);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([])).toBeNull();
  });
});
