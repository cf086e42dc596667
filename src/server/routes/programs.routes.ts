import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBody, uuidParam } from '../../contracts/common.ts';
import { tableExportQuery } from '../../contracts/table-export.ts';
import { listExportSchema, sendList } from '../exports/table-route.ts';
import { contextOf } from '../http/request-context.ts';
import { versionBody } from '../../contracts/organizations.ts';
import {
  childParams,
  cohortInput,
  cohortPatch,
  participationInput,
  phaseInput,
  phasePatch,
  programDetail,
  programInput,
  programListQuery,
  programPage,
  programPatch,
  versionQuery,
} from '../../contracts/programs.ts';

const tags = ['programs'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };
const detail = { 200: programDetail, ...errors };
const update = { kind: 'program', action: 'update' } as const;

export const programsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { programs, phases, cohorts, participations, listExports } = app.services;

  app.get('/programs', { config: { access: { kind: 'scopedList' } }, schema: { tags, querystring: programListQuery, response: { 200: programPage, 400: errorBody, 401: errorBody, 403: errorBody } } }, (request) =>
    programs.list(contextOf(request), request.query),
  );
  // The list as a file: the same filters, every page.
  app.get('/programs/export', { config: { access: { kind: 'scopedList' } }, schema: { tags, ...listExportSchema(tableExportQuery.extend(programListQuery.omit({ page: true, pageSize: true }).shape)) } }, (request, reply) => {
    const { format: _format, language: _language, ...filters } = request.query;
    return sendList(request, reply, (language) => listExports.programs(contextOf(request), filters, language));
  });
  app.post('/programs', { config: { access: { kind: 'newProgram' } }, schema: { tags, body: programInput, response: { 201: programDetail, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await programs.create(contextOf(request), request.body)),
  );
  app.get('/programs/:id', { config: { access: { kind: 'program', action: 'readPublic' } }, schema: { tags, params: uuidParam, response: detail } }, (request) => programs.get(request.params.id));
  app.patch('/programs/:id', { config: { access: { kind: 'program', action: 'update' } }, schema: { tags, params: uuidParam, body: programPatch, response: detail } }, (request) =>
    programs.update(contextOf(request), request.params.id, request.body),
  );
  app.post('/programs/:id/archive', { config: { access: { kind: 'program', action: 'archive' } }, schema: { tags, params: uuidParam, body: versionBody, response: detail } }, (request) =>
    programs.setArchived(contextOf(request), request.params.id, request.body.version, true),
  );
  app.post('/programs/:id/restore', { config: { access: { kind: 'program', action: 'archive' } }, schema: { tags, params: uuidParam, body: versionBody, response: detail } }, (request) =>
    programs.setArchived(contextOf(request), request.params.id, request.body.version, false),
  );

  app.post('/programs/:id/phases', { config: { access: update }, schema: { tags, params: uuidParam, body: phaseInput, response: { 201: programDetail, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await phases.add(contextOf(request), request.params.id, request.body)),
  );
  app.patch('/programs/:id/phases/:childId', { config: { access: update }, schema: { tags, params: childParams, body: phasePatch, response: detail } }, (request) =>
    phases.update(contextOf(request), request.params.id, request.params.childId, request.body),
  );
  app.delete('/programs/:id/phases/:childId', { config: { access: update }, schema: { tags, params: childParams, querystring: versionQuery, response: detail } }, (request) =>
    phases.remove(contextOf(request), request.params.id, request.params.childId, request.query.version),
  );

  app.post('/programs/:id/cohorts', { config: { access: update }, schema: { tags, params: uuidParam, body: cohortInput, response: { 201: programDetail, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await cohorts.add(contextOf(request), request.params.id, request.body)),
  );
  app.patch('/programs/:id/cohorts/:childId', { config: { access: update }, schema: { tags, params: childParams, body: cohortPatch, response: detail } }, (request) =>
    cohorts.update(contextOf(request), request.params.id, request.params.childId, request.body),
  );
  app.delete('/programs/:id/cohorts/:childId', { config: { access: update }, schema: { tags, params: childParams, querystring: versionQuery, response: detail } }, (request) =>
    cohorts.remove(contextOf(request), request.params.id, request.params.childId, request.query.version),
  );

  app.post('/programs/:id/participations', { config: { access: update }, schema: { tags, params: uuidParam, body: participationInput, response: { 201: programDetail, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await participations.add(contextOf(request), request.params.id, request.body.organizationId, request.body.role)),
  );
  app.delete('/programs/:id/participations/:childId', { config: { access: update }, schema: { tags, params: childParams, response: detail } }, (request) =>
    participations.remove(contextOf(request), request.params.id, request.params.childId),
  );
};
