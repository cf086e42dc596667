// Load shedding (issue 10): past what the process can answer in time, a request is refused at
// once with 503 and Retry-After instead of queueing until every request is late. Overload is
// read every 100 ms from two signs — the event loop running late (the check's own timer) while
// many requests are in flight, and requests queueing for a database connection — and only when
// it lasts (several checks in a row): one slow PDF, a burst, or a machine that starves the
// process of CPU while it serves a few people must not turn anyone away. @fastify/under-pressure refuses the
// requests; the probes stay answered, since /readyz tells "down" from "busy" by itself.
import fastifyUnderPressure from '@fastify/under-pressure';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../domain/errors/app-error.ts';
import { errorBodyOf } from './error-handler.ts';

export const RETRY_AFTER_SECONDS = 5;
const CHECK_EVERY_MS = 100;
const PROBES = new Set(['/healthz', '/readyz']);

export type LoadLimits = {
  /** How late (ms) the 100 ms check may run before the event loop counts as overloaded… */
  maxEventLoopLagMs: number;
  /** …when at least this many requests are in flight (a late loop with few requests is a starved machine, not too many requests). */
  minInFlight: number;
  /** Requests waiting for a database connection, per connection of the pool, before the database counts as overloaded. */
  maxWaitingPerConnection: number;
  /** Consecutive overloaded checks before requests are refused. */
  sustainedChecks: number;
};

export const DEFAULT_LOAD_LIMITS: LoadLimits = { maxEventLoopLagMs: 150, minInFlight: 16, maxWaitingPerConnection: 4, sustainedChecks: 3 };

/** Counts consecutive overloaded readings; healthy again at the first normal one. */
export function overloadJudge(limits: LoadLimits) {
  let strikes = 0;
  return (reading: { lagMs: number; inFlight: number; waiting: number; poolSize: number }): boolean => {
    const loopOverloaded = reading.lagMs > limits.maxEventLoopLagMs && reading.inFlight >= limits.minInFlight;
    const overloaded = loopOverloaded || reading.waiting > reading.poolSize * limits.maxWaitingPerConnection;
    strikes = overloaded ? strikes + 1 : 0;
    return strikes < limits.sustainedChecks;
  };
}

/** What is read of the database pool: its size and how many requests wait for a connection. */
type PoolGauge = { readonly waitingCount: number; readonly options: { max?: number } };

export async function registerLoadShedding(app: FastifyInstance, pool: PoolGauge, limits: LoadLimits = DEFAULT_LOAD_LIMITS): Promise<void> {
  const poolSize = pool.options.max ?? 10;
  const healthy = overloadJudge(limits);
  let last = performance.now();
  let inFlight = 0;
  // Counted down when the answer is sent or the client gave up, once (an injected request, as
  // tests send, never emits 'close' on its raw request, so that event cannot be the signal).
  const counted = new WeakSet<FastifyRequest>();
  const done = async (request: FastifyRequest) => {
    if (counted.delete(request)) inFlight -= 1;
  };
  app.addHook('onRequest', async (request) => {
    inFlight += 1;
    counted.add(request);
  });
  app.addHook('onResponse', done);
  app.addHook('onRequestAbort', done);
  await app.register(fastifyUnderPressure, {
    healthCheck: async () => {
      const now = performance.now();
      const lagMs = Math.max(0, now - last - CHECK_EVERY_MS);
      last = now;
      return healthy({ lagMs, inFlight, waiting: pool.waitingCount, poolSize });
    },
    healthCheckInterval: CHECK_EVERY_MS,
    // The plugin sends what the handler returns and lets the request through on undefined; its
    // types only allow void.
    pressureHandler: shed as never,
  });
}

function shed(request: FastifyRequest, reply: FastifyReply) {
  if (PROBES.has(request.url)) return undefined;
  void reply.status(503).header('retry-after', String(RETRY_AFTER_SECONDS));
  return errorBodyOf(new AppError('service.unavailable'), request.language);
}
