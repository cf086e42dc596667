import { describe, expect, it } from 'vitest';
import { programStatus } from './program-status.ts';
import { checkPhaseDates, phasesOutsideFiscalYear } from './program-rules.ts';

describe('phase dates', () => {
  it('accept a phase within the program’s years', () => {
    expect(checkPhaseDates(2025, { startDate: '2025-08-19', endDate: '2025-08-30' })).toEqual([]);
    expect(checkPhaseDates(2023, { startDate: '2023-09-01', endDate: '2026-08-31' })).toEqual([]);
  });

  it('name each problem by field, all at once', () => {
    expect(checkPhaseDates(2025, { startDate: '2025-03-31', endDate: '2025-03-01' })).toEqual([
      { field: 'endDate', code: 'phase.endBeforeStart', params: { startDate: '2025-03-31' } },
      { field: 'startDate', code: 'phase.startsBeforeFiscalYear', params: { earliest: '2025-04-01' } },
    ]);
    expect(checkPhaseDates(2025, { startDate: '2025-04-01', endDate: '2030-04-01' })).toEqual([
      { field: 'endDate', code: 'phase.endsTooLate', params: { latest: '2030-03-31' } },
    ]);
    expect(checkPhaseDates(2025, { startDate: '2025-02-30', endDate: 'soon' })).toEqual([
      { field: 'startDate', code: 'date.invalid' },
      { field: 'endDate', code: 'date.invalid' },
    ]);
  });

  it('find the phases a new fiscal year would strand', () => {
    const phases = [{ startDate: '2025-08-19', endDate: '2025-08-30' }, { startDate: '2026-05-01', endDate: '2026-05-02' }];
    expect(phasesOutsideFiscalYear(2026, phases)).toEqual([phases[0]]);
    expect(phasesOutsideFiscalYear(2025, phases)).toEqual([]);
  });
});

describe('program status', () => {
  it('follows the dates of the phases', () => {
    expect(programStatus(null, null, '2025-06-01')).toBe('unscheduled');
    expect(programStatus('2025-06-15', '2025-08-30', '2025-06-14')).toBe('planned');
    expect(programStatus('2025-06-15', '2025-08-30', '2025-06-15')).toBe('running');
    expect(programStatus('2025-06-15', '2025-08-30', '2025-08-30')).toBe('running');
    expect(programStatus('2025-06-15', '2025-08-30', '2025-08-31')).toBe('completed');
  });
});
