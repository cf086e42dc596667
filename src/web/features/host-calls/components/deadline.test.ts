import { describe, expect, it } from 'vitest';
import { companyMayWriteNow, fromLocalInput, timeLeft, toLocalInput } from './deadline.ts';

describe('deadline input', () => {
  it('round-trips an instant through the datetime-local value', () => {
    const iso = '2026-05-31T14:59:00.000Z';
    expect(fromLocalInput(toLocalInput(iso))).toBe(iso);
  });
  it('refuses incomplete values', () => {
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('2026-05-31')).toBeNull();
    expect(fromLocalInput('2026-13-45T99:00')).toBeNull();
  });
});

describe('timeLeft', () => {
  const now = new Date('2026-05-01T00:00:00Z');
  it('splits what remains into days, hours and minutes', () => {
    expect(timeLeft('2026-05-03T05:07:59Z', now)).toEqual({ days: 2, hours: 5, minutes: 7 });
    expect(timeLeft('2026-05-01T00:00:30Z', now)).toEqual({ days: 0, hours: 0, minutes: 0 });
  });
  it('is null at and after the deadline', () => {
    expect(timeLeft('2026-05-01T00:00:00Z', now)).toBeNull();
    expect(timeLeft('2026-04-30T00:00:00Z', now)).toBeNull();
  });
  it('lets a company write only to an open call before its deadline', () => {
    expect(companyMayWriteNow({ status: 'open', deadline: '2026-05-02T00:00:00Z' }, now)).toBe(true);
    expect(companyMayWriteNow({ status: 'closed', deadline: '2026-05-02T00:00:00Z' }, now)).toBe(false);
    expect(companyMayWriteNow({ status: 'open', deadline: '2026-04-02T00:00:00Z' }, now)).toBe(false);
  });
});
