// The CV and portfolio of a student application (issue 4 item 2). An upload is the raw file as
// the request body (no multipart), its own name percent-encoded in the X-File-Name header; the
// type is told by the content, not by the name or the Content-Type sent. The raw-body parser
// and its size limit live in this plugin only. A download is an attachment with the type the
// server sniffed and nosniff, so a browser never renders an upload as a page.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { applicationFileKindParam, applicationFileList, applicationFileParam, applicationFileView, FILE_NAME_HEADER } from '../../contracts/applications.ts';
import { errorBody, uuidParam } from '../../contracts/common.ts';
import { MAX_FILE_BYTES, MAX_UPLOAD_BYTES } from '../../domain/applications/application-file.ts';
import type { ApplicationFileKind } from '../../domain/applications/application.ts';
import { AppError } from '../../domain/errors/app-error.ts';
import { contextOf } from '../http/request-context.ts';

const tags = ['applications'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody, 413: errorBody, 415: errorBody };
const read = { access: { kind: 'applicationFiles', action: 'read' } } as const;
const write = { access: { kind: 'applicationFiles', action: 'update' } } as const;

/** `attachment` with an ASCII fallback name and the real one in RFC 5987 form. */
export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export function fileNameOf(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return undefined;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export const applicationFilesRoutes: FastifyPluginAsyncZod = async (app) => {
  const { applicationFiles } = app.services;

  // Any body that is not JSON arrives as bytes, up to the largest kind's limit (this plugin only).
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BYTES }, (_request, body, done) => done(null, body));

  app.put(
    '/applications/:id/files/:kind',
    {
      config: write,
      bodyLimit: MAX_UPLOAD_BYTES,
      schema: { tags, params: applicationFileKindParam, response: { 201: applicationFileView, ...errors } },
      // Before the body is read: a stranger's upload is refused without reading it, and a declared
      // size over the kind's limit answers with that limit.
      preParsing: async (request) => {
        if (!request.actor) throw new AppError('auth.required');
        const kind = (request.params as { kind?: string }).kind as ApplicationFileKind;
        const declared = Number(request.headers['content-length']);
        const limit = MAX_FILE_BYTES[kind];
        if (limit !== undefined && Number.isFinite(declared) && declared > limit) throw new AppError('file.tooLarge', { params: { maxMegabytes: limit / 1024 / 1024 } });
      },
    },
    async (request, reply) => {
      const body = request.body as unknown;
      if (!Buffer.isBuffer(body)) throw new AppError('file.empty');
      const file = await applicationFiles.upload(contextOf(request), request.params.id, request.params.kind, body, fileNameOf(request.headers[FILE_NAME_HEADER]));
      return reply.status(201).send(file);
    },
  );

  app.get('/applications/:id/files', { config: read, schema: { tags, params: uuidParam, response: { 200: applicationFileList, ...errors } } }, (request) =>
    applicationFiles.list(request.params.id),
  );

  app.get('/applications/:id/files/:fileId', { config: read, schema: { tags, params: applicationFileParam, response: { 200: z.unknown().describe('The file, as an attachment'), ...errors } } }, async (request, reply) => {
    const { file, stream } = await applicationFiles.download(contextOf(request), request.params.id, request.params.fileId);
    return reply
      .header('content-type', file.mediaType)
      .header('content-length', file.sizeBytes)
      .header('content-disposition', contentDisposition(file.originalName))
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .send(stream);
  });

  app.delete('/applications/:id/files/:fileId', { config: write, schema: { tags, params: applicationFileParam, response: { 204: z.null(), ...errors } } }, async (request, reply) => {
    await applicationFiles.remove(contextOf(request), request.params.id, request.params.fileId);
    return reply.status(204).send(null);
  });
};
