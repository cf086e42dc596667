// Every request runs in its own database scope (db/actor-scope.ts): empty at first, the
// signed-in person's organizations once authentication knows them. Reading the body happens
// in the socket's async context, not the request's, so the scope is entered again before
// validation, as @fastify/request-context does.
import { AsyncResource } from 'node:async_hooks';
import type { FastifyInstance } from 'fastify';
import { runInRequestScope } from '../db/actor-scope.ts';

declare module 'fastify' {
  interface FastifyRequest {
    scopeResource: AsyncResource | null;
  }
}

export function registerRequestScope(app: FastifyInstance): void {
  app.decorateRequest('scopeResource', null);
  app.addHook('onRequest', (request, _reply, done) => {
    runInRequestScope(() => {
      request.scopeResource = new AsyncResource('kakehashi-request-scope');
      done();
    });
  });
  app.addHook('preValidation', (request, _reply, done) => {
    if (request.scopeResource) request.scopeResource.runInAsyncScope(done);
    else done();
  });
}
