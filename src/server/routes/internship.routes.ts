// The internship (issue 8 item 1) and its final report meeting (item 2). A handler calls one
// service method; who may call it is its config.access (route-access.ts), and lists are scoped
// by the service.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { FILE_NAME_HEADER } from '../../contracts/applications.ts';
import { errorBody, uuidParam } from '../../contracts/common.ts';
import {
  dailyReportInput,
  dayPatch,
  incidentInput,
  incidentPatch,
  incidentView,
  internshipDayView,
  internshipOverview,
  internshipPlanView,
  meetingInput,
  mentorCommentInput,
  myInternships,
  planPatch,
  presentationPatch,
  reportMeetingView,
  runningOrderInput,
  talkScoreInput,
} from '../../contracts/internship.ts';
import { MAX_UPLOAD_BYTES } from '../../domain/applications/application-file.ts';
import { AppError } from '../../domain/errors/app-error.ts';
import { contextOf } from '../http/request-context.ts';
import { listExportSchema, sendList } from '../exports/table-route.ts';
import { contentDisposition, fileNameOf } from './application-files.routes.ts';

const tags = ['internship'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody, 413: errorBody, 415: errorBody };
const plan = (action: 'read' | 'update' | 'create') => ({ access: { kind: 'internshipPlan', record: 'plan', action } }) as const;
const day = (action: 'update' | 'create') => ({ access: { kind: 'internshipPlan', record: 'day', action } }) as const;
const programReader = { access: { kind: 'program', action: 'readPublic' } } as const;
const operators = { access: { kind: 'program', action: 'update' } } as const;

export const internshipRoutes: FastifyPluginAsyncZod = async (app) => {
  const { internship, reportMeeting, programExports } = app.services;
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BYTES }, (_request, body, done) => done(null, body));

  app.get('/programs/:id/internship', { config: programReader, schema: { tags, params: uuidParam, response: { 200: internshipOverview, ...errors } } }, (request) => internship.overview(request.actor!, request.params.id));
  app.get('/programs/:id/internship/export', { config: programReader, schema: { tags, params: uuidParam, ...listExportSchema() } }, (request, reply) =>
    sendList(request, reply, (language) => programExports.interns(request.actor!, request.params.id, language)),
  );
  app.post('/programs/:id/internship/plans', { config: operators, schema: { tags, params: uuidParam, response: { 200: internshipOverview, ...errors } } }, async (request) => {
    await internship.createPlans(contextOf(request), request.params.id);
    return internship.overview(request.actor!, request.params.id);
  });
  app.get('/me/internships', { config: { access: { kind: 'signedIn' } }, schema: { tags, response: { 200: myInternships, ...errors } } }, (request) => internship.mine(request.actor!));
  app.get('/internship-plans/:id', { config: plan('read'), schema: { tags, params: uuidParam, response: { 200: internshipPlanView, ...errors } } }, (request) => internship.plan(request.actor!, request.params.id));
  app.patch('/internship-plans/:id', { config: plan('update'), schema: { tags, params: uuidParam, body: planPatch, response: { 200: internshipPlanView, ...errors } } }, (request) =>
    internship.updatePlan(contextOf(request), request.actor!, request.params.id, request.body),
  );
  app.patch('/internship-days/:id', { config: day('update'), schema: { tags, params: uuidParam, body: dayPatch, response: { 200: internshipDayView, ...errors } } }, (request) =>
    internship.updateDay(contextOf(request), request.params.id, request.body),
  );
  app.put('/internship-days/:id/report', { config: day('create'), schema: { tags, params: uuidParam, body: dailyReportInput, response: { 200: internshipDayView, ...errors } } }, (request) =>
    internship.writeReport(contextOf(request), request.params.id, request.body),
  );
  app.put('/internship-days/:id/comment', { config: day('update'), schema: { tags, params: uuidParam, body: mentorCommentInput, response: { 200: internshipDayView, ...errors } } }, (request) =>
    internship.comment(contextOf(request), request.params.id, request.body),
  );
  app.post('/internship-plans/:id/incidents', { config: plan('update'), schema: { tags, params: uuidParam, body: incidentInput, response: { 201: incidentView, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await internship.addIncident(contextOf(request), request.params.id, request.body)),
  );
  app.patch(
    '/internship-incidents/:id',
    { config: { access: { kind: 'internshipPlan', record: 'incident', action: 'update' } }, schema: { tags, params: uuidParam, body: incidentPatch, response: { 200: incidentView, ...errors } } },
    (request) => internship.updateIncident(contextOf(request), request.params.id, request.body),
  );

  // The final report meeting.
  app.get('/programs/:id/report-meeting', { config: programReader, schema: { tags, params: uuidParam, response: { 200: reportMeetingView, ...errors } } }, (request) => reportMeeting.view(request.actor!, request.params.id));
  app.put('/programs/:id/report-meeting', { config: operators, schema: { tags, params: uuidParam, body: meetingInput, response: { 200: reportMeetingView, ...errors } } }, (request) =>
    reportMeeting.setUp(contextOf(request), request.actor!, request.params.id, request.body),
  );
  app.put('/programs/:id/report-meeting/order', { config: operators, schema: { tags, params: uuidParam, body: runningOrderInput, response: { 200: reportMeetingView, ...errors } } }, (request) =>
    reportMeeting.reorder(contextOf(request), request.actor!, request.params.id, request.body),
  );
  const talk = (action: 'read' | 'update' | 'create') => ({ access: { kind: 'reportPresentation', action } }) as const;
  app.patch('/report-presentations/:id', { config: talk('update'), schema: { tags, params: uuidParam, body: presentationPatch, response: { 204: z.null(), ...errors } } }, async (request, reply) => {
    await reportMeeting.retitle(contextOf(request), request.params.id, request.body);
    return reply.status(204).send(null);
  });
  app.put('/report-presentations/:id/slides', { config: talk('update'), bodyLimit: MAX_UPLOAD_BYTES, schema: { tags, params: uuidParam, response: { 204: z.null(), ...errors } } }, async (request, reply) => {
    const body = request.body as unknown;
    if (!Buffer.isBuffer(body)) throw new AppError('file.empty');
    await reportMeeting.uploadSlides(contextOf(request), request.params.id, body, fileNameOf(request.headers[FILE_NAME_HEADER]));
    return reply.status(204).send(null);
  });
  app.get('/report-presentations/:id/slides', { config: talk('read'), schema: { tags, params: uuidParam, response: { 200: z.unknown().describe('The slides, as an attachment'), ...errors } } }, async (request, reply) => {
    const file = await reportMeeting.slides(request.params.id);
    return reply
      .header('content-type', file.mediaType)
      .header('content-length', file.sizeBytes)
      .header('content-disposition', contentDisposition(file.name))
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .send(file.stream);
  });
  app.put('/report-presentations/:id/score', { config: talk('create'), schema: { tags, params: uuidParam, body: talkScoreInput, response: { 204: z.null(), ...errors } } }, async (request, reply) => {
    await reportMeeting.score(contextOf(request), request.actor!, request.params.id, request.body);
    return reply.status(204).send(null);
  });
};
