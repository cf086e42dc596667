import type { PasswordHasher } from '../auth/password-hasher.ts';
import type { Db } from '../db/database.ts';
import { findUserIdByEmail, insertPerson } from '../repositories/accounts.repository.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.ts';
import { demoId } from './demo-seed.ts';

/** Creates the demo accounts that do not exist yet; returns how many it created. */
export async function ensureDemoAccounts(db: Db, hasher: PasswordHasher): Promise<number> {
  const missing: typeof DEMO_ACCOUNTS = [];
  for (const account of DEMO_ACCOUNTS) if (!(await findUserIdByEmail(db, account.email))) missing.push(account);
  if (missing.length === 0) return 0;
  const passwordHash = await hasher.hash(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    for (const a of missing) {
      await insertPerson(tx, { name: a.name, email: a.email, language: a.language, passwordHash, organizationId: demoId(a.organization), role: a.role });
    }
  });
  return missing.length;
}
