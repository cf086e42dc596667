import type { Db } from '../db/database.ts';

/** The database or an open transaction: repositories work with either. */
export type Executor = Db | Parameters<Parameters<Db['transaction']>[0]>[0];
