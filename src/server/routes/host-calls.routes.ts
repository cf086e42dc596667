// The call for host companies (issue 4 item 1, API only). The program's operators open and edit
// its one call, score and decide on applications; host-company members list open calls, apply
// and edit their own application until the deadline; nobody else sees any of it.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  hostApplicationInput,
  hostApplicationList,
  hostApplicationPatch,
  hostApplicationView,
  hostCallInput,
  hostCallList,
  hostCallPatch,
  hostCallView,
  hostDecisionInput,
  hostScoresInput,
} from '../../contracts/host-calls.ts';
import { errorBody, uuidParam } from '../../contracts/common.ts';
import { listExportSchema, sendList } from '../exports/table-route.ts';
import { contextOf } from '../http/request-context.ts';

const tags = ['host calls'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

export const hostCallsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { hostCalls } = app.services;

  app.post(
    '/programs/:id/host-call',
    { config: { access: { kind: 'program', action: 'update' } }, schema: { tags, params: uuidParam, body: hostCallInput, response: { 201: hostCallView, ...errors } } },
    async (request, reply) => reply.status(201).send(await hostCalls.create(contextOf(request), request.params.id, request.body)),
  );
  // Operators: their programs' calls; host-company members: every open call (no invitation list yet).
  app.get('/host-calls', { config: { access: { kind: 'scopedList' } }, schema: { tags, response: { 200: hostCallList, ...errors } } }, (request) => hostCalls.list(contextOf(request)));
  app.get('/host-calls/export', { config: { access: { kind: 'scopedList' } }, schema: { tags, ...listExportSchema() } }, (request, reply) =>
    sendList(request, reply, (language) => app.services.peopleExports.hostCalls(contextOf(request), language)),
  );
  app.get('/host-calls/:id', { config: { access: { kind: 'hostCall', action: 'read' } }, schema: { tags, params: uuidParam, response: { 200: hostCallView, ...errors } } }, (request) =>
    hostCalls.get(request.params.id),
  );
  app.patch(
    '/host-calls/:id',
    { config: { access: { kind: 'hostCall', action: 'update' } }, schema: { tags, params: uuidParam, body: hostCallPatch, response: { 200: hostCallView, ...errors } } },
    (request) => hostCalls.update(contextOf(request), request.params.id, request.body),
  );
  app.post(
    '/host-calls/:id/applications',
    { config: { access: { kind: 'hostCall', action: 'create' } }, schema: { tags, params: uuidParam, body: hostApplicationInput, response: { 201: hostApplicationView, ...errors } } },
    async (request, reply) => reply.status(201).send(await hostCalls.apply(contextOf(request), request.params.id, request.body)),
  );
  app.get(
    '/host-calls/:id/applications',
    { config: { access: { kind: 'hostCall', action: 'read' } }, schema: { tags, params: uuidParam, response: { 200: hostApplicationList, ...errors } } },
    (request) => hostCalls.listApplications(contextOf(request), request.params.id),
  );
  app.get(
    '/host-calls/:id/applications/export',
    { config: { access: { kind: 'hostCall', action: 'read' } }, schema: { tags, params: uuidParam, ...listExportSchema() } },
    (request, reply) => sendList(request, reply, (language) => app.services.peopleExports.hostApplications(contextOf(request), request.params.id, language)),
  );
  app.get(
    '/host-applications/:id',
    { config: { access: { kind: 'hostApplication', action: 'read' } }, schema: { tags, params: uuidParam, response: { 200: hostApplicationView, ...errors } } },
    (request) => hostCalls.getApplication(contextOf(request), request.params.id),
  );
  app.patch(
    '/host-applications/:id',
    { config: { access: { kind: 'hostApplication', action: 'update' } }, schema: { tags, params: uuidParam, body: hostApplicationPatch, response: { 200: hostApplicationView, ...errors } } },
    (request) => hostCalls.updateApplication(contextOf(request), request.params.id, request.body),
  );
  app.put(
    '/host-applications/:id/scores',
    { config: { access: { kind: 'hostApplication', action: 'select' } }, schema: { tags, params: uuidParam, body: hostScoresInput, response: { 200: hostApplicationView, ...errors } } },
    (request) => hostCalls.score(contextOf(request), request.params.id, request.body),
  );
  app.post(
    '/host-applications/:id/decision',
    { config: { access: { kind: 'hostApplication', action: 'select' } }, schema: { tags, params: uuidParam, body: hostDecisionInput, response: { 200: hostApplicationView, ...errors } } },
    (request) => hostCalls.decide(contextOf(request), request.params.id, request.body),
  );
};
