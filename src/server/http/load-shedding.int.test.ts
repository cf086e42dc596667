// Load shedding on a real app and database: while every database connection is taken and
// requests queue for one, further requests are refused at once with 503, Retry-After and a
// translated message; the probes still answer; once the queue drains, requests pass again.
import type { PoolClient } from 'pg';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/support/test-app.ts';

const t = useTestApp({ loadLimits: { maxEventLoopLagMs: 10_000, minInFlight: 1, maxWaitingPerConnection: 0, sustainedChecks: 2 } });

describe('load shedding', () => {
  it('refuses requests with 503 and Retry-After while requests queue for the database, and recovers', async () => {
    const size = t.database.pool.options.max!;
    const held: PoolClient[] = await Promise.all(Array.from({ length: size }, () => t.database.pool.connect()));
    const queued = t.database.pool.connect(); // waits: the queue the app's requests would join
    try {
      await sleep(400);
      const refused = await t.app.inject({ method: 'GET', url: '/api/auth/demo-accounts', headers: { 'accept-language': 'ja' } });
      expect(refused.statusCode).toBe(503);
      expect(refused.headers['retry-after']).toBe('5');
      expect(refused.json().error.code).toBe('service.unavailable');
      expect(refused.json().error.message).toMatch(/[ぁ-んァ-ン一-龯]/);
      expect((await t.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    } finally {
      for (const client of held) client.release();
    }
    (await queued).release();
    await sleep(300);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/demo-accounts' })).statusCode).toBe(200);
  });
});

describe('requests in flight', () => {
  const calm = useTestApp({ loadLimits: { maxEventLoopLagMs: -1, minInFlight: 16, maxWaitingPerConnection: 1_000, sustainedChecks: 1 } });

  it('are counted down when answered, so many requests one after another never look like overload', async () => {
    // The event loop counts as late at every check here: only requests in flight decide.
    for (let i = 0; i < 40; i++) expect((await calm.app.inject({ method: 'GET', url: '/api/auth/demo-accounts' })).statusCode).toBe(200);
    await sleep(300);
    expect((await calm.app.inject({ method: 'GET', url: '/api/auth/demo-accounts' })).statusCode).toBe(200);
  });
});
