// Encryption of sensitive fields (passport and residence-card numbers) with AES-256-GCM.
// Each value gets a fresh 96-bit IV; the field's name is bound in as additional data, so a
// ciphertext moved to another column (or another record's column) fails to decrypt rather
// than reading as the wrong document. Stored form: `v1.<iv>.<tag>.<ciphertext>` (base64url).
import crypto from 'node:crypto';

const VERSION = 'v1';

export class FieldCipherError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FieldCipherError';
  }
}

export type FieldCipher = {
  encrypt(field: string, plaintext: string): string;
  decrypt(field: string, stored: string): string;
};

export function createFieldCipher(key: Buffer): FieldCipher {
  if (key.length !== 32) throw new FieldCipherError('the field encryption key must be 32 bytes (AES-256)');
  return {
    encrypt(field, plaintext) {
      const iv = crypto.randomBytes(12);
      const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(field, 'utf8'));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return [VERSION, iv, cipher.getAuthTag(), body].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join('.');
    },
    decrypt(field, stored) {
      const [version, iv, tag, body] = stored.split('.');
      if (version !== VERSION || !iv || !tag || body === undefined) throw new FieldCipherError('not an encrypted field value');
      try {
        const decipher = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
        decipher.setAAD(Buffer.from(field, 'utf8'));
        decipher.setAuthTag(Buffer.from(tag, 'base64url'));
        return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
      } catch {
        // Never echo the value: the message is all a log may see.
        throw new FieldCipherError(`the stored ${field} could not be decrypted (wrong key, wrong field or tampered)`);
      }
    },
  };
}

/** What lists show of a document number: its last 4 characters. */
export function maskDocumentNumber(value: string): string {
  const visible = value.slice(-4);
  return `${'•'.repeat(Math.max(0, Math.min(value.length - visible.length, 8)))}${visible}`;
}
