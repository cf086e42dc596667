import { describe, expect, it } from 'vitest';
import { statusOf, toAppError } from './error-handler.ts';
import { overloadJudge } from './load-shedding.ts';

describe('the overload judge', () => {
  const limits = { maxEventLoopLagMs: 150, minInFlight: 16, maxWaitingPerConnection: 4, sustainedChecks: 3 };
  const calm = { lagMs: 5, inFlight: 40, waiting: 0, poolSize: 10 };

  it('refuses only after the overload lasts the given number of checks', () => {
    const healthy = overloadJudge(limits);
    expect([healthy({ ...calm, lagMs: 400 }), healthy({ ...calm, lagMs: 400 }), healthy({ ...calm, waiting: 41 })]).toEqual([true, true, false]);
    expect(healthy({ ...calm, waiting: 41 })).toBe(false);
  });

  it('forgets a single slow moment and is healthy again at the first normal check', () => {
    const healthy = overloadJudge(limits);
    expect([healthy({ ...calm, lagMs: 900 }), healthy(calm), healthy({ ...calm, lagMs: 900 }), healthy({ ...calm, lagMs: 900 })]).toEqual([true, true, true, true]);
    healthy({ ...calm, lagMs: 900 });
    expect(healthy(calm)).toBe(true);
  });

  it('takes a late event loop with few requests in flight for a starved machine, not overload', () => {
    const healthy = overloadJudge({ ...limits, sustainedChecks: 1 });
    expect(healthy({ ...calm, lagMs: 900, inFlight: 3 })).toBe(true);
    expect(healthy({ ...calm, lagMs: 900, inFlight: 16 })).toBe(false);
  });

  it('counts a queue for database connections up to four per connection as normal', () => {
    const healthy = overloadJudge({ ...limits, sustainedChecks: 1 });
    expect(healthy({ ...calm, waiting: 40 })).toBe(true);
    expect(healthy({ ...calm, waiting: 41 })).toBe(false);
  });
});

describe('a database that cannot serve the request', () => {
  it('is 503 service.unavailable (try again later), not an unexpected 500', () => {
    const shutdown = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    for (const error of [shutdown, refused, new Error('timeout exceeded when trying to connect'), new Error('Connection terminated unexpectedly')]) {
      expect(toAppError(error).code, error.message).toBe('service.unavailable');
      expect(statusOf(toAppError(error).code)).toBe(503);
    }
    const wrapped = Object.assign(new Error('Failed query: begin\nparams: '), { cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }) });
    expect(toAppError(wrapped).code).toBe('service.unavailable'); // Drizzle wraps the driver's error
    expect(toAppError(Object.assign(new Error('duplicate key'), { code: '23505' })).code).toBe('internal.unexpected');
    expect(toAppError(Object.assign(new Error('Failed query: select'), { cause: Object.assign(new Error('duplicate key'), { code: '23505' }) })).code).toBe('internal.unexpected');
  });
});
