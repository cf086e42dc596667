import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/support/test-app.ts';

const t = useTestApp();

const expectHardened = (headers: Record<string, unknown>) => {
  const csp = String(headers['content-security-policy']);
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['referrer-policy']).toBe('same-origin');
};

describe('security headers', () => {
  it('are on successful answers, validation errors and 404s alike', async () => {
    for (const res of [
      await t.app.inject({ method: 'GET', url: '/api/programs' }),
      await t.app.inject({ method: 'POST', url: '/api/programs', payload: {} }),
      await t.app.inject({ method: 'GET', url: '/api/nowhere' }),
      await t.app.inject({ method: 'POST', url: '/api/organizations', headers: { 'content-type': 'application/json' }, payload: '{' }),
    ]) {
      expectHardened(res.headers);
      expect(res.body).not.toMatch(/at .*\.ts:\d+/); // never a stack trace
    }
  });

  it('adds HSTS only over https', async () => {
    const plain = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(plain.headers['strict-transport-security']).toBeUndefined();
  });
});
