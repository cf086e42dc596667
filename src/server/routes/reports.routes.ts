// A program's dashboards and their downloads (issue 9 items 1–3, 5), an operator's working-age
// population series and its choice to publish aggregates. A handler calls one service method;
// who may call it is its config.access: a program's reports are its operators' and funders'
// (reports-policy.ts); the series and the choice are the operator organization's own.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBody, uuidParam } from '../../contracts/common.ts';
import { populationSeries, populationSeriesInput, programFunnel, programYears, regionComparison, reportExportQuery, reportSharing, reportSharingInput } from '../../contracts/reports.ts';
import { contextOf } from '../http/request-context.ts';
import { reportFile } from '../services/report-exports.ts';
import { contentDisposition } from './application-files.routes.ts';

const tags = ['reports'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };
const readers = { access: { kind: 'programReports', action: 'read' } } as const;
const organization = (action: 'readPublic' | 'update') => ({ access: { kind: 'organization', action } }) as const;

export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { reports } = app.services;

  app.get('/programs/:id/reports/funnel', { config: readers, schema: { tags, params: uuidParam, response: { 200: programFunnel, ...errors } } }, (request) => reports.funnel(request.params.id));
  app.get('/programs/:id/reports/years', { config: readers, schema: { tags, params: uuidParam, response: { 200: programYears, ...errors } } }, (request) => reports.years(request.actor!, request.params.id));
  app.get('/programs/:id/reports/regions', { config: readers, schema: { tags, params: uuidParam, response: { 200: regionComparison, ...errors } } }, (request) => reports.regions(request.actor!, request.params.id));
  app.get(
    '/programs/:id/reports/export',
    { config: readers, schema: { tags, params: uuidParam, querystring: reportExportQuery, response: { 200: z.unknown().describe('The tables, as an attachment (CSV or XLSX)'), ...errors } } },
    async (request, reply) => {
      const [funnel, years] = await Promise.all([reports.funnel(request.params.id), reports.years(request.actor!, request.params.id)]);
      const file = await reportFile(funnel, years, request.query, request.query.language ?? request.language);
      return reply.header('content-type', file.contentType).header('content-disposition', contentDisposition(file.name)).header('cache-control', 'private, no-store').send(file.bytes);
    },
  );

  app.get('/organizations/:id/population', { config: organization('readPublic'), schema: { tags, params: uuidParam, response: { 200: populationSeries, ...errors } } }, (request) => reports.population(request.params.id));
  app.put('/organizations/:id/population', { config: organization('update'), schema: { tags, params: uuidParam, body: populationSeriesInput, response: { 200: populationSeries, ...errors } } }, (request) =>
    reports.replacePopulation(contextOf(request), request.params.id, request.body),
  );
  app.get('/organizations/:id/report-sharing', { config: organization('readPublic'), schema: { tags, params: uuidParam, response: { 200: reportSharing, ...errors } } }, (request) => reports.sharing(request.params.id));
  app.patch('/organizations/:id/report-sharing', { config: organization('update'), schema: { tags, params: uuidParam, body: reportSharingInput, response: { 200: reportSharing, ...errors } } }, (request) =>
    reports.setSharing(contextOf(request), request.params.id, request.body),
  );
};
