// A program's funded projects (issue 9 item 4). A handler calls one service method; who may call
// it is its config.access (programReports): the program's operators keep the projects, its
// funders read them (aggregates only), its other participants get 403, everyone else 404.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBody, uuidParam } from '../../contracts/common.ts';
import { activityInput, activityPatch, actualInput, actualPatch, budgetLineInput, budgetLinePatch, expenseInput, expensePatch, fundedProjectInput, fundedProjectList, fundedProjectPatch, fundedProjectView, indicatorInput, indicatorPatch, periodQuery, reportQuery, versionQuery } from '../../contracts/funded-projects.ts';
import { contextOf } from '../http/request-context.ts';
import { contentDisposition } from './application-files.routes.ts';

const tags = ['reports'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };
type ProjectRecord = 'project' | 'activity' | 'indicator' | 'actual' | 'budgetLine' | 'expense';
const access = (record: ProjectRecord | 'program', action: 'read' | 'update') => ({ access: { kind: 'programReports', record, action } }) as const;
const written = z.object({ id: z.uuid(), version: z.number().int() });
const file = z.unknown().describe('The report, as an attachment');

/** Where each kind of record is edited and deleted. */
const RECORD_PATHS: [ProjectRecord, string][] = [
  ['project', '/funded-projects/:id'],
  ['activity', '/project-activities/:id'],
  ['indicator', '/project-indicators/:id'],
  ['actual', '/indicator-actuals/:id'],
  ['budgetLine', '/budget-lines/:id'],
  ['expense', '/project-expenses/:id'],
];

export const fundedProjectsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { fundedProjects: projects, projectFigures: figures, funderReport } = app.services;

  app.get('/programs/:id/funded-projects', { config: access('program', 'read'), schema: { tags, params: uuidParam, response: { 200: fundedProjectList, ...errors } } }, (request) => projects.list(contextOf(request), request.params.id));
  app.post('/programs/:id/funded-projects', { config: access('program', 'update'), schema: { tags, params: uuidParam, body: fundedProjectInput, response: { 201: written, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await projects.create(contextOf(request), request.params.id, request.body)),
  );
  app.get('/funded-projects/:id', { config: access('project', 'read'), schema: { tags, params: uuidParam, querystring: periodQuery, response: { 200: fundedProjectView, ...errors } } }, (request) =>
    projects.view(contextOf(request), request.params.id, request.query),
  );
  app.get('/funded-projects/:id/report', { config: access('project', 'read'), schema: { tags, params: uuidParam, querystring: reportQuery, response: { 200: file, ...errors } } }, async (request, reply) => {
    const { format, language, ...period } = request.query;
    const report = await funderReport.download(contextOf(request), request.params.id, period, format, language ?? request.language);
    return reply.header('content-type', report.contentType).header('content-disposition', contentDisposition(report.name)).header('cache-control', 'private, no-store').send(report.bytes);
  });

  const create = { tags, params: uuidParam, response: { 201: written, ...errors } };
  app.post('/funded-projects/:id/activities', { config: access('project', 'update'), schema: { ...create, body: activityInput } }, async (request, reply) => reply.status(201).send(await projects.addActivity(contextOf(request), request.params.id, request.body)));
  app.post('/funded-projects/:id/indicators', { config: access('project', 'update'), schema: { ...create, body: indicatorInput } }, async (request, reply) => reply.status(201).send(await projects.addIndicator(contextOf(request), request.params.id, request.body)));
  app.post('/funded-projects/:id/budget-lines', { config: access('project', 'update'), schema: { ...create, body: budgetLineInput } }, async (request, reply) => reply.status(201).send(await projects.addBudgetLine(contextOf(request), request.params.id, request.body)));
  app.post('/funded-projects/:id/expenses', { config: access('project', 'update'), schema: { ...create, body: expenseInput } }, async (request, reply) => reply.status(201).send(await figures.addExpense(contextOf(request), request.params.id, request.body)));
  app.post('/project-indicators/:id/actuals', { config: access('indicator', 'update'), schema: { ...create, body: actualInput } }, async (request, reply) => reply.status(201).send(await figures.enterActual(contextOf(request), request.params.id, request.body)));

  const update = { tags, params: uuidParam, response: { 200: written, ...errors } };
  app.patch('/funded-projects/:id', { config: access('project', 'update'), schema: { ...update, body: fundedProjectPatch } }, (request) => projects.update(contextOf(request), request.params.id, request.body));
  app.patch('/project-activities/:id', { config: access('activity', 'update'), schema: { ...update, body: activityPatch } }, (request) => projects.updateActivity(contextOf(request), request.params.id, request.body));
  app.patch('/project-indicators/:id', { config: access('indicator', 'update'), schema: { ...update, body: indicatorPatch } }, (request) => projects.updateIndicator(contextOf(request), request.params.id, request.body));
  app.patch('/indicator-actuals/:id', { config: access('actual', 'update'), schema: { ...update, body: actualPatch } }, (request) => figures.updateActual(contextOf(request), request.params.id, request.body));
  app.patch('/budget-lines/:id', { config: access('budgetLine', 'update'), schema: { ...update, body: budgetLinePatch } }, (request) => projects.updateBudgetLine(contextOf(request), request.params.id, request.body));
  app.patch('/project-expenses/:id', { config: access('expense', 'update'), schema: { ...update, body: expensePatch } }, (request) => figures.updateExpense(contextOf(request), request.params.id, request.body));

  for (const [record, path] of RECORD_PATHS) {
    app.delete(path, { config: access(record, 'update'), schema: { tags, params: uuidParam, querystring: versionQuery, response: { 204: z.null(), ...errors } } }, async (request, reply) => {
      await projects.remove(contextOf(request), record, request.params.id, request.query.version);
      return reply.status(204).send(null);
    });
  }
};
