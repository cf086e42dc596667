import type { FastifyRequest } from 'fastify';
import type { RequestContext } from '../../domain/audit/audit-event.ts';

/** Who asks and from where, for the policy and the audit trail. The address is the socket's unless a proxy is configured. */
export function contextOf(request: FastifyRequest): RequestContext {
  return { actor: request.actor, actorUserId: request.actor?.userId ?? null, clientAddress: request.ip ?? null, requestId: request.id };
}
