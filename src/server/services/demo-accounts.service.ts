import type { DemoAccounts } from '../../contracts/auth.ts';
import type { Db } from '../db/database.ts';
import { findOrganization } from '../repositories/organizations.repository.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../seed/demo-accounts.ts';
import { demoId } from '../seed/demo-seed.ts';

/** What the sign-in page shows about the demo accounts: nothing at all when they are off. */
export class DemoAccountsService {
  constructor(
    private readonly db: Db,
    private readonly enabled: boolean,
  ) {}

  async list(): Promise<DemoAccounts> {
    if (!this.enabled) return { enabled: false, password: null, accounts: [] };
    const accounts = await Promise.all(
      DEMO_ACCOUNTS.map(async (a) => ({ email: a.email, role: a.role, organization: (await findOrganization(this.db, demoId(a.organization)))?.name ?? {} })),
    );
    return { enabled: true, password: DEMO_PASSWORD, accounts };
  }
}
