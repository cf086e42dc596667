// Outside production, a missing AUTH_SECRET is generated once and kept in the data folder
// (mode 0600), so sessions survive restarts without anyone having to invent a secret.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export function loadOrCreateAuthSecret(dataDir: string): string {
  const file = path.join(dataDir, 'app-secrets.json');
  if (fs.existsSync(file)) return (JSON.parse(fs.readFileSync(file, 'utf8')) as { authSecret: string }).authSecret;
  fs.mkdirSync(dataDir, { recursive: true });
  const authSecret = crypto.randomBytes(32).toString('base64url');
  fs.writeFileSync(`${file}.tmp`, JSON.stringify({ authSecret }, null, 2), { mode: 0o600 });
  fs.renameSync(`${file}.tmp`, file);
  return authSecret;
}
