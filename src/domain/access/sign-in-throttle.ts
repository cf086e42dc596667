// Slowing down password guessing, per account and per client address. A key that has failed
// too often in a window is locked for a while. An attacker can lock a real person's account
// this way, so its owner always has an unlock path: a password reset by e-mail clears the
// account's key (the address key is the attacker's own and stays).
export type ThrottleRule = { maxFailures: number; windowSeconds: number; lockSeconds: number };

export const SIGN_IN_RULES = {
  account: { maxFailures: 5, windowSeconds: 15 * 60, lockSeconds: 15 * 60 },
  address: { maxFailures: 20, windowSeconds: 15 * 60, lockSeconds: 15 * 60 },
} as const satisfies Record<string, ThrottleRule>;

export type ThrottleState = { failures: number; windowStartedAt: Date; lockedUntil: Date | null };

export const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
export const addressKey = (address: string) => `address:${address}`;

/** Seconds until the key may try again, or 0 when it may try now. */
export function lockedForSeconds(state: ThrottleState | null, now: Date): number {
  if (!state?.lockedUntil) return 0;
  return Math.max(0, Math.ceil((state.lockedUntil.getTime() - now.getTime()) / 1000));
}

/** The state after one more failure: a new window once the old one is over, a lock at the limit. */
export function afterFailure(state: ThrottleState | null, rule: ThrottleRule, now: Date): ThrottleState {
  const windowOver = !state || now.getTime() - state.windowStartedAt.getTime() >= rule.windowSeconds * 1000;
  const failures = windowOver ? 1 : state.failures + 1;
  const windowStartedAt = windowOver ? now : state.windowStartedAt;
  const lockedUntil = failures >= rule.maxFailures ? new Date(now.getTime() + rule.lockSeconds * 1000) : windowOver ? null : state.lockedUntil;
  return { failures: failures >= rule.maxFailures ? 0 : failures, windowStartedAt: failures >= rule.maxFailures ? now : windowStartedAt, lockedUntil };
}
