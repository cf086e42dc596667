// Housing (issue 7): the partner's units, a program's board and its proposed allocation, stays
// booked and moved by hand, the occupancy calendar and an intern's own stays.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { booleanQuery, errorBody, uuidParam, version } from '../../contracts/common.ts';
import { allocateInput, arrivalPatch, housingBoard, myStaysView, occupancyQuery, occupancyView, stayInput, stayPatch, stayView, unitInput, unitList, unitPatch, unitView } from '../../contracts/housing.ts';
import { AppError } from '../../domain/errors/app-error.ts';
import { tableExportQuery } from '../../contracts/table-export.ts';
import { listExportSchema, sendList } from '../exports/table-route.ts';
import { contextOf } from '../http/request-context.ts';
import { MAX_PHOTO_BYTES } from '../services/housing-units.service.ts';

const tags = ['housing'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };
const housing = (action: 'read' | 'readPublic' | 'update') => ({ access: { kind: 'programHousing', action } }) as const;

export const housingRoutes: FastifyPluginAsyncZod = async (app) => {
  const { housingUnits, stays, hiringHousingExports: exports } = app.services;
  const unitsQuery = z.object({ archived: booleanQuery.default(false) });

  app.get('/organizations/:id/housing-units', { config: { access: { kind: 'housingPartner', action: 'read' } }, schema: { tags, params: uuidParam, querystring: unitsQuery, response: { 200: unitList, ...errors } } }, (request) =>
    housingUnits.list(request.params.id, request.query.archived),
  );
  app.get('/organizations/:id/housing-units/export', { config: { access: { kind: 'housingPartner', action: 'read' } }, schema: { tags, params: uuidParam, ...listExportSchema(tableExportQuery.extend(unitsQuery.shape)) } }, (request, reply) =>
    sendList(request, reply, (language) => exports.housingUnits(request.params.id, request.query.archived, language)),
  );
  app.post('/organizations/:id/housing-units', { config: { access: { kind: 'housingPartner', action: 'create' } }, schema: { tags, params: uuidParam, body: unitInput, response: { 201: unitView, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await housingUnits.create(contextOf(request), request.params.id, request.body)),
  );
  app.get('/housing-units/:id', { config: { access: { kind: 'housingUnit', action: 'read' } }, schema: { tags, params: uuidParam, response: { 200: unitView, ...errors } } }, (request) => housingUnits.get(request.params.id));
  app.patch('/housing-units/:id', { config: { access: { kind: 'housingUnit', action: 'update' } }, schema: { tags, params: uuidParam, body: unitPatch, response: { 200: unitView, ...errors } } }, (request) =>
    housingUnits.update(contextOf(request), request.params.id, request.body),
  );
  app.post('/housing-units/:id/archive', { config: { access: { kind: 'housingUnit', action: 'update' } }, schema: { tags, params: uuidParam, body: z.object({ version, archived: z.boolean().default(true) }).strict(), response: { 200: unitView, ...errors } } }, (request) =>
    housingUnits.setArchived(contextOf(request), request.params.id, request.body.version, request.body.archived),
  );

  // Photos: the raw image as the body (like a CV), refused before it is read when there is no session.
  app.addContentTypeParser(['image/jpeg', 'image/png', 'application/octet-stream'], { parseAs: 'buffer', bodyLimit: MAX_PHOTO_BYTES }, (_request, body, done) => done(null, body));
  const photoParams = z.object({ id: z.uuid(), photoId: z.uuid() });
  app.put('/housing-units/:id/photos', {
    config: { access: { kind: 'housingUnit', action: 'update' } },
    bodyLimit: MAX_PHOTO_BYTES,
    preParsing: async (request) => {
      if (!request.actor) throw new AppError('auth.required');
    },
    schema: { tags, params: uuidParam, response: { 201: unitView, ...errors, 413: errorBody } },
  }, async (request, reply) => {
    if (!Buffer.isBuffer(request.body)) throw new AppError('file.empty');
    return reply.status(201).send(await housingUnits.addPhoto(contextOf(request), request.params.id, request.body));
  });
  app.get('/housing-units/:id/photos/:photoId', { config: { access: { kind: 'housingUnit', action: 'read' } }, schema: { tags, params: photoParams, response: { 200: z.unknown().describe('The photo'), ...errors } } }, async (request, reply) => {
    const photo = await housingUnits.photo(request.params.id, request.params.photoId);
    return reply.header('content-type', photo.mediaType).header('content-length', photo.sizeBytes).header('x-content-type-options', 'nosniff').header('cache-control', 'private, max-age=3600').send(photo.stream);
  });
  app.delete('/housing-units/:id/photos/:photoId', { config: { access: { kind: 'housingUnit', action: 'update' } }, schema: { tags, params: photoParams, response: { 204: z.null(), ...errors } } }, async (request, reply) => {
    await housingUnits.removePhoto(contextOf(request), request.params.id, request.params.photoId);
    return reply.status(204).send(null);
  });

  app.get('/programs/:id/housing', { config: housing('read'), schema: { tags, params: uuidParam, response: { 200: housingBoard, ...errors } } }, (request) => stays.board(request.params.id));
  app.get('/programs/:id/housing/export', { config: housing('read'), schema: { tags, params: uuidParam, ...listExportSchema() } }, (request, reply) =>
    sendList(request, reply, (language) => exports.stays(request.params.id, language)),
  );
  app.post('/programs/:id/housing/allocate', { config: housing('update'), schema: { tags, params: uuidParam, body: allocateInput, response: { 200: housingBoard, ...errors } } }, (request) =>
    stays.allocate(contextOf(request), request.params.id, request.body.keepPinned),
  );
  app.get('/programs/:id/occupancy', { config: housing('readPublic'), schema: { tags, params: uuidParam, querystring: occupancyQuery, response: { 200: occupancyView, ...errors } } }, (request) =>
    stays.occupancy(request.actor!, request.params.id, request.query),
  );
  app.get('/programs/:id/my-stays', { config: { access: { kind: 'program', action: 'readPublic' } }, schema: { tags, params: uuidParam, response: { 200: myStaysView, ...errors } } }, (request) => stays.mine(request.actor!, request.params.id));
  app.patch('/programs/:id/arrivals/:applicationId', { config: housing('update'), schema: { tags, params: z.object({ id: z.uuid(), applicationId: z.uuid() }), body: arrivalPatch, response: { 204: z.null(), ...errors } } }, async (request, reply) => {
    await stays.setArrival(contextOf(request), request.params.id, request.params.applicationId, request.body);
    return reply.status(204).send(null);
  });
  app.post('/programs/:id/stays', { config: housing('update'), schema: { tags, params: uuidParam, body: stayInput, response: { 201: stayView, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await stays.book(contextOf(request), request.params.id, request.body)),
  );
  app.patch('/stays/:id', { config: { access: { kind: 'stay', action: 'update' } }, schema: { tags, params: uuidParam, body: stayPatch, response: { 200: stayView, ...errors } } }, (request) => stays.move(contextOf(request), request.params.id, request.body));
  app.delete('/stays/:id', { config: { access: { kind: 'stay', action: 'update' } }, schema: { tags, params: uuidParam, querystring: z.object({ version: z.coerce.number().int().min(1) }), response: { 204: z.null(), ...errors } } }, async (request, reply) => {
    await stays.cancel(contextOf(request), request.params.id, request.query.version);
    return reply.status(204).send(null);
  });
};
