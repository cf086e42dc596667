// CSRF: a state-changing request that carries a cookie must come from our own pages. Browsers
// say where a request comes from (Sec-Fetch-Site, Origin); a request from another site is
// refused before it reaches a route. Requests without cookies (scripts, the CLI, tests) cannot
// ride on a victim's session and pass. OWASP's "verifying origin with standard headers".
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../domain/errors/app-error.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isCrossSiteWrite(request: FastifyRequest): boolean {
  if (SAFE_METHODS.has(request.method) || !request.headers.cookie) return false;
  const fetchSite = request.headers['sec-fetch-site'];
  if (fetchSite) return fetchSite !== 'same-origin';
  const origin = request.headers.origin;
  if (!origin) return true; // a cookie-bearing write that will not say where it comes from
  try {
    return new URL(origin).host !== request.headers.host;
  } catch {
    return true;
  }
}

export function registerCsrfGuard(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (isCrossSiteWrite(request)) throw new AppError('request.crossSite');
  });
}
