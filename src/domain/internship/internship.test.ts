import { describe, expect, it } from 'vitest';
import { reportRefusal, reportState } from './daily-report.ts';
import { partiesNotYetTold, partiesToTell } from './incidents.ts';
import { internshipDays, weekday } from './internship-days.ts';
import { internProgress } from './progress.ts';

describe('internship days', () => {
  it('knows the weekday of a date', () => {
    expect(weekday('2025-08-19')).toBe(2); // a Tuesday
    expect(weekday('1970-01-01')).toBe(4);
    expect(weekday('1969-12-28')).toBe(0);
  });
  it('lists the weekdays of the Hitachi FY2025 internship, or every day when weekends are kept', () => {
    expect(internshipDays('2025-08-19', '2025-08-30', { weekends: false })).toEqual(['2025-08-19', '2025-08-20', '2025-08-21', '2025-08-22', '2025-08-25', '2025-08-26', '2025-08-27', '2025-08-28', '2025-08-29']);
    expect(internshipDays('2025-08-29', '2025-09-01', { weekends: true })).toEqual(['2025-08-29', '2025-08-30', '2025-08-31', '2025-09-01']);
    expect(internshipDays('2025-08-30', '2025-08-29', { weekends: true })).toEqual([]);
  });
});

describe('daily reports', () => {
  const day = (over: Partial<Parameters<typeof reportState>[0]> = {}) => ({ on: '2025-08-20', reportSubmittedAt: null, mentorCommentedAt: null, ...over });
  it('is not due before its day, missing after it, late when written after it, and commented once the mentor answers', () => {
    expect(reportState(day(), '2025-08-20')).toBe('notDue');
    expect(reportState(day(), '2025-08-21')).toBe('missing');
    expect(reportState(day({ reportSubmittedAt: '2025-08-20T09:00:00Z' }), '2025-08-25')).toBe('submitted');
    expect(reportState(day({ reportSubmittedAt: '2025-08-21T09:00:00Z' }), '2025-08-25')).toBe('late');
    expect(reportState(day({ reportSubmittedAt: '2025-08-21T09:00:00Z', mentorCommentedAt: '2025-08-22T01:00:00Z' }), '2025-08-25')).toBe('commented');
  });
  it('refuses a report of a day to come, and a change after the mentor commented', () => {
    expect(reportRefusal(day(), '2025-08-19')).toBe('internship.reportBeforeDay');
    expect(reportRefusal(day({ mentorCommentedAt: '2025-08-20T10:00:00Z' }), '2025-08-20')).toBe('internship.reportLocked');
    expect(reportRefusal(day(), '2025-08-20')).toBeNull();
  });
});

describe('progress', () => {
  it('counts reports and attendance, the rate leaving out excused days', () => {
    const days = [
      { on: '2025-08-19', reportSubmittedAt: '2025-08-19T10:00:00Z', mentorCommentedAt: '2025-08-19T11:00:00Z', attendance: 'present' as const },
      { on: '2025-08-20', reportSubmittedAt: '2025-08-21T10:00:00Z', mentorCommentedAt: null, attendance: 'late' as const },
      { on: '2025-08-21', reportSubmittedAt: null, mentorCommentedAt: null, attendance: 'absent' as const },
      { on: '2025-08-22', reportSubmittedAt: null, mentorCommentedAt: null, attendance: 'excused' as const },
      { on: '2025-08-25', reportSubmittedAt: null, mentorCommentedAt: null, attendance: null },
      { on: '2025-08-26', reportSubmittedAt: null, mentorCommentedAt: null, attendance: null },
    ];
    expect(internProgress(days, '2025-08-25')).toEqual({
      days: 6,
      past: 5,
      reports: { commented: 1, late: 1, missing: 2, submitted: 0 },
      attendance: { present: 1, late: 1, absent: 1, excused: 1, unrecorded: 1 },
      attendanceRate: 2 / 3,
    });
    expect(internProgress([], '2025-08-25').attendanceRate).toBeNull();
  });
});

describe('incidents', () => {
  it('always tells the operator and the company; the college of anything not minor or of conduct; the family of serious illness; the police of serious danger', () => {
    expect(partiesToTell('other', 'low')).toEqual(['operator', 'company']);
    expect(partiesToTell('conduct', 'low')).toEqual(['operator', 'company', 'college']);
    expect(partiesToTell('health', 'high')).toEqual(['operator', 'company', 'college', 'family']);
    expect(partiesToTell('safety', 'high')).toEqual(['operator', 'company', 'college', 'police']);
  });
  it('names who has not been told yet', () => {
    expect(partiesNotYetTold({ kind: 'health', severity: 'high', notifications: [{ party: 'operator', at: '2025-08-20T10:00:00Z' }, { party: 'company', at: '2025-08-20T09:00:00Z' }] })).toEqual(['college', 'family']);
  });
});
