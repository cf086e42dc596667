// The framework agreement with the housing partner and each season's loan-for-use contract
// (issue 7 item 4): drafts and their revisions, sending, reopening, the PDF in Japanese with an
// optional reference translation, and the signed scan (the raw file as the body, like a CV).
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBody, uuidParam } from '../../contracts/common.ts';
import { agreementInput, agreementList, agreementPatch, agreementView, contractInput, contractList, contractPatch, contractPdfQuery, contractTransitionInput, contractView } from '../../contracts/housing.ts';
import { AppError } from '../../domain/errors/app-error.ts';
import { listExportSchema, sendList } from '../exports/table-route.ts';
import { contextOf } from '../http/request-context.ts';
import { MAX_SCAN_BYTES } from '../services/loan-contracts.service.ts';
import { can } from '../../domain/access/policy.ts';
import { contentDisposition } from './application-files.routes.ts';

const tags = ['housing'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody, 413: errorBody };
const contract = (action: 'read' | 'update' | 'create') => ({ access: { kind: 'loanContract', action } }) as const;
const file = z.unknown().describe('The file, as an attachment');

export const loanContractsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { loanContracts, stays, hiringHousingExports: exports } = app.services;
  app.addContentTypeParser(['application/pdf', 'image/png', 'image/jpeg', 'application/octet-stream'], { parseAs: 'buffer', bodyLimit: MAX_SCAN_BYTES }, (_request, body, done) => done(null, body));

  app.get('/housing-agreements', { config: { access: { kind: 'scopedList' } }, schema: { tags, response: { 200: agreementList, ...errors } } }, (request) => loanContracts.agreements(request.actor!));
  app.get('/housing-agreements/export', { config: { access: { kind: 'scopedList' } }, schema: { tags, ...listExportSchema() } }, (request, reply) =>
    sendList(request, reply, (language) => exports.agreements(request.actor!, language)),
  );
  app.post('/housing-agreements', { config: { access: { kind: 'newHousingAgreement' } }, schema: { tags, body: agreementInput, response: { 201: agreementView, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await loanContracts.createAgreement(contextOf(request), request.body)),
  );
  app.patch('/housing-agreements/:id', { config: { access: { kind: 'housingAgreement', action: 'update' } }, schema: { tags, params: uuidParam, body: agreementPatch, response: { 200: agreementView, ...errors } } }, (request) =>
    loanContracts.updateAgreement(contextOf(request), request.params.id, request.body),
  );

  // The partner reads the contracts sent to it; drafts are the operators' own.
  app.get('/programs/:id/loan-contracts', { config: { access: { kind: 'programHousing', action: 'readPublic' } }, schema: { tags, params: uuidParam, response: { 200: contractList, ...errors } } }, async (request) => {
    const facts = await stays.housingFacts(request.params.id);
    return loanContracts.contracts(request.actor!, request.params.id, can(request.actor!, 'read', facts));
  });
  app.get('/programs/:id/loan-contracts/export', { config: { access: { kind: 'programHousing', action: 'readPublic' } }, schema: { tags, params: uuidParam, ...listExportSchema() } }, (request, reply) =>
    sendList(request, reply, (language) => exports.loanContracts(request.actor!, request.params.id, language)),
  );
  app.post('/programs/:id/loan-contracts', { config: { access: { kind: 'programHousing', action: 'update' } }, schema: { tags, params: uuidParam, body: contractInput, response: { 201: contractView, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await loanContracts.createContract(contextOf(request), request.params.id, request.body)),
  );
  app.patch('/loan-contracts/:id', { config: contract('update'), schema: { tags, params: uuidParam, body: contractPatch, response: { 200: contractView, ...errors } } }, (request) =>
    loanContracts.reviseContract(contextOf(request), request.params.id, request.body),
  );
  app.post('/loan-contracts/:id/send', { config: contract('update'), schema: { tags, params: uuidParam, body: contractTransitionInput, response: { 200: contractView, ...errors } } }, (request) =>
    loanContracts.send(contextOf(request), request.params.id, request.body.version),
  );
  app.post('/loan-contracts/:id/reopen', { config: contract('update'), schema: { tags, params: uuidParam, body: contractTransitionInput, response: { 200: contractView, ...errors } } }, (request) =>
    loanContracts.reopen(contextOf(request), request.params.id, request.body.version),
  );
  app.get('/loan-contracts/:id/pdf', { config: contract('read'), schema: { tags, params: uuidParam, querystring: contractPdfQuery, response: { 200: file, ...errors } } }, async (request, reply) => {
    const { bytes, name } = await loanContracts.pdf(request.params.id, request.query);
    return reply.header('content-type', 'application/pdf').header('content-disposition', contentDisposition(name)).header('cache-control', 'private, no-store').send(bytes);
  });
  app.put('/loan-contracts/:id/signed-scan', {
    config: contract('create'),
    bodyLimit: MAX_SCAN_BYTES,
    // A stranger's upload is refused before its body is read.
    preParsing: async (request) => {
      if (!request.actor) throw new AppError('auth.required');
    },
    schema: { tags, params: uuidParam, response: { 200: contractView, ...errors } } }, (request) => {
    if (!Buffer.isBuffer(request.body)) throw new AppError('file.empty');
    return loanContracts.attachSignedScan(contextOf(request), request.params.id, request.body);
  });
  app.get('/loan-contracts/:id/signed-scan', { config: contract('read'), schema: { tags, params: uuidParam, response: { 200: file, ...errors } } }, async (request, reply) => {
    const scan = await loanContracts.signedScan(request.params.id);
    return reply.header('content-type', scan.mediaType).header('content-disposition', contentDisposition(scan.name)).header('x-content-type-options', 'nosniff').header('cache-control', 'private, no-store').send(scan.stream);
  });
};
