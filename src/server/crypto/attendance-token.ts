// The QR code a session's staff screen shows: the session id and an expiry, signed with an
// HMAC key derived (HKDF) from the app's auth secret, so no new secret is needed and a token
// cannot be forged or moved to another session. `sessionId.expirySeconds.signature`, URL-safe.
import crypto from 'node:crypto';

export type AttendanceTokenSigner = {
  sign(sessionId: string, expiresAt: Date): string;
  /** The token's session and expiry when its signature holds; null for anything malformed or forged. */
  verify(token: string): { sessionId: string; expiresAt: Date } | null;
};

export function deriveAttendanceKey(authSecret: string): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', authSecret, 'kakehashi', 'attendance-qr-token-v1', 32));
}

export function attendanceTokenSigner(key: Buffer): AttendanceTokenSigner {
  const mac = (payload: string) => crypto.createHmac('sha256', key).update(payload).digest('base64url');
  return {
    sign(sessionId, expiresAt) {
      const payload = `${sessionId}.${Math.floor(expiresAt.getTime() / 1000)}`;
      return `${payload}.${mac(payload)}`;
    },
    verify(token) {
      const match = /^([0-9a-f-]{36})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
      if (!match) return null;
      const [, sessionId, seconds, signature] = match as unknown as [string, string, string, string];
      const expected = Buffer.from(mac(`${sessionId}.${seconds}`));
      const given = Buffer.from(signature);
      if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return null;
      return { sessionId, expiresAt: new Date(Number(seconds) * 1000) };
    },
  };
}
