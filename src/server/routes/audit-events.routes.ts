// Searching the audit trail: operator administrators, scoped to their operator by the service.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditEventPage, auditEventQuery } from '../../contracts/audit-events.ts';
import { errorBody } from '../../contracts/common.ts';
import { tableExportQuery } from '../../contracts/table-export.ts';
import { listExportSchema, sendList } from '../exports/table-route.ts';
import { contextOf } from '../http/request-context.ts';

export const auditEventsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/audit-events',
    { config: { access: { kind: 'operatorAdmin' } }, schema: { tags: ['audit'], querystring: auditEventQuery, response: { 200: auditEventPage, 400: errorBody, 401: errorBody, 403: errorBody } } },
    (request) => app.services.auditLog.search(contextOf(request), request.query),
  );

  // The trail as a file: the same filters, every page.
  app.get(
    '/audit-events/export',
    { config: { access: { kind: 'operatorAdmin' } }, schema: { tags: ['audit'], ...listExportSchema(tableExportQuery.extend(auditEventQuery.omit({ page: true, pageSize: true }).shape)) } },
    (request, reply) => {
      const { format: _format, language: _language, ...filters } = request.query;
      return sendList(request, reply, (language) => app.services.peopleExports.auditEvents(contextOf(request), filters, language));
    },
  );
};
