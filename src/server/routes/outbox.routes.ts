// The in-app outbox: operator administrators, scoped to their operator by the service.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBody } from '../../contracts/common.ts';
import { outboxPage, outboxQuery } from '../../contracts/outbox.ts';
import { contextOf } from '../http/request-context.ts';

export const outboxRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/outbox',
    { config: { access: { kind: 'operatorAdmin' } }, schema: { tags: ['outbox'], querystring: outboxQuery, response: { 200: outboxPage, 400: errorBody, 401: errorBody, 403: errorBody } } },
    (request) => app.services.outbox.list(contextOf(request), request.query),
  );
};
