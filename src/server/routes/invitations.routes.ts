// Invitations: sending (one person, or a college's class list), listing, revoking, and the
// public side of the link. The token travels in request bodies only; the request log names
// route patterns, never URLs or bodies.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBody, uuidParam } from '../../contracts/common.ts';
import {
  bulkInvitationInput,
  invitation,
  invitationAcceptance,
  invitationAccepted,
  invitationInput,
  invitationList,
  invitationListQuery,
  invitationPage,
  invitationPreview,
  invitationToken,
} from '../../contracts/invitations.ts';
import { tableExportQuery } from '../../contracts/table-export.ts';
import { listExportSchema, sendList } from '../exports/table-route.ts';
import { contextOf } from '../http/request-context.ts';

const tags = ['invitations'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody, 429: errorBody, 503: errorBody };
/** Per inviting person: each invitation is a mail sent in our name. */
const perInviter = (max: number) => ({ rateLimit: { max, timeWindow: '1 minute', keyGenerator: (r: { actor: { userId: string } | null; ip: string }) => r.actor?.userId ?? r.ip } });
/** Per client address, like sign-in: the link page checks tokens and passwords. */
const strict = { rateLimit: { max: 30, timeWindow: '1 minute' } };

export const invitationsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { invitations, invitationAcceptance: acceptance } = app.services;

  app.post('/invitations', { config: { access: { kind: 'newInvitation' }, ...perInviter(60) }, schema: { tags, body: invitationInput, response: { 201: invitation, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await invitations.invite(contextOf(request), request.body)),
  );

  app.post('/invitations/bulk', { config: { access: { kind: 'newInvitation', role: 'student' }, ...perInviter(10) }, schema: { tags, body: bulkInvitationInput, response: { 201: invitationList, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await invitations.inviteStudents(contextOf(request), request.body)),
  );

  app.get('/invitations', { config: { access: { kind: 'scopedList' } }, schema: { tags, querystring: invitationListQuery, response: { 200: invitationPage, ...errors } } }, (request) =>
    invitations.list(contextOf(request), request.query),
  );

  // The list as a file: the same filters, every page.
  app.get('/invitations/export', { config: { access: { kind: 'scopedList' } }, schema: { tags, ...listExportSchema(tableExportQuery.extend(invitationListQuery.omit({ page: true, pageSize: true }).shape)) } }, (request, reply) => {
    const { format: _format, language: _language, ...filters } = request.query;
    return sendList(request, reply, (language) => app.services.peopleExports.invitations(contextOf(request), filters, language));
  });

  app.post('/invitations/:id/revoke', { config: { access: { kind: 'invitation', action: 'archive' } }, schema: { tags, params: uuidParam, response: { 200: invitation, ...errors } } }, (request) =>
    invitations.revoke(contextOf(request), request.params.id),
  );

  app.post('/invitations/by-token', { config: { access: { kind: 'public' }, ...strict }, schema: { tags, body: invitationToken, response: { 200: invitationPreview, ...errors } } }, (request) =>
    acceptance.preview(request.body.token),
  );

  app.post('/invitations/accept', { config: { access: { kind: 'public' }, ...strict }, schema: { tags, body: invitationAcceptance, response: { 200: invitationAccepted, ...errors } } }, (request) =>
    acceptance.accept(contextOf(request), request.body),
  );

};
