import crypto from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFieldCipher, FieldCipherError, maskDocumentNumber } from './field-cipher.ts';

const cipher = createFieldCipher(crypto.randomBytes(32));

describe('field cipher', () => {
  it('round-trips any text, Mongolian Cyrillic and emoji included', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => cipher.decrypt('passportNumber', cipher.encrypt('passportNumber', text)) === text));
    expect(cipher.decrypt('note', cipher.encrypt('note', 'Шинэ Монгол 🇲🇳'))).toBe('Шинэ Монгол 🇲🇳');
  });

  it('never produces the same ciphertext twice and never contains the plaintext', () => {
    const a = cipher.encrypt('passportNumber', 'E12345678');
    const b = cipher.encrypt('passportNumber', 'E12345678');
    expect(a).not.toBe(b);
    expect(a).not.toContain('E12345678');
    expect(a).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
  });

  it('refuses a value moved to another field', () => {
    const stored = cipher.encrypt('passportNumber', 'E12345678');
    expect(() => cipher.decrypt('residenceCardNumber', stored)).toThrow(FieldCipherError);
  });

  it('refuses a tampered value or another key, without echoing the value', () => {
    const stored = cipher.encrypt('passportNumber', 'E12345678');
    const parts = stored.split('.');
    const flipped = Buffer.from(parts[3]!, 'base64url');
    flipped[0]! ^= 1;
    const tampered = [...parts.slice(0, 3), flipped.toString('base64url')].join('.');
    expect(() => cipher.decrypt('passportNumber', tampered)).toThrow(/could not be decrypted/);
    expect(() => createFieldCipher(crypto.randomBytes(32)).decrypt('passportNumber', stored)).toThrow(FieldCipherError);
    try {
      cipher.decrypt('passportNumber', tampered);
    } catch (error) {
      expect(String(error)).not.toContain('E12345678');
    }
    expect(() => cipher.decrypt('passportNumber', 'E12345678')).toThrow(/not an encrypted field value/);
  });

  it('wants a 256-bit key', () => {
    expect(() => createFieldCipher(crypto.randomBytes(16))).toThrow(/32 bytes/);
  });

  it('masks document numbers to their last 4 characters', () => {
    expect(maskDocumentNumber('E12345678')).toBe('•••••5678');
    expect(maskDocumentNumber('AB12')).toBe('AB12');
    expect(maskDocumentNumber('AB1234567890123456')).toBe('••••••••3456');
  });
});
