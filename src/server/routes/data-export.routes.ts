// A signed-in person downloads everything held about them (issue 4 item 3), as JSON or CSV.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBody } from '../../contracts/common.ts';
import { dataExportQuery } from '../../contracts/data-export.ts';
import { contextOf } from '../http/request-context.ts';
import { dataExportCsv } from '../services/data-export.service.ts';

export const dataExportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { dataExport } = app.services;
  app.get(
    '/me/data-export',
    { config: { access: { kind: 'signedIn' } }, schema: { tags: ['account'], querystring: dataExportQuery, response: { 200: z.unknown().describe('The export, as an attachment (JSON or CSV)'), 400: errorBody, 401: errorBody, 404: errorBody } } },
    async (request, reply) => {
      const data = await dataExport.export(contextOf(request), request.language);
      const day = data.exportedAt.slice(0, 10);
      reply.header('cache-control', 'private, no-store').header('x-content-type-options', 'nosniff');
      if (request.query.format === 'csv') {
        return reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="kakehashi-my-data-${day}.csv"`).send(dataExportCsv(data, request.language));
      }
      return reply.header('content-type', 'application/json; charset=utf-8').header('content-disposition', `attachment; filename="kakehashi-my-data-${day}.json"`).send(JSON.stringify(data, null, 2));
    },
  );
};
