// Generated passwords of the embedded cluster's roles, kept in the data folder (mode 0600).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export type ClusterSecrets = {
  superuserPassword: string;
  ownerPassword: string;
  appPassword: string;
};

const newPassword = () => crypto.randomBytes(24).toString('base64url');

export function loadOrCreateSecrets(dataDir: string): ClusterSecrets {
  const file = path.join(dataDir, 'secrets.json');
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as ClusterSecrets;
  const secrets: ClusterSecrets = { superuserPassword: newPassword(), ownerPassword: newPassword(), appPassword: newPassword() };
  const scratch = `${file}.tmp`;
  fs.writeFileSync(scratch, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  fs.renameSync(scratch, file);
  return secrets;
}
