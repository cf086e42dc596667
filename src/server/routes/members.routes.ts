// The people of the organizations an admin or coordinator looks after; switching them off and on.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBody } from '../../contracts/common.ts';
import { memberListQuery, memberPage, personStatus, userIdParam } from '../../contracts/members.ts';
import { contextOf } from '../http/request-context.ts';

const tags = ['members'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody };
const manage = { access: { kind: 'person', action: 'update' } } as const;

export const membersRoutes: FastifyPluginAsyncZod = async (app) => {
  const members = app.services.members;

  app.get('/members', { config: { access: { kind: 'scopedList' } }, schema: { tags, querystring: memberListQuery, response: { 200: memberPage, ...errors } } }, (request) =>
    members.list(contextOf(request), request.query),
  );

  app.post('/members/:userId/deactivate', { config: manage, schema: { tags, params: userIdParam, response: { 200: personStatus, ...errors } } }, (request) =>
    members.setActive(contextOf(request), request.params.userId, false),
  );

  app.post('/members/:userId/reactivate', { config: manage, schema: { tags, params: userIdParam, response: { 200: personStatus, ...errors } } }, (request) =>
    members.setActive(contextOf(request), request.params.userId, true),
  );
};
