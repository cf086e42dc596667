// Fixtures for the people-management tests: an operator with organizations in its scope, and
// the token of the invitation mailed to an address (read back from the outbox, as a person
// would read it from their mailbox).
import type { FastifyInstance } from 'fastify';
import type { PasswordHasher } from '../../src/server/auth/password-hasher.ts';
import type { Db } from '../../src/server/db/database.ts';
import { listOutboxMessages } from '../../src/server/repositories/outbox.repository.ts';
import { insertOrganization } from '../../src/server/repositories/organizations.repository.ts';
import { buildOrganizationInput, buildProgramInput } from './factories.ts';
import { injectAs, signInAsNewOperator } from './people.ts';

type T = { app: FastifyInstance; database: { db: Db }; hasher: PasswordHasher };

/**
 * A signed-in operator admin with a company and a college the operator registered, and a
 * second college that is in scope only by taking part in one of its programs.
 */
export async function operatorWithPartners(t: T) {
  const admin = await signInAsNewOperator(t);
  const company = await insertOrganization(t.database.db, buildOrganizationInput({ kind: 'company' }), admin.operatorId);
  const college = await insertOrganization(t.database.db, buildOrganizationInput({ kind: 'college', country: 'MN' }), admin.operatorId);
  const partnerCollege = await insertOrganization(t.database.db, buildOrganizationInput({ kind: 'college', country: 'MN' }), null);
  const as = injectAs(t.app, admin);
  const program = await as({ method: 'POST', url: '/api/programs', payload: buildProgramInput(admin.operatorId) });
  if (program.statusCode !== 201) throw new Error(`program: ${program.statusCode} ${program.body}`);
  const joined = await as({ method: 'POST', url: `/api/programs/${program.json().id}/participations`, payload: { organizationId: partnerCollege, role: 'sending_college' } });
  if (joined.statusCode !== 201) throw new Error(`participation: ${joined.statusCode} ${joined.body}`);
  return { admin, operatorId: admin.operatorId, company, college, partnerCollege, as };
}

/** The newest invitation mail to `email` and the token in its link. */
export async function mailedInvitation(db: Db, email: string): Promise<{ subject: string; body: string; language: string; organizationId: string | null; token: string }> {
  const message = (await listOutboxMessages(db, 1000)).find((m) => m.toAddress === email && m.kind === 'invitation');
  if (!message) throw new Error(`no invitation mailed to ${email}`);
  const token = /\/invitations\/accept\?token=([A-Za-z0-9_-]+)/.exec(message.bodyText)?.[1];
  if (!token) throw new Error('no link in the invitation mail');
  return { subject: message.subject, body: message.bodyText, language: message.language, organizationId: message.organizationId, token };
}

let counter = 0;
/** A fresh address for each invitee, so tests in one file never meet each other's people. */
export const newAddress = (who = 'invitee') => `${who}.${process.pid}.${++counter}@example.mn`;
