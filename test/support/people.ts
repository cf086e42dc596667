// People for tests: created in the database with a membership, signed in through the real
// API (argon2id, better-auth sessions, cookies). Operator admins also enrol a TOTP
// authenticator, computed here with an independent TOTP library.
import crypto from 'node:crypto';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import * as OTPAuth from 'otpauth';
import type { MembershipRole } from '../../src/domain/access/roles.ts';
import type { PasswordHasher } from '../../src/server/auth/password-hasher.ts';
import type { Db } from '../../src/server/db/database.ts';
import type { OrganizationInput } from '../../src/contracts/organizations.ts';
import { addMembership, insertPerson } from '../../src/server/repositories/accounts.repository.ts';
import { insertOrganization } from '../../src/server/repositories/organizations.repository.ts';
import type { ApplicationInput } from '../../src/contracts/applications.ts';
import { CURRENT_NOTICE_VERSION } from '../../src/domain/consent/consent.ts';
import { buildApplicationInput, buildOrganizationInput, buildProgramInput } from './factories.ts';

export const TEST_PASSWORD = 'correct-horse-battery';
let hashOfTestPassword: Promise<string> | null = null;

export type SignedIn = {
  userId: string;
  email: string;
  /** Headers for inject(): the session cookie, and the same-origin marker browsers send. */
  headers: Record<string, string>;
  totpSecret: string | null;
};

export async function createPerson(db: Db, hasher: PasswordHasher, organizationId: string, role: MembershipRole, name = 'Test Person'): Promise<{ userId: string; email: string }> {
  hashOfTestPassword ??= hasher.hash(TEST_PASSWORD);
  const email = `${role}.${crypto.randomBytes(4).toString('hex')}@test.kakehashi.example`;
  const userId = await insertPerson(db, { name, email, language: 'en', passwordHash: await hashOfTestPassword, organizationId, role });
  return { userId, email };
}

/** The cookies a response sets, as one Cookie header (later values win). */
export function cookiesOf(response: LightMyRequestResponse, previous = ''): string {
  const jar = new Map(previous.split('; ').filter(Boolean).map((c) => [c.slice(0, c.indexOf('=')), c.slice(c.indexOf('=') + 1)]));
  for (const c of response.cookies) {
    if (c.maxAge === 0 || c.value === '') jar.delete(c.name);
    else jar.set(c.name, c.value);
  }
  return [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
}

export const sameOrigin = (cookie: string) => ({ cookie, 'sec-fetch-site': 'same-origin' });

export function totpNow(secret: string): string {
  return new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate();
}

export async function signIn(app: FastifyInstance, email: string, password = TEST_PASSWORD, remoteAddress?: string): Promise<{ response: LightMyRequestResponse; cookie: string }> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password }, ...(remoteAddress ? { remoteAddress } : {}) });
  return { response, cookie: cookiesOf(response) };
}

/** Enables TOTP for the signed-in person and returns the secret and the renewed cookie. */
export async function enrolTotp(app: FastifyInstance, cookie: string, remoteAddress = '127.0.0.1'): Promise<{ secret: string; cookie: string; backupCodes: string[] }> {
  const enabled = await app.inject({ method: 'POST', url: '/api/account/two-factor/enable', headers: sameOrigin(cookie), payload: { password: TEST_PASSWORD }, remoteAddress });
  if (enabled.statusCode !== 200) throw new Error(`enable 2FA: ${enabled.statusCode} ${enabled.body}`);
  const { secret, backupCodes } = enabled.json() as { secret: string; backupCodes: string[] };
  const confirmed = await app.inject({ method: 'POST', url: '/api/account/two-factor/confirm', headers: sameOrigin(cookie), payload: { code: totpNow(secret) }, remoteAddress });
  if (confirmed.statusCode !== 200) throw new Error(`confirm 2FA: ${confirmed.statusCode} ${confirmed.body}`);
  return { secret, backupCodes, cookie: cookiesOf(confirmed, cookie) };
}

let addressCounter = 0;
/** Each test person signs in from an address of their own (TEST-NET-2), as people do, so the per-address rate limits see them apart. */
const nextAddress = () => `198.51.100.${(addressCounter++ % 250) + 1}`;

/** A new person in `organizationId` with `role`, signed in; operator admins with TOTP enrolled. */
export async function signInAs(t: { app: FastifyInstance; database: { db: Db }; hasher: PasswordHasher }, organizationId: string, role: MembershipRole, name?: string): Promise<SignedIn> {
  const person = await createPerson(t.database.db, t.hasher, organizationId, role, name);
  const address = nextAddress();
  const { response, cookie } = await signIn(t.app, person.email, TEST_PASSWORD, address);
  if (response.statusCode !== 200) throw new Error(`sign-in: ${response.statusCode} ${response.body}`);
  if (role !== 'operator_admin') return { ...person, headers: sameOrigin(cookie), totpSecret: null };
  const enrolled = await enrolTotp(t.app, cookie, address);
  return { ...person, headers: sameOrigin(enrolled.cookie), totpSecret: enrolled.secret };
}

/**
 * A new operator organization administered by `userId`. Written straight to the database, as
 * an installation's first operator is: nobody could register it through the API.
 */
export async function createOperatorFor(db: Db, userId: string, input: OrganizationInput = buildOrganizationInput()): Promise<string> {
  const id = await insertOrganization(db, input, null);
  await addMembership(db, userId, id, 'operator_admin');
  return id;
}

/** A fresh operator with a signed-in administrator (TOTP enrolled). */
export async function signInAsNewOperator(t: { app: FastifyInstance; database: { db: Db }; hasher: PasswordHasher }): Promise<SignedIn & { operatorId: string }> {
  const operatorId = await insertOrganization(t.database.db, buildOrganizationInput(), null);
  return { ...(await signInAs(t, operatorId, 'operator_admin')), operatorId };
}

/** inject() as `person`: their session cookie and same-origin marker on every request. */
export function injectAs(app: FastifyInstance, person: { headers: Record<string, string> }) {
  return (options: InjectOptions) => app.inject({ ...options, headers: { ...person.headers, ...(options.headers as Record<string, string> | undefined) } });
}

/** A program with a sending college and two host companies, run by a fresh operator; people of every kind signed in. */
export async function programWithApplicants(t: { app: FastifyInstance; database: { db: Db }; hasher: PasswordHasher }) {
  const admin = await signInAsNewOperator(t);
  const as = injectAs(t.app, admin);
  const org = async (kind: OrganizationInput['kind']) => {
    const res = await as({ method: 'POST', url: '/api/organizations', payload: buildOrganizationInput({ kind }) });
    if (res.statusCode !== 201) throw new Error(`organization: ${res.statusCode} ${res.body}`);
    return (res.json() as { id: string }).id;
  };
  const college = await org('college');
  const otherCollege = await org('college');
  const company = await org('company');
  const company2 = await org('company');
  const res = await as({ method: 'POST', url: '/api/programs', payload: buildProgramInput(admin.operatorId) });
  if (res.statusCode !== 201) throw new Error(`program: ${res.statusCode} ${res.body}`);
  const program = (res.json() as { id: string }).id;
  for (const [organizationId, role] of [
    [college, 'sending_college'],
    [otherCollege, 'sending_college'],
    [company, 'host_company'],
    [company2, 'host_company'],
  ] as const) {
    const joined = await as({ method: 'POST', url: `/api/programs/${program}/participations`, payload: { organizationId, role } });
    if (joined.statusCode !== 201) throw new Error(`participation: ${joined.statusCode} ${joined.body}`);
  }
  return { admin, as, operatorId: admin.operatorId, program, college, otherCollege, company, company2 };
}

/** The student gives consent to the current notice, naming `recipientIds`. */
export async function giveConsent(app: FastifyInstance, student: SignedIn, programId: string, recipientIds: string[], noticeVersion = CURRENT_NOTICE_VERSION): Promise<LightMyRequestResponse> {
  return injectAs(app, student)({ method: 'POST', url: `/api/programs/${programId}/consent`, payload: { noticeVersion, language: 'mn', recipientIds } });
}

/** The student applies (consent must already cover the operator); returns the response. */
export async function applyAs(app: FastifyInstance, student: SignedIn, programId: string, overrides: Partial<ApplicationInput> = {}): Promise<LightMyRequestResponse> {
  return injectAs(app, student)({ method: 'POST', url: `/api/programs/${programId}/applications`, payload: buildApplicationInput(overrides) });
}
