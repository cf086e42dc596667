// Arrival and daily life, and after hiring (issue 7 items 5 and 6): each intern's checklist,
// and a hiring company's requests for the housing partner's flats with the partner's answers.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBody, uuidParam, version } from '../../contracts/common.ts';
import { arrivalList, housingRequestAnswer, housingRequestInput, housingRequestList, housingRequestView, taskInput, taskPatch, taskView } from '../../contracts/housing.ts';
import { listExportSchema, sendList } from '../exports/table-route.ts';
import { contextOf } from '../http/request-context.ts';

const tags = ['housing'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };
const programReader = { access: { kind: 'program', action: 'readPublic' } } as const;
const operators = { access: { kind: 'programHousing', action: 'update' } } as const;

export const arrivalsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { arrivals, housingRequests, hiringHousingExports: exports } = app.services;

  // Each intern's list for whoever may see it (the service narrows: operators all, the intern, their company and college their own).
  app.get('/programs/:id/arrivals', { config: programReader, schema: { tags, params: uuidParam, response: { 200: arrivalList, ...errors } } }, (request) => arrivals.list(request.actor!, request.params.id));
  app.get('/programs/:id/arrivals/export', { config: programReader, schema: { tags, params: uuidParam, ...listExportSchema() } }, (request, reply) =>
    sendList(request, reply, (language) => exports.arrivals(request.actor!, request.params.id, language)),
  );
  app.post('/programs/:id/arrivals/checklists', { config: operators, schema: { tags, params: uuidParam, response: { 200: arrivalList, ...errors } } }, async (request) => {
    await arrivals.seed(contextOf(request), request.params.id);
    return arrivals.list(request.actor!, request.params.id);
  });
  app.post('/programs/:id/arrivals/:applicationId/tasks', { config: operators, schema: { tags, params: z.object({ id: z.uuid(), applicationId: z.uuid() }), body: taskInput, response: { 201: arrivalList, ...errors } } }, async (request, reply) => {
    await arrivals.addTask(contextOf(request), request.params.id, request.params.applicationId, request.body);
    return reply.status(201).send(await arrivals.list(request.actor!, request.params.id));
  });
  app.patch('/arrival-tasks/:id', { config: { access: { kind: 'arrivalTask', action: 'update' } }, schema: { tags, params: uuidParam, body: taskPatch, response: { 200: taskView, ...errors } } }, (request) =>
    arrivals.updateTask(contextOf(request), request.params.id, request.body),
  );

  // Who may ask for whom is the service's check (the hiring company for its hire, or the operators).
  app.get('/programs/:id/housing-requests', { config: programReader, schema: { tags, params: uuidParam, response: { 200: housingRequestList, ...errors } } }, (request) => housingRequests.list(request.actor!, request.params.id));
  app.get('/programs/:id/housing-requests/export', { config: programReader, schema: { tags, params: uuidParam, ...listExportSchema() } }, (request, reply) =>
    sendList(request, reply, (language) => exports.housingRequests(request.actor!, request.params.id, language)),
  );
  app.post('/programs/:id/housing-requests', { config: programReader, schema: { tags, params: uuidParam, body: housingRequestInput, response: { 201: housingRequestView, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await housingRequests.create(contextOf(request), request.params.id, request.body)),
  );
  app.post('/housing-requests/:id/answer', { config: { access: { kind: 'housingRequest', action: 'update' } }, schema: { tags, params: uuidParam, body: housingRequestAnswer, response: { 200: housingRequestView, ...errors } } }, (request) =>
    housingRequests.answer(contextOf(request), request.params.id, request.body),
  );
  app.post('/housing-requests/:id/withdraw', { config: { access: { kind: 'housingRequest', action: 'archive' } }, schema: { tags, params: uuidParam, body: z.object({ version }).strict(), response: { 200: housingRequestView, ...errors } } }, (request) =>
    housingRequests.withdraw(contextOf(request), request.params.id, request.body.version),
  );
};
