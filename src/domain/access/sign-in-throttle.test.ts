import { describe, expect, it } from 'vitest';
import { SIGN_IN_RULES, accountKey, afterFailure, lockedForSeconds, type ThrottleState } from './sign-in-throttle.ts';

const rule = SIGN_IN_RULES.account;
const at = (minutes: number) => new Date(Date.UTC(2026, 10, 24, 9, minutes));

function fail(times: number, start: ThrottleState | null = null, minute = 0): ThrottleState | null {
  let state = start;
  for (let i = 0; i < times; i++) state = afterFailure(state, rule, at(minute));
  return state;
}

describe('sign-in throttle', () => {
  it('locks a key at the fifth failure within the window, for fifteen minutes', () => {
    expect(lockedForSeconds(fail(4), at(0))).toBe(0);
    const locked = fail(5);
    expect(lockedForSeconds(locked, at(0))).toBe(15 * 60);
    expect(lockedForSeconds(locked, at(10))).toBe(5 * 60);
    expect(lockedForSeconds(locked, at(15))).toBe(0);
  });

  it('forgets failures once the window is over', () => {
    const four = fail(4);
    const later = afterFailure(four, rule, at(16));
    expect(later).toMatchObject({ failures: 1, lockedUntil: null });
  });

  it('counts again from zero after a lock, so the next lock needs five more failures', () => {
    const afterLock = fail(1, fail(5), 20);
    expect(afterLock?.failures).toBe(1);
    expect(lockedForSeconds(afterLock, at(20))).toBe(0);
  });

  it('keys accounts by the address as typed, whatever its case and spaces', () => {
    expect(accountKey('  Tsetseg@Example.MN ')).toBe('account:tsetseg@example.mn');
  });
});
