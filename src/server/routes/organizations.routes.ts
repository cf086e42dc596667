import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBody, uuidParam } from '../../contracts/common.ts';
import { tableExportQuery } from '../../contracts/table-export.ts';
import { listExportSchema, sendList } from '../exports/table-route.ts';
import { contextOf } from '../http/request-context.ts';
import {
  organization,
  organizationInput,
  organizationListQuery,
  organizationPage,
  organizationPatch,
  versionBody,
} from '../../contracts/organizations.ts';

const tags = ['organizations'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

export const organizationsRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = app.services.organizations;

  app.get('/organizations', { config: { access: { kind: 'scopedList' } }, schema: { tags, querystring: organizationListQuery, response: { 200: organizationPage, 400: errorBody, 401: errorBody, 403: errorBody } } }, (request) =>
    service.list(contextOf(request), request.query),
  );

  // The list as a file: the same filters, every page.
  app.get('/organizations/export', { config: { access: { kind: 'scopedList' } }, schema: { tags, ...listExportSchema(tableExportQuery.extend(organizationListQuery.omit({ page: true, pageSize: true }).shape)) } }, (request, reply) => {
    const { format: _format, language: _language, ...filters } = request.query;
    return sendList(request, reply, (language) => app.services.peopleExports.organizations(contextOf(request), filters, language));
  });

  app.post('/organizations', { config: { access: { kind: 'newOrganization' } }, schema: { tags, body: organizationInput, response: { 201: organization, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await service.create(contextOf(request), request.body)),
  );

  app.get('/organizations/:id', { config: { access: { kind: 'organization', action: 'read' } }, schema: { tags, params: uuidParam, response: { 200: organization, ...errors } } }, (request) =>
    service.get(request.params.id),
  );

  app.patch('/organizations/:id', { config: { access: { kind: 'organization', action: 'update' } }, schema: { tags, params: uuidParam, body: organizationPatch, response: { 200: organization, ...errors } } }, (request) =>
    service.update(contextOf(request), request.params.id, request.body),
  );

  app.post('/organizations/:id/archive', { config: { access: { kind: 'organization', action: 'archive' } }, schema: { tags, params: uuidParam, body: versionBody, response: { 200: organization, ...errors } } }, (request) =>
    service.setArchived(contextOf(request), request.params.id, request.body.version, true),
  );

  app.post('/organizations/:id/restore', { config: { access: { kind: 'organization', action: 'archive' } }, schema: { tags, params: uuidParam, body: versionBody, response: { 200: organization, ...errors } } }, (request) =>
    service.setArchived(contextOf(request), request.params.id, request.body.version, false),
  );
};
