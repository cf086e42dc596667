import type { FastifyRequest } from 'fastify';
import type { RequestContext } from '../../domain/audit/audit-event.ts';

/** Who asks and from where, for the audit trail. The address is the socket's: no proxy header is trusted. */
export function contextOf(request: FastifyRequest): RequestContext {
  return { actorUserId: null, clientAddress: request.ip ?? null, requestId: request.id };
}
