// A person's identity documents: the masked view, the deliberate reveal of one field (a POST,
// so the value is never in a URL or a cache, and always audited) and the encrypted update.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBody } from '../../contracts/common.ts';
import { identityPatch, identityView, revealInput, revealed } from '../../contracts/identity.ts';
import { userIdParam } from '../../contracts/members.ts';
import { contextOf } from '../http/request-context.ts';

const tags = ['identity'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

export const identityRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = app.services.identity;

  app.get('/members/:userId/identity', { config: { access: { kind: 'identity', action: 'read' } }, schema: { tags, params: userIdParam, response: { 200: identityView, ...errors } } }, (request) =>
    service.view(request.params.userId),
  );

  app.post(
    '/members/:userId/identity/reveal',
    { config: { access: { kind: 'identity', action: 'read', auditRefusal: true } }, schema: { tags, params: userIdParam, body: revealInput, response: { 200: revealed, ...errors } } },
    (request) => service.reveal(contextOf(request), request.params.userId, request.body.field),
  );

  app.put('/members/:userId/identity', { config: { access: { kind: 'identity', action: 'update' } }, schema: { tags, params: userIdParam, body: identityPatch, response: { 200: identityView, ...errors } } }, (request) =>
    service.update(contextOf(request), request.params.userId, request.body),
  );
};
