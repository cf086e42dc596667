import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ATTENDANCE_STATUSES,
  certificateEligible,
  checkIn,
  counts,
  isRosterStatus,
  meetsAttendanceRule,
  sessionStartInstant,
  statusAfterScan,
  totalsByApplication,
  totalsOf,
  type AttendanceStatus,
} from './lectures.ts';

const status = fc.constantFrom<AttendanceStatus>(...ATTENDANCE_STATUSES);

describe('attendance totals', () => {
  it('counts present and late as attended, absent not', () => {
    expect(totalsOf(['present', 'late', 'absent', 'present'])).toEqual({ present: 2, late: 1, absent: 1, attended: 3 });
    expect(totalsOf([])).toEqual({ present: 0, late: 0, absent: 0, attended: 0 });
  });

  it('attended = present + late, and the three add up to the records', () => {
    fc.assert(
      fc.property(fc.array(status, { maxLength: 40 }), (statuses) => {
        const t = totalsOf(statuses);
        expect(t.attended).toBe(t.present + t.late);
        expect(t.present + t.late + t.absent).toBe(statuses.length);
        expect(t.attended).toBe(statuses.filter(counts).length);
      }),
    );
  });

  it('groups records by application; the sum over applications is the whole', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ applicationId: fc.constantFrom('a', 'b', 'c'), status }), { maxLength: 60 }), (records) => {
        const byApp = totalsByApplication(records);
        const sum = [...byApp.values()].reduce((s, t) => s + t.attended, 0);
        expect(sum).toBe(totalsOf(records.map((r) => r.status)).attended);
        for (const id of byApp.keys()) expect(records.some((r) => r.applicationId === id)).toBe(true);
      }),
    );
  });
});

describe('eligibility', () => {
  it('meets the rule at exactly the minimum, not one below', () => {
    expect(meetsAttendanceRule(12, 12)).toBe(true);
    expect(meetsAttendanceRule(11, 12)).toBe(false);
    expect(meetsAttendanceRule(0, 0)).toBe(true);
  });

  it('is monotone: attending more never loses eligibility', () => {
    fc.assert(fc.property(fc.nat(30), fc.nat(30), fc.nat(5), (attended, minimum, more) => !meetsAttendanceRule(attended, minimum) || meetsAttendanceRule(attended + more, minimum)));
  });

  it('a certificate needs one session attended', () => {
    expect(certificateEligible(0)).toBe(false);
    expect(certificateEligible(1)).toBe(true);
  });

  it('the roster takes screened students and later, not withdrawn or declined', () => {
    expect(isRosterStatus('applied')).toBe(false);
    expect(isRosterStatus('screened')).toBe(true);
    expect(isRosterStatus('interviewee')).toBe(true);
    expect(isRosterStatus('withdrawn')).toBe(false);
    expect(isRosterStatus('declined')).toBe(false);
  });
});

describe('session start', () => {
  it('reads the local time in Ulaanbaatar (UTC+8)', () => {
    expect(sessionStartInstant('2024-08-19', '09:00').toISOString()).toBe('2024-08-19T01:00:00.000Z');
    expect(sessionStartInstant('2024-08-20', '00:30').toISOString()).toBe('2024-08-19T16:30:00.000Z');
  });

  it('follows other zones, daylight saving included', () => {
    expect(sessionStartInstant('2024-08-19', '09:00', 'Asia/Tokyo').toISOString()).toBe('2024-08-19T00:00:00.000Z');
    expect(sessionStartInstant('2024-07-01', '09:00', 'Europe/Berlin').toISOString()).toBe('2024-07-01T07:00:00.000Z');
    expect(sessionStartInstant('2024-01-15', '09:00', 'Europe/Berlin').toISOString()).toBe('2024-01-15T08:00:00.000Z');
  });
});

describe('QR check-in', () => {
  const start = new Date('2024-08-19T01:00:00Z');
  const token = { sessionId: 's1', expiresAt: new Date('2024-08-19T01:03:00Z') };
  const at = (iso: string) => checkIn({ token, sessionId: 's1', sessionStart: start, lateAfterMinutes: 10, now: new Date(iso) });

  it('is present before start + grace, late after', () => {
    expect(at('2024-08-19T00:58:00Z')).toEqual({ ok: true, status: 'present' });
    expect(checkIn({ token: { ...token, expiresAt: new Date('2024-08-19T02:00:00Z') }, sessionId: 's1', sessionStart: start, lateAfterMinutes: 10, now: new Date('2024-08-19T01:10:00Z') })).toEqual({ ok: true, status: 'present' });
    expect(checkIn({ token: { ...token, expiresAt: new Date('2024-08-19T02:00:00Z') }, sessionId: 's1', sessionStart: start, lateAfterMinutes: 10, now: new Date('2024-08-19T01:10:01Z') })).toEqual({ ok: true, status: 'late' });
  });

  it('refuses an expired token, at and after its expiry', () => {
    expect(at('2024-08-19T01:03:00Z')).toEqual({ ok: false, code: 'attendance.tokenExpired' });
    expect(at('2024-08-19T05:00:00Z')).toEqual({ ok: false, code: 'attendance.tokenExpired' });
  });

  it('refuses a token of another session', () => {
    expect(checkIn({ token, sessionId: 's2', sessionStart: start, lateAfterMinutes: 10, now: new Date('2024-08-19T00:59:00Z') })).toEqual({ ok: false, code: 'attendance.wrongSession' });
  });

  it('never accepts an expired token, whatever the times', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: -10_000, max: 10_000 }), fc.nat(60), (afterExpiry, startOffset, grace) => {
        const expiresAt = new Date(1_700_000_000_000);
        const result = checkIn({ token: { sessionId: 's', expiresAt }, sessionId: 's', sessionStart: new Date(expiresAt.getTime() + startOffset * 1000), lateAfterMinutes: grace, now: new Date(expiresAt.getTime() + afterExpiry * 1000) });
        expect(result.ok).toBe(false);
      }),
    );
  });

  it('a scan replaces no staff tick but absent', () => {
    expect(statusAfterScan(null, 'late')).toBe('late');
    expect(statusAfterScan('absent', 'present')).toBe('present');
    expect(statusAfterScan('present', 'late')).toBeNull();
    expect(statusAfterScan('late', 'present')).toBeNull();
  });
});
