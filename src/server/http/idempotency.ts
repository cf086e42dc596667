// Idempotency-Key on writes (issue 10): a client that did not hear the answer to a write (a
// dropped connection, a timeout) sends it again with the same key and gets the first answer
// back instead of a second effect — one offer accepted, one booking, one mail. The key is
// claimed after validation and access checks (a refused request claims nothing) and before the
// handler, in its own statement, so two concurrent sends of one key cannot both run: the second
// is told the first is still running (409, Retry-After). A 5xx frees the key for a retry; any
// other answer is kept for 24 hours. The same key on another request is refused (422).
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../domain/errors/app-error.ts';
import type { Db } from '../db/database.ts';
import { claimKey, releaseKey, storeAnswer } from '../repositories/idempotency.repository.ts';

const HEADER = 'idempotency-key';
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const LIFETIME_HOURS = 24;
/** Printable ASCII, as a UUID or any client-made token is. */
const KEY = /^[\x21-\x7e]{1,200}$/;

declare module 'fastify' {
  interface FastifyRequest {
    idempotency: { userId: string; key: string; settled: boolean } | null;
  }
}

export function registerIdempotency(app: FastifyInstance, db: Db): void {
  app.decorateRequest('idempotency', null);
  app.addHook('preHandler', async (request, reply) => {
    const key = request.headers[HEADER];
    if (key === undefined || !WRITES.has(request.method) || !request.actor) return;
    if (typeof key !== 'string' || !KEY.test(key)) throw new AppError('idempotency.keyInvalid');
    const requestHash = fingerprint(request);
    const claim = await claimKey(db, request.actor.userId, key, requestHash, LIFETIME_HOURS);
    if (claim.claimed) {
      request.idempotency = { userId: request.actor.userId, key, settled: false };
      return;
    }
    const { existing } = claim;
    if (existing.requestHash !== requestHash) throw new AppError('idempotency.keyReused');
    if (existing.status === null) {
      void reply.header('retry-after', '1');
      throw new AppError('idempotency.inProgress');
    }
    return replay(reply, existing.status, existing.contentType, existing.body ?? '');
  });
  app.addHook('onSend', async (request, reply, payload) => {
    const claim = request.idempotency;
    if (!claim || claim.settled) return payload;
    claim.settled = true;
    if (reply.statusCode >= 500 || (typeof payload !== 'string' && !Buffer.isBuffer(payload))) await releaseKey(db, claim.userId, claim.key);
    else await storeAnswer(db, claim.userId, claim.key, { status: reply.statusCode, contentType: String(reply.getHeader('content-type') ?? '') || null, body: payload.toString() });
    return payload;
  });
  // Neither answered nor stored (the client went away first): free the key.
  app.addHook('onResponse', async (request) => {
    const claim = request.idempotency;
    if (claim && !claim.settled) await releaseKey(db, claim.userId, claim.key);
  });
}

function replay(reply: FastifyReply, status: number, contentType: string | null, body: string) {
  void reply.status(status).header('idempotent-replayed', 'true');
  if (contentType) void reply.header('content-type', contentType);
  return reply.send(body);
}

/** The request a key was first used for: method, URL and body. */
function fingerprint(request: FastifyRequest): string {
  const body = Buffer.isBuffer(request.body) ? request.body.toString('base64') : JSON.stringify(request.body ?? null);
  return createHash('sha256').update(`${request.method} ${request.url}\n${body}`).digest('hex');
}
