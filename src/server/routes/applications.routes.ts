// Consent and student applications (issue 4 items 2 and 3, API only): a student of a sending
// college gives or withdraws consent and applies; applications are listed and read as the
// access policy scopes them; their status moves through the pipeline one transition at a time.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { applicationDetail, applicationExportQuery, applicationInput, applicationList, bulkTransitionInput, bulkTransitionResult, consentInput, consentView, transitionInput } from '../../contracts/applications.ts';
import { errorBody, uuidParam } from '../../contracts/common.ts';
import { listExportSchema, sendList } from '../exports/table-route.ts';
import { contextOf } from '../http/request-context.ts';

const tags = ['applications'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };
const student = { access: { kind: 'programStudent' } } as const;

export const applicationsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { consents, applications, listExports } = app.services;

  app.post('/programs/:id/consent', { config: student, schema: { tags, params: uuidParam, body: consentInput, response: { 201: consentView, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await consents.give(contextOf(request), request.params.id, request.body)),
  );
  app.post('/programs/:id/consent/withdraw', { config: student, schema: { tags, params: uuidParam, response: { 200: consentView, ...errors } } }, (request) =>
    consents.withdraw(contextOf(request), request.params.id),
  );
  app.get('/programs/:id/consent', { config: student, schema: { tags, params: uuidParam, response: { 200: consentView, ...errors } } }, (request) => consents.own(contextOf(request), request.params.id));

  app.post('/programs/:id/applications', { config: student, schema: { tags, params: uuidParam, body: applicationInput, response: { 201: applicationDetail, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await applications.apply(contextOf(request), request.params.id, request.body)),
  );
  app.get(
    '/programs/:id/applications',
    { config: { access: { kind: 'program', action: 'readPublic' } }, schema: { tags, params: uuidParam, response: { 200: applicationList, ...errors } } },
    (request) => applications.list(contextOf(request), request.params.id),
  );
  app.get('/programs/:id/applications/export', { config: { access: { kind: 'program', action: 'readPublic' } }, schema: { tags, params: uuidParam, ...listExportSchema(applicationExportQuery) } }, (request, reply) =>
    sendList(request, reply, (language) => listExports.applications(contextOf(request), request.params.id, request.query, language)),
  );
  app.get('/applications/:id', { config: { access: { kind: 'application', action: 'read' } }, schema: { tags, params: uuidParam, response: { 200: applicationDetail, ...errors } } }, (request) =>
    applications.get(request.params.id),
  );
  app.post(
    '/applications/:id/transitions',
    { config: { access: { kind: 'application', action: 'update' } }, schema: { tags, params: uuidParam, body: transitionInput, response: { 200: applicationDetail, ...errors } } },
    (request) => applications.transition(contextOf(request), request.params.id, request.body),
  );
  // The screening board's bulk move (operators): all or nothing.
  app.post(
    '/programs/:id/applications/transitions',
    { config: { access: { kind: 'program', action: 'update' } }, schema: { tags, params: uuidParam, body: bulkTransitionInput, response: { 200: bulkTransitionResult, ...errors } } },
    (request) => applications.bulkTransition(contextOf(request), request.params.id, request.body),
  );
};
