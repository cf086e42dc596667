// Importing a college's students into a program from a roster file, and its templates (issue 4
// item 4). The file is the raw body: this plugin alone reads CSV, XLSX and octet-stream bodies,
// up to the import's file limit. A client that accepts application/x-ndjson gets the progress
// as it happens (one JSON line each: parsing, validating n/total, writing n/total), then the
// result or the error; the plain JSON answer is the same result or error with its status.
import { PassThrough } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBody, uuidParam } from '../../contracts/common.ts';
import { studentImportQuery, studentImportResult, studentImportTemplateQuery, type StudentImportLine } from '../../contracts/student-import.ts';
import { errorBodyOf, statusOf, toAppError } from '../http/error-handler.ts';
import { contextOf } from '../http/request-context.ts';
import { TEMPLATE_MEDIA_TYPES, writeRosterTemplate } from '../import/student-roster-template.ts';
import { STUDENT_IMPORT_LIMITS } from '../services/student-import.service.ts';

const tags = ['applications'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody, 413: errorBody, 415: errorBody, 422: errorBody, 503: errorBody };
export const NDJSON = 'application/x-ndjson';

export const studentImportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { studentImport } = app.services;
  // Any media type, or none: what the file is comes from its bytes (detect-file-type.ts), and a
  // request without a session is answered 401 whatever it carries. Only in this plugin.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: STUDENT_IMPORT_LIMITS.maxFileBytes }, (_request, body, done) => done(null, body));

  app.post(
    '/programs/:id/applications/import',
    {
      config: { access: { kind: 'applicationImport', action: 'create' } },
      bodyLimit: STUDENT_IMPORT_LIMITS.maxFileBytes,
      schema: { tags, params: uuidParam, querystring: studentImportQuery, response: { 200: studentImportResult, ...errors } },
    },
    async (request, reply) => {
      const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const run = (onProgress?: Parameters<typeof studentImport.import>[5]) =>
        studentImport.import(contextOf(request), request.params.id, request.query.collegeId, bytes, request.language, onProgress);
      if (!(request.headers.accept ?? '').includes(NDJSON)) return run();
      studentImport.precheck(bytes); // a file refused on sight gets its real status
      return streamProgress(request, reply, run);
    },
  );

  app.get(
    '/programs/:id/applications/import-template',
    { config: { access: { kind: 'applicationImport', action: 'read' } }, schema: { tags, params: uuidParam, querystring: studentImportTemplateQuery, response: { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody } } },
    async (request, reply) => {
      const { format, lang } = request.query;
      const file = await writeRosterTemplate(format, lang);
      return reply
        .header('content-type', TEMPLATE_MEDIA_TYPES[format])
        .header('content-disposition', `attachment; filename="kakehashi-students-${lang}.${format}"`)
        .header('cache-control', 'no-store')
        .send(file as never);
    },
  );
};

/** Answers 200 with NDJSON lines; the last line is the result, or the error with the status a plain answer would have had. */
function streamProgress(request: FastifyRequest, reply: FastifyReply, run: (onProgress: (p: { phase: 'parsing' | 'validating' | 'writing'; done: number; total?: number }) => void) => Promise<unknown>) {
  const stream = new PassThrough();
  const line = (value: StudentImportLine) => stream.write(`${JSON.stringify(value)}\n`);
  void run((progress) => line({ type: 'progress', ...progress }))
    .then((result) => line({ type: 'result', result: result as never }))
    .catch((error: unknown) => {
      const appError = toAppError(error);
      const status = statusOf(appError.code);
      if (status >= 500) {
        const e = error as Error & { code?: string };
        request.log.error({ err: { type: e.name, code: e.code, message: e.message, stack: e.stack } }, 'import failed');
      }
      line({ type: 'error', status, body: errorBodyOf(appError, request.language) as never });
    })
    .finally(() => stream.end());
  return reply.header('content-type', `${NDJSON}; charset=utf-8`).header('cache-control', 'no-store').header('x-accel-buffering', 'no').send(stream);
}
