// The people of the organizations an admin or coordinator looks after; switching them off and on.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBody } from '../../contracts/common.ts';
import { memberListQuery, memberPage, personStatus, userIdParam } from '../../contracts/members.ts';
import { tableExportQuery } from '../../contracts/table-export.ts';
import { listExportSchema, sendList } from '../exports/table-route.ts';
import { contextOf } from '../http/request-context.ts';

const tags = ['members'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody };
const manage = { access: { kind: 'person', action: 'update' } } as const;

export const membersRoutes: FastifyPluginAsyncZod = async (app) => {
  const members = app.services.members;

  app.get('/members', { config: { access: { kind: 'scopedList' } }, schema: { tags, querystring: memberListQuery, response: { 200: memberPage, ...errors } } }, (request) =>
    members.list(contextOf(request), request.query),
  );

  // The list as a file: the same filters, every page.
  app.get('/members/export', { config: { access: { kind: 'scopedList' } }, schema: { tags, ...listExportSchema(tableExportQuery.extend(memberListQuery.omit({ page: true, pageSize: true }).shape)) } }, (request, reply) => {
    const { format: _format, language: _language, ...filters } = request.query;
    return sendList(request, reply, (language) => app.services.peopleExports.members(contextOf(request), filters, language));
  });

  app.post('/members/:userId/deactivate', { config: manage, schema: { tags, params: userIdParam, response: { 200: personStatus, ...errors } } }, (request) =>
    members.setActive(contextOf(request), request.params.userId, false),
  );

  app.post('/members/:userId/reactivate', { config: manage, schema: { tags, params: userIdParam, response: { 200: personStatus, ...errors } } }, (request) =>
    members.setActive(contextOf(request), request.params.userId, true),
  );
};
