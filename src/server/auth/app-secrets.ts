// Outside production, secrets not given in the environment are generated once and kept in
// the data folder (mode 0600): sessions survive restarts and encrypted fields stay readable
// without anyone having to invent a key. In production both must come from the environment.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export type AppSecrets = { authSecret: string; fieldEncryptionKey: Buffer };

export function loadOrCreateAppSecrets(dataDir: string): AppSecrets {
  const file = path.join(dataDir, 'app-secrets.json');
  const stored = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<Record<'authSecret' | 'fieldEncryptionKey', string>>) : {};
  const secrets = {
    authSecret: stored.authSecret ?? crypto.randomBytes(32).toString('base64url'),
    // Added to folders created before encrypted fields existed, keeping their auth secret.
    fieldEncryptionKey: stored.fieldEncryptionKey ?? crypto.randomBytes(32).toString('base64'),
  };
  if (secrets.authSecret !== stored.authSecret || secrets.fieldEncryptionKey !== stored.fieldEncryptionKey) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(`${file}.tmp`, JSON.stringify(secrets, null, 2), { mode: 0o600 });
    fs.renameSync(`${file}.tmp`, file);
  }
  return { authSecret: secrets.authSecret, fieldEncryptionKey: Buffer.from(secrets.fieldEncryptionKey, 'base64') };
}
