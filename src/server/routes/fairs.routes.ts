// The interview fair (issue 5): set-up, interviews from request to evaluation, the scheduler's
// runs, manual moves, publication and each person's calendar.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBody, uuidParam, version } from '../../contracts/common.ts';
import {
  calendarQuery,
  decisionsInput,
  evaluationInput,
  fairCompaniesInput,
  fairInput,
  fairInterpretersInput,
  fairList,
  fairPatch,
  fairVersionInput,
  fairView,
  interviewList,
  interviewPatch,
  interviewRequestInput,
  interviewView,
  moveInput,
  unavailabilityInput,
} from '../../contracts/fairs.ts';
import { contextOf } from '../http/request-context.ts';
import { fairInterviewsExportQuery } from '../exports/fair-interviews-sheet.ts';
import { listExportSchema, sendList } from '../exports/table-route.ts';

const tags = ['interview fair'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };
const fair = (action: 'readPublic' | 'update' | 'create') => ({ access: { kind: 'fair', action } }) as const;
const interview = (action: 'read' | 'update' | 'archive') => ({ access: { kind: 'fairInterview', action } }) as const;

export const fairsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { fairs, fairInterviews, fairSchedule, programExports } = app.services;

  app.get('/programs/:id/fairs', { config: { access: { kind: 'program', action: 'readPublic' } }, schema: { tags, params: uuidParam, response: { 200: fairList, ...errors } } }, (request) =>
    fairs.list(request.actor!, request.params.id),
  );
  app.post('/programs/:id/fairs', { config: { access: { kind: 'program', action: 'update' } }, schema: { tags, params: uuidParam, body: fairInput, response: { 201: fairView, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await fairs.create(contextOf(request), request.params.id, request.body)),
  );
  app.get('/fairs/:id', { config: fair('readPublic'), schema: { tags, params: uuidParam, response: { 200: fairView, ...errors } } }, (request) => fairs.get(request.actor!, request.params.id));
  app.patch('/fairs/:id', { config: fair('update'), schema: { tags, params: uuidParam, body: fairPatch, response: { 200: fairView, ...errors } } }, (request) => fairs.update(contextOf(request), request.params.id, request.body));
  app.put('/fairs/:id/companies', { config: fair('update'), schema: { tags, params: uuidParam, body: fairCompaniesInput, response: { 200: fairView, ...errors } } }, (request) =>
    fairs.setCompanies(contextOf(request), request.params.id, request.body),
  );
  app.put('/fairs/:id/interpreters', { config: fair('update'), schema: { tags, params: uuidParam, body: fairInterpretersInput, response: { 200: fairView, ...errors } } }, (request) =>
    fairs.setInterpreters(contextOf(request), request.params.id, request.body),
  );
  // Which parties each person may speak for is the service's check (a company its own, a student theirs).
  app.put('/fairs/:id/unavailability', { config: fair('readPublic'), schema: { tags, params: uuidParam, body: unavailabilityInput, response: { 200: fairView, ...errors } } }, (request) =>
    fairs.setUnavailability(contextOf(request), request.params.id, request.body),
  );

  app.get('/fairs/:id/interviews', { config: fair('readPublic'), schema: { tags, params: uuidParam, response: { 200: interviewList, ...errors } } }, (request) => fairInterviews.list(request.actor!, request.params.id));
  app.get('/fairs/:id/interviews/export', { config: fair('readPublic'), schema: { tags, params: uuidParam, ...listExportSchema(fairInterviewsExportQuery) } }, (request, reply) => {
    const { format: _format, language: _language, ...filter } = request.query;
    return sendList(request, reply, (language) => programExports.fairInterviews(request.actor!, request.params.id, filter, language));
  });
  app.post('/fairs/:id/interviews', { config: fair('create'), schema: { tags, params: uuidParam, body: interviewRequestInput, response: { 201: interviewView, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await fairInterviews.request(contextOf(request), request.params.id, request.body)),
  );
  app.post('/fairs/:id/interviews/decisions', { config: fair('update'), schema: { tags, params: uuidParam, body: decisionsInput, response: { 200: interviewList, ...errors } } }, (request) =>
    fairInterviews.decide(contextOf(request), request.params.id, request.body),
  );
  app.get('/fair-interviews/:id', { config: interview('read'), schema: { tags, params: uuidParam, response: { 200: interviewView, ...errors } } }, (request) => fairInterviews.get(request.actor!, request.params.id));
  app.patch('/fair-interviews/:id', { config: interview('update'), schema: { tags, params: uuidParam, body: interviewPatch, response: { 200: interviewView, ...errors } } }, (request) =>
    fairInterviews.patch(contextOf(request), request.params.id, request.body),
  );
  app.delete('/fair-interviews/:id', { config: interview('archive'), schema: { tags, params: uuidParam, querystring: z.object({ version: z.coerce.number().int().min(1) }), response: { 204: z.null(), ...errors } } }, async (request, reply) => {
    await fairInterviews.withdraw(contextOf(request), request.params.id, request.query.version);
    return reply.status(204).send(null);
  });
  app.post('/fair-interviews/:id/move', { config: interview('update'), schema: { tags, params: uuidParam, body: moveInput, response: { 200: interviewView, ...errors } } }, (request) =>
    fairSchedule.move(contextOf(request), request.params.id, request.body),
  );
  app.put('/fair-interviews/:id/evaluation', { config: { access: { kind: 'fairEvaluation', action: 'update' } }, schema: { tags, params: uuidParam, body: evaluationInput, response: { 200: interviewView, ...errors } } }, (request) =>
    fairInterviews.evaluate(contextOf(request), request.params.id, request.body),
  );

  app.post('/fairs/:id/schedule', { config: fair('update'), schema: { tags, params: uuidParam, body: fairVersionInput, response: { 200: fairView, ...errors } } }, (request) =>
    fairSchedule.run(contextOf(request), request.params.id, request.body.version),
  );
  app.post('/fairs/:id/publish', { config: fair('update'), schema: { tags, params: uuidParam, body: z.object({ version }).strict(), response: { 200: fairView, ...errors } } }, (request) =>
    fairSchedule.publish(contextOf(request), request.params.id, request.body.version),
  );
  app.get(
    '/fairs/:id/calendar.ics',
    { config: fair('readPublic'), schema: { tags, params: uuidParam, querystring: calendarQuery, produces: ['text/calendar'], response: { 200: z.any().describe('An iCalendar file'), ...errors } } },
    async (request, reply) => {
      const ics = await fairSchedule.calendar(request.actor!, request.params.id, request.query);
      return reply.type('text/calendar; charset=utf-8').header('cache-control', 'private, no-store').header('content-disposition', 'attachment; filename="interviews.ics"').send(ics);
    },
  );
};
