// Who is asking: on every API request, the session cookie (if any) is checked by better-auth,
// the absolute timeout is applied, and the person's memberships are loaded into
// request.actor. Disabled people lose their sessions here even if one slipped through.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../domain/access/roles.ts';
import { AppError } from '../../domain/errors/app-error.ts';
import { CLIENT_ADDRESS_HEADER, SESSION_COOKIE, type Auth, type AuthSettings } from '../auth/auth.ts';
import { setActorOrganizations } from '../db/actor-scope.ts';
import type { Db } from '../db/database.ts';
import { deleteSession, deleteSessionsOf, listMemberships } from '../repositories/accounts.repository.ts';

export type SignedInActor = Actor & {
  name: string;
  email: string;
  language: string;
  twoFactorEnabled: boolean;
  sessionId: string;
  /** An operator admin without two-step verification may only set it up. */
  mustEnrollTwoFactor: boolean;
};

declare module 'fastify' {
  interface FastifyRequest {
    actor: SignedInActor | null;
  }
}

/** The request's headers for better-auth, with the client address we computed and no proxy header. */
export function authHeaders(request: FastifyRequest): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined || name === 'x-forwarded-for' || name === CLIENT_ADDRESS_HEADER) continue;
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  headers.set(CLIENT_ADDRESS_HEADER, request.ip);
  return headers;
}

/** Copies better-auth's Set-Cookie headers (new, refreshed or expired cookies) onto our reply. */
export function forwardCookies(reply: FastifyReply, headers: Headers | null | undefined): void {
  const cookies = headers?.getSetCookie() ?? [];
  if (cookies.length === 0) return;
  const existing = reply.getHeader('set-cookie');
  const before = existing === undefined ? [] : Array.isArray(existing) ? existing.map(String) : [String(existing)];
  void reply.header('set-cookie', [...before, ...cookies]);
}

export const expiredSessionCookie = `${SESSION_COOKIE}=; Max-Age=0; Path=/; HttpOnly; Secure; SameSite=Lax`;

export function registerAuthentication(app: FastifyInstance, auth: Auth, db: Db, settings: Pick<AuthSettings, 'absoluteTimeoutSeconds'>): void {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/') || !(request.headers.cookie ?? '').includes(SESSION_COOKIE)) return;
    // The session store is the database: when it cannot answer, nobody can be told who they are
    // now, which is "try again shortly" (503), not an unexpected failure.
    const { headers, response } = await auth.api.getSession({ headers: authHeaders(request), returnHeaders: true }).catch((error: unknown) => {
      const e = error as Error & { code?: string };
      request.log.error({ err: { type: e.name, code: e.code, message: e.message } }, 'session lookup failed');
      throw new AppError('service.unavailable');
    });
    forwardCookies(reply, headers);
    if (!response) return;
    const { session, user } = response;
    if (Date.now() - new Date(session.createdAt).getTime() > settings.absoluteTimeoutSeconds * 1000) {
      await deleteSession(db, session.id);
      void reply.header('set-cookie', expiredSessionCookie);
      return;
    }
    // better-auth has just read the person's row (with our fields): only the memberships are left.
    const person = { ...(user as typeof user & { language: string; disabledAt: Date | null; twoFactorEnabled: boolean | null }), memberships: await listMemberships(db, user.id) };
    if (person.disabledAt) {
      await deleteSessionsOf(db, user.id);
      void reply.header('set-cookie', expiredSessionCookie);
      return;
    }
    request.actor = {
      userId: person.id,
      memberships: person.memberships,
      name: person.name,
      email: person.email,
      language: person.language,
      twoFactorEnabled: person.twoFactorEnabled === true,
      sessionId: session.id,
      mustEnrollTwoFactor: !person.twoFactorEnabled && person.memberships.some((m) => m.role === 'operator_admin'),
    };
    setActorOrganizations(person.memberships.map((m) => m.organizationId));
  });
}

