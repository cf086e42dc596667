import { describe, expect, it } from 'vitest';
import { attendanceTokenSigner, deriveAttendanceKey } from './attendance-token.ts';

const session = '3f2b7c1e-9a4d-4e8b-8c1a-0d2e3f4a5b6c';
const signer = attendanceTokenSigner(deriveAttendanceKey('a test secret of enough length for hkdf'));

describe('attendance QR tokens', () => {
  it('round-trips the session and the expiry (to the second)', () => {
    const token = signer.sign(session, new Date('2024-08-19T01:03:00.700Z'));
    expect(signer.verify(token)).toEqual({ sessionId: session, expiresAt: new Date('2024-08-19T01:03:00Z') });
    expect(token).toMatch(/^[A-Za-z0-9._-]+$/);
  });

  it('refuses a token whose session or expiry was changed, or signed with another key', () => {
    const token = signer.sign(session, new Date('2024-08-19T01:03:00Z'));
    const [, seconds, signature] = token.split('.').slice(-3);
    expect(signer.verify(`${session.replace('3f2b', '4f2b')}.${seconds}.${signature}`)).toBeNull();
    expect(signer.verify(`${session}.${Number(seconds) + 3600}.${signature}`)).toBeNull();
    const other = attendanceTokenSigner(deriveAttendanceKey('another secret entirely, also long enough'));
    expect(other.verify(token)).toBeNull();
  });

  it('refuses malformed tokens', () => {
    for (const bad of ['', 'x', `${session}.1`, `${session}.1.short`, `${session}.-1.${'a'.repeat(43)}`]) expect(signer.verify(bad)).toBeNull();
  });
});
