import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrCreateAppSecrets } from './auth/app-secrets.ts';
import { ConfigError, decodeKey, loadConfig } from './config.ts';

describe('the field encryption key', () => {
  it('is 32 bytes given as hex or base64, nothing else', () => {
    const key = crypto.randomBytes(32);
    expect(decodeKey(key.toString('hex'))).toEqual(key);
    expect(decodeKey(key.toString('base64'))).toEqual(key);
    expect(decodeKey(key.toString('base64url'))).toEqual(key);
    expect(decodeKey('too-short')).toBeNull();
    expect(decodeKey(crypto.randomBytes(16).toString('hex'))).toBeNull();
  });

  it('is required in production, with the auth secret, and both are named when missing', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    try {
      loadConfig({ NODE_ENV: 'production', FIELD_ENCRYPTION_KEY: 'nope' });
    } catch (error) {
      const text = (error as ConfigError).problems.join('\n');
      expect(text).toContain('FIELD_ENCRYPTION_KEY');
      expect(text).not.toContain('nope'); // a key is never echoed back
    }
    const config = loadConfig({ NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(32), FIELD_ENCRYPTION_KEY: 'ab'.repeat(32) });
    expect(config.fieldEncryptionKey).toEqual(Buffer.alloc(32, 0xab));
  });

  it('is generated once into the data folder outside production, keeping an older folder’s auth secret', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-secrets-'));
    fs.writeFileSync(path.join(dir, 'app-secrets.json'), JSON.stringify({ authSecret: 'kept-from-before-kept-from-before' }));
    const first = loadOrCreateAppSecrets(dir);
    expect(first.authSecret).toBe('kept-from-before-kept-from-before');
    expect(first.fieldEncryptionKey).toHaveLength(32);
    expect(loadOrCreateAppSecrets(dir)).toEqual(first);
    expect(fs.statSync(path.join(dir, 'app-secrets.json')).mode & 0o777).toBe(0o600);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('the test clock', () => {
  it('is off unless asked for, on from the real time or from an instant, and never in production', () => {
    expect(loadConfig({}).testClock).toBeNull();
    expect(loadConfig({ KAKEHASHI_TEST_CLOCK: 'true' }).testClock).toEqual({ startAt: null });
    expect(loadConfig({ KAKEHASHI_TEST_CLOCK: '2027-03-01T01:00:00Z' }).testClock).toEqual({ startAt: new Date('2027-03-01T01:00:00Z') });
    expect(() => loadConfig({ KAKEHASHI_TEST_CLOCK: 'tomorrow' })).toThrow(ConfigError);
    const production = { NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(32), FIELD_ENCRYPTION_KEY: 'ab'.repeat(32) };
    expect(() => loadConfig({ ...production, KAKEHASHI_TEST_CLOCK: 'true' })).toThrow(/KAKEHASHI_TEST_CLOCK/);
    expect(loadConfig(production).testClock).toBeNull();
  });
});
