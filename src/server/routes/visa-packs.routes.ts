// Interns' short-stay visa packs (issue 8 item 5). A handler calls one service method; who may
// call it is its config.access (route-access.ts): the operators issue packs, the intern and the
// host company read theirs.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBody, uuidParam } from '../../contracts/common.ts';
import { visaPackApplicationPatch, visaPackIssueInput, visaPackOverview, visaPackPdfQuery, visaPackView } from '../../contracts/visa-packs.ts';
import { contextOf } from '../http/request-context.ts';
import { contentDisposition } from './application-files.routes.ts';

const tags = ['internship'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };
const operators = { access: { kind: 'program', action: 'update' } } as const;
const ofPlan = (action: 'read' | 'create') => ({ access: { kind: 'visaPack', record: 'plan', action } }) as const;
const pack = (action: 'read' | 'create') => ({ access: { kind: 'visaPack', record: 'pack', action } }) as const;
const file = z.unknown().describe('The PDF, as an attachment');

export const visaPackRoutes: FastifyPluginAsyncZod = async (app) => {
  const { visaPacks } = app.services;

  app.get('/programs/:id/visa-packs', { config: operators, schema: { tags, params: uuidParam, response: { 200: visaPackOverview, ...errors } } }, (request) => visaPacks.overview(request.params.id));
  app.get('/internship-plans/:id/visa-packs', { config: ofPlan('read'), schema: { tags, params: uuidParam, response: { 200: z.object({ items: z.array(visaPackView) }), ...errors } } }, async (request) => ({
    items: await visaPacks.ofPlan(request.params.id),
  }));
  app.post('/internship-plans/:id/visa-packs', { config: ofPlan('create'), schema: { tags, params: uuidParam, body: visaPackIssueInput, response: { 201: visaPackView, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await visaPacks.issue(contextOf(request), request.params.id, request.body)),
  );
  // Setting when the intern plans to apply is the issuer's, like issuing.
  app.patch('/visa-packs/:id', { config: pack('create'), schema: { tags, params: uuidParam, body: visaPackApplicationPatch, response: { 200: visaPackView, ...errors } } }, (request) =>
    visaPacks.setPlannedApplication(contextOf(request), request.params.id, request.body),
  );
  app.get('/visa-packs/:id/pdf', { config: pack('read'), schema: { tags, params: uuidParam, querystring: visaPackPdfQuery, response: { 200: file, ...errors } } }, async (request, reply) => {
    const { bytes, name } = await visaPacks.pdf(contextOf(request), request.params.id, request.query.document);
    return reply.header('content-type', 'application/pdf').header('content-disposition', contentDisposition(name)).header('cache-control', 'private, no-store').send(bytes);
  });
};
