// Searching the audit trail: operator administrators, scoped to their operator by the service.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditEventPage, auditEventQuery } from '../../contracts/audit-events.ts';
import { errorBody } from '../../contracts/common.ts';
import { contextOf } from '../http/request-context.ts';

export const auditEventsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/audit-events',
    { config: { access: { kind: 'operatorAdmin' } }, schema: { tags: ['audit'], querystring: auditEventQuery, response: { 200: auditEventPage, 400: errorBody, 401: errorBody, 403: errorBody } } },
    (request) => app.services.auditLog.search(contextOf(request), request.query),
  );
};
