// Hiring and after (issue 8 items 3, 4, 6): the board of applications to companies and offers,
// and each hire's page (residence paperwork, retention, check-ins). A handler calls one service
// method; access is config.access (route-access.ts); lists are scoped by the service.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBody, uuidParam } from '../../contracts/common.ts';
import {
  checkInInput,
  checkInParams,
  employmentList,
  employmentView,
  hiringApplicationInput,
  hiringApplicationPatch,
  hiringApplicationView,
  hiringBoard,
  offerAnswer,
  offerInput,
  offerWithdrawal,
  readinessInput,
  readinessList,
  readinessParams,
  residencePatch,
  retentionPatch,
  stepInput,
  stepParams,
} from '../../contracts/hiring.ts';
import { listExportSchema, sendList } from '../exports/table-route.ts';
import { contextOf } from '../http/request-context.ts';

const tags = ['hiring'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };
const programReader = { access: { kind: 'program', action: 'readPublic' } } as const;
const application = (action: 'read' | 'update' | 'create') => ({ access: { kind: 'hiringApplication', record: 'application', action } }) as const;
const offer = (action: 'update' | 'create') => ({ access: { kind: 'hiringApplication', record: 'offer', action } }) as const;
const employment = (action: 'read' | 'update' | 'create') => ({ access: { kind: 'employment', action } }) as const;

export const hiringRoutes: FastifyPluginAsyncZod = async (app) => {
  const { hiring, employments, readiness, hiringHousingExports: exports } = app.services;

  app.get('/programs/:id/hiring', { config: programReader, schema: { tags, params: uuidParam, response: { 200: hiringBoard, ...errors } } }, (request) => hiring.board(request.actor!, request.params.id));
  app.get('/programs/:id/hiring/export', { config: programReader, schema: { tags, params: uuidParam, ...listExportSchema() } }, (request, reply) =>
    sendList(request, reply, (language) => exports.hiring(request.actor!, request.params.id, language)),
  );
  // Who may apply for whom is the service's check: the intern themself, or the operators.
  app.post('/programs/:id/hiring-applications', { config: programReader, schema: { tags, params: uuidParam, body: hiringApplicationInput, response: { 201: hiringApplicationView, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await hiring.apply(contextOf(request), request.actor!, request.params.id, request.body)),
  );
  app.patch('/hiring-applications/:id', { config: application('update'), schema: { tags, params: uuidParam, body: hiringApplicationPatch, response: { 200: hiringApplicationView, ...errors } } }, (request) =>
    hiring.update(contextOf(request), request.params.id, request.body),
  );
  app.post('/hiring-applications/:id/offers', { config: application('update'), schema: { tags, params: uuidParam, body: offerInput, response: { 201: hiringApplicationView, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await hiring.offer(contextOf(request), request.params.id, request.body)),
  );
  app.post('/job-offers/:id/answer', { config: offer('create'), schema: { tags, params: uuidParam, body: offerAnswer, response: { 200: hiringApplicationView, ...errors } } }, (request) =>
    hiring.answer(contextOf(request), request.params.id, request.body),
  );
  app.post('/job-offers/:id/withdraw', { config: offer('update'), schema: { tags, params: uuidParam, body: offerWithdrawal, response: { 200: hiringApplicationView, ...errors } } }, (request) =>
    hiring.withdraw(contextOf(request), request.params.id, request.body),
  );

  app.get('/programs/:id/employments', { config: programReader, schema: { tags, params: uuidParam, response: { 200: employmentList, ...errors } } }, (request) => employments.list(request.actor!, request.params.id));
  app.get('/programs/:id/employments/export', { config: programReader, schema: { tags, params: uuidParam, ...listExportSchema() } }, (request, reply) =>
    sendList(request, reply, (language) => exports.employments(request.actor!, request.params.id, language)),
  );
  app.get('/employments/:id', { config: employment('read'), schema: { tags, params: uuidParam, response: { 200: employmentView, ...errors } } }, (request) => employments.get(request.actor!, request.params.id));
  app.patch('/employments/:id/residence', { config: employment('update'), schema: { tags, params: uuidParam, body: residencePatch, response: { 200: employmentView, ...errors } } }, (request) =>
    employments.updateResidence(contextOf(request), request.actor!, request.params.id, request.body),
  );
  app.put('/employments/:id/residence/steps/:kind', { config: employment('read'), schema: { tags, params: stepParams, body: stepInput, response: { 200: employmentView, ...errors } } }, (request) =>
    employments.setStep(contextOf(request), request.actor!, request.params.id, request.params.kind, request.body),
  );
  app.patch('/employments/:id/retention', { config: employment('update'), schema: { tags, params: uuidParam, body: retentionPatch, response: { 200: employmentView, ...errors } } }, (request) =>
    employments.setRetention(contextOf(request), request.actor!, request.params.id, request.body),
  );
  app.put('/employments/:id/check-ins/:month', { config: employment('create'), schema: { tags, params: checkInParams, body: checkInInput, response: { 200: employmentView, ...errors } } }, (request) =>
    employments.answerCheckIn(contextOf(request), request.actor!, request.params.id, request.params.month, request.body),
  );

  // Company readiness: the service scopes (operators every company, a company its own).
  app.get('/programs/:id/readiness', { config: programReader, schema: { tags, params: uuidParam, response: { 200: readinessList, ...errors } } }, (request) => readiness.list(request.actor!, request.params.id));
  app.get('/programs/:id/readiness/export', { config: programReader, schema: { tags, params: uuidParam, ...listExportSchema() } }, (request, reply) =>
    sendList(request, reply, (language) => exports.readiness(request.actor!, request.params.id, language)),
  );
  app.put('/programs/:id/readiness/:companyId', { config: programReader, schema: { tags, params: readinessParams, body: readinessInput, response: { 200: readinessList, ...errors } } }, (request) =>
    readiness.record(contextOf(request), request.actor!, request.params.id, request.params.companyId, request.body),
  );
};
