// Intern selection (issue 6): rounds, rank-order lists, the matching's preview, run, changes by
// hand, publication, freeze, and each person's result.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBody, uuidParam } from '../../contracts/common.ts';
import { matchingOutcome, overrideInput, rankListInput, rankListsView, roundInput, roundList, roundPatch, roundVersionInput, roundView } from '../../contracts/matchings.ts';
import { contextOf } from '../http/request-context.ts';
import { listExportSchema, sendList } from '../exports/table-route.ts';

const tags = ['intern selection'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };
const round = (action: 'readPublic' | 'update' | 'create') => ({ access: { kind: 'matchingRound', action } }) as const;

export const matchingsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { matchingRounds, matchingRuns, programExports } = app.services;

  app.get('/programs/:id/matchings', { config: { access: { kind: 'program', action: 'readPublic' } }, schema: { tags, params: uuidParam, response: { 200: roundList, ...errors } } }, (request) =>
    matchingRounds.list(request.actor!, request.params.id),
  );
  app.post('/programs/:id/matchings', { config: { access: { kind: 'program', action: 'update' } }, schema: { tags, params: uuidParam, body: roundInput, response: { 201: roundView, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await matchingRounds.create(contextOf(request), request.params.id, request.body)),
  );
  app.get('/matchings/:id', { config: round('readPublic'), schema: { tags, params: uuidParam, response: { 200: roundView, ...errors } } }, (request) => matchingRounds.get(request.actor!, request.params.id));
  app.patch('/matchings/:id', { config: round('update'), schema: { tags, params: uuidParam, body: roundPatch, response: { 200: roundView, ...errors } } }, (request) =>
    matchingRounds.update(contextOf(request), request.params.id, request.body),
  );
  app.get('/matchings/:id/lists', { config: round('readPublic'), schema: { tags, params: uuidParam, response: { 200: rankListsView, ...errors } } }, (request) => matchingRounds.lists(request.actor!, request.params.id));
  // Whose list a person may write is the service's check (a student their own, a company its own, the operators any).
  app.put('/matchings/:id/lists', { config: round('create'), schema: { tags, params: uuidParam, body: rankListInput, response: { 200: rankListsView, ...errors } } }, (request) =>
    matchingRounds.saveList(contextOf(request), request.params.id, request.body),
  );
  app.post('/matchings/:id/preview', { config: round('update'), schema: { tags, params: uuidParam, response: { 200: matchingOutcome, ...errors } } }, (request) => matchingRuns.preview(request.actor!, request.params.id));
  app.post('/matchings/:id/run', { config: round('update'), schema: { tags, params: uuidParam, body: roundVersionInput, response: { 200: matchingOutcome, ...errors } } }, (request) =>
    matchingRuns.run(contextOf(request), request.params.id, request.body.version),
  );
  app.post('/matchings/:id/overrides', { config: round('update'), schema: { tags, params: uuidParam, body: overrideInput, response: { 200: matchingOutcome, ...errors } } }, (request) =>
    matchingRuns.override(contextOf(request), request.params.id, request.body),
  );
  app.post('/matchings/:id/publish', { config: round('update'), schema: { tags, params: uuidParam, body: roundVersionInput, response: { 200: matchingOutcome, ...errors } } }, (request) =>
    matchingRuns.publish(contextOf(request), request.params.id, request.body.version),
  );
  app.post('/matchings/:id/freeze', { config: round('update'), schema: { tags, params: uuidParam, body: roundVersionInput, response: { 200: matchingOutcome, ...errors } } }, (request) =>
    matchingRuns.freeze(contextOf(request), request.params.id, request.body.version),
  );
  app.get('/matchings/:id/result', { config: round('readPublic'), schema: { tags, params: uuidParam, response: { 200: matchingOutcome, ...errors } } }, (request) => matchingRuns.result(request.actor!, request.params.id));
  app.get('/matchings/:id/result/export', { config: round('readPublic'), schema: { tags, params: uuidParam, ...listExportSchema() } }, (request, reply) =>
    sendList(request, reply, (language) => programExports.matchingResult(request.actor!, request.params.id, language)),
  );
};
