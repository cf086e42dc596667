// Donated lectures (issue 4 item 5): courses, modules, materials and sessions of a program;
// rosters and attendance (the staff's tick list, the QR screen's tokens, the students' check-in);
// the program's attendance rule; totals per application and one student's attendance.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBody, languageSchema, uuidParam } from '../../contracts/common.ts';
import {
  applicationAttendance,
  applicationSessionParams,
  attendanceRuleInput,
  attendanceRuleView,
  checkInInput,
  checkInResult,
  courseInput,
  coursePatch,
  courseView,
  markInput,
  materialInput,
  moduleInput,
  programAttendance,
  programLectures,
  progressInput,
  qrTokenView,
  rosterInput,
  rosterResult,
  sessionInput,
  sessionPatch,
  tickList,
  tickRow,
} from '../../contracts/lectures.ts';
import type { LectureRecord } from '../http/route-access.ts';
import { contextOf } from '../http/request-context.ts';
import { listExportSchema, sendList } from '../exports/table-route.ts';

const tags = ['lectures'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };
const programRead = { access: { kind: 'program', action: 'readPublic' } } as const;
const programWrite = { access: { kind: 'program', action: 'update' } } as const;
const record = (r: LectureRecord, action: 'readPublic' | 'update') => ({ access: { kind: 'lectureRecord', record: r, action } }) as const;

export const lecturesRoutes: FastifyPluginAsyncZod = async (app) => {
  const { lectures, programExports } = app.services;

  app.get('/programs/:id/courses', { config: programRead, schema: { tags, params: uuidParam, response: { 200: programLectures, ...errors } } }, (request) => lectures.programLectures(request.params.id));
  app.post('/programs/:id/courses', { config: programWrite, schema: { tags, params: uuidParam, body: courseInput, response: { 201: courseView, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await lectures.createCourse(contextOf(request), request.params.id, request.body)),
  );
  app.get('/courses/:id', { config: record('course', 'readPublic'), schema: { tags, params: uuidParam, response: { 200: courseView, ...errors } } }, (request) => lectures.getCourse(request.params.id));
  app.patch('/courses/:id', { config: record('course', 'update'), schema: { tags, params: uuidParam, body: coursePatch, response: { 200: courseView, ...errors } } }, (request) =>
    lectures.updateCourse(contextOf(request), request.params.id, request.body),
  );
  app.post('/courses/:id/modules', { config: record('course', 'update'), schema: { tags, params: uuidParam, body: moduleInput, response: { 201: courseView, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await lectures.addModule(contextOf(request), request.params.id, request.body)),
  );
  app.post('/course-modules/:id/materials', { config: record('module', 'update'), schema: { tags, params: uuidParam, body: materialInput, response: { 201: courseView, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await lectures.addMaterial(contextOf(request), request.params.id, request.body)),
  );
  app.put(
    '/learning-materials/:id/progress',
    { config: record('material', 'readPublic'), schema: { tags, params: uuidParam, body: progressInput, response: { 200: z.object({ completedAt: z.iso.datetime().nullable() }), ...errors } } },
    (request) => lectures.setProgress(contextOf(request), request.params.id, request.body.completed),
  );
  app.post('/courses/:id/sessions', { config: record('course', 'update'), schema: { tags, params: uuidParam, body: sessionInput, response: { 201: courseView, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await lectures.addSession(contextOf(request), request.params.id, request.body)),
  );
  app.patch('/lecture-sessions/:id', { config: record('session', 'update'), schema: { tags, params: uuidParam, body: sessionPatch, response: { 200: courseView, ...errors } } }, (request) =>
    lectures.updateSession(contextOf(request), request.params.id, request.body),
  );
  app.delete(
    '/lecture-sessions/:id',
    { config: record('session', 'update'), schema: { tags, params: uuidParam, querystring: z.object({ version: z.coerce.number().int().min(1) }), response: { 200: courseView, ...errors } } },
    (request) => lectures.deleteSession(contextOf(request), request.params.id, request.query.version),
  );
  app.post('/lecture-sessions/:id/roster', { config: record('session', 'update'), schema: { tags, params: uuidParam, body: rosterInput, response: { 200: rosterResult, ...errors } } }, (request) =>
    lectures.addToRoster(contextOf(request), request.params.id, request.body),
  );
  app.delete('/lecture-sessions/:id/roster/:applicationId', { config: record('session', 'update'), schema: { tags, params: applicationSessionParams, response: { 204: z.null(), ...errors } } }, async (request, reply) => {
    await lectures.removeFromRoster(contextOf(request), request.params.id, request.params.applicationId);
    return reply.status(204).send(null);
  });
  app.get('/lecture-sessions/:id/attendance', { config: record('session', 'update'), schema: { tags, params: uuidParam, response: { 200: tickList, ...errors } } }, (request) => lectures.tickList(request.params.id));
  app.put(
    '/lecture-sessions/:id/attendance/:applicationId',
    { config: record('session', 'update'), schema: { tags, params: applicationSessionParams, body: markInput, response: { 200: tickRow, ...errors } } },
    (request) => lectures.mark(contextOf(request), request.params.id, request.params.applicationId, request.body),
  );
  app.get('/lecture-sessions/:id/qr-token', { config: record('session', 'update'), schema: { tags, params: uuidParam, response: { 200: qrTokenView, ...errors } } }, async (request, reply) =>
    reply.header('cache-control', 'no-store').send(await lectures.qrToken(request.params.id)),
  );
  app.post('/attendance/check-in', { config: { access: { kind: 'signedIn' } }, schema: { tags, body: checkInInput, response: { 200: checkInResult, 410: errorBody, ...errors } } }, (request) =>
    lectures.checkIn(contextOf(request), request.body.token),
  );
  app.put('/programs/:id/attendance-rule', { config: programWrite, schema: { tags, params: uuidParam, body: attendanceRuleInput, response: { 200: attendanceRuleView, ...errors } } }, (request) =>
    lectures.setRule(contextOf(request), request.params.id, request.body),
  );
  app.get('/programs/:id/attendance', { config: programRead, schema: { tags, params: uuidParam, response: { 200: programAttendance, ...errors } } }, (request) =>
    lectures.programAttendance(contextOf(request), request.params.id),
  );
  app.get('/programs/:id/attendance/export', { config: programRead, schema: { tags, params: uuidParam, ...listExportSchema() } }, (request, reply) =>
    sendList(request, reply, (language) => programExports.attendance(contextOf(request), request.params.id, language)),
  );
  app.get(
    '/applications/:id/attendance/certificate.pdf',
    {
      config: { access: { kind: 'application', action: 'read' } },
      schema: { tags, params: uuidParam, querystring: z.object({ lang: languageSchema.optional() }), produces: ['application/pdf'], response: { 200: z.any().describe('A PDF file'), ...errors } },
    },
    async (request, reply) => {
      const language = request.query.lang ?? request.language;
      const pdf = await lectures.certificate(contextOf(request), request.params.id, language);
      return reply
        .type('application/pdf')
        .header('cache-control', 'private, no-store')
        .header('content-disposition', `attachment; filename="attendance-certificate-${language}.pdf"`)
        .send(pdf);
    },
  );
  app.get('/applications/:id/attendance', { config: { access: { kind: 'application', action: 'read' } }, schema: { tags, params: uuidParam, response: { 200: applicationAttendance, ...errors } } }, (request) =>
    lectures.applicationAttendance(request.params.id),
  );
};
