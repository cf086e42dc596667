// Invitation links are guessed at and invitations are mail sent in our name: both are
// rate-limited. Acceptance and look-up per client address; sending per inviting person, so
// one busy coordinator does not hold up another.
import { describe, expect, it } from 'vitest';
import { operatorWithPartners } from '../../../test/support/invitations.ts';
import { useTestApp } from '../../../test/support/test-app.ts';

const t = useTestApp();

describe('rate limits', () => {
  it('stop a client guessing invitation links after 30 tries a minute', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) {
      const response = await t.app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token: `guess-${i}-xxxxxxxx`, name: 'X', password: 'a-long-password-1' } });
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 30).every((s) => s === 400)).toBe(true);
    expect(statuses[30]).toBe(429);
  });

  it('stop one person sending class lists after 10 a minute, and not another', async () => {
    const a = await operatorWithPartners(t);
    const b = await operatorWithPartners(t);
    const bulk = { method: 'POST' as const, url: '/api/invitations/bulk', payload: { organizationId: a.college, rows: [] } };
    for (let i = 0; i < 10; i++) expect((await a.as(bulk)).statusCode).toBe(400);
    const limited = await a.as(bulk);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('request.rateLimited');
    expect((await b.as({ ...bulk, payload: { organizationId: b.college, rows: [] } })).statusCode).toBe(400);
  });
});
