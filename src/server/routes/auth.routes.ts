// Signing in and out, the second factor, password resets, the demo accounts and one's own
// account. Rate limits sit on the endpoints that send mail or check passwords.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  account,
  accountPatch,
  codeOnly,
  demoAccounts,
  ok,
  passwordChange,
  passwordOnly,
  passwordResetConfirm,
  passwordResetRequest,
  secondFactorInput,
  sessionIdParam,
  sessionList,
  signInInput,
  signInResult,
  twoFactorEnrolment,
} from '../../contracts/auth.ts';
import { errorBody } from '../../contracts/common.ts';
import { authHeaders, forwardCookies } from '../http/authenticate.ts';

const tags = ['auth'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 429: errorBody, 503: errorBody };
/** Per client address, on top of the per-account throttle. */
const strict = { rateLimit: { max: 30, timeWindow: '1 minute' } };

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { signIn, account: accounts, demo } = app.services;
  const me = (request: { actor: unknown }) => request.actor as NonNullable<import('fastify').FastifyRequest['actor']>;

  app.post('/auth/sign-in', { config: { access: { kind: 'public' }, ...strict }, schema: { tags, body: signInInput, response: { 200: signInResult, ...errors } } }, async (request, reply) => {
    const outcome = await signIn.signIn(authHeaders(request), request.ip, request.body.email, request.body.password);
    forwardCookies(reply, outcome.cookies);
    return { status: outcome.status };
  });

  app.post('/auth/two-factor', { config: { access: { kind: 'public' }, ...strict }, schema: { tags, body: secondFactorInput, response: { 200: signInResult, ...errors } } }, async (request, reply) => {
    forwardCookies(reply, await signIn.verifySecondFactor(authHeaders(request), request.body.code, request.body.trustDevice));
    return { status: 'signedIn' as const };
  });

  app.post('/auth/sign-out', { config: { access: { kind: 'signedIn', duringTwoFactorSetup: true } }, schema: { tags, response: { 200: ok, ...errors } } }, async (request, reply) => {
    forwardCookies(reply, await signIn.signOut(authHeaders(request)));
    return { ok: true as const };
  });

  app.post('/auth/password-reset', { config: { access: { kind: 'public' }, rateLimit: { max: 5, timeWindow: '15 minutes' } }, schema: { tags, body: passwordResetRequest, response: { 202: ok, ...errors } } }, async (request, reply) => {
    await signIn.requestPasswordReset(authHeaders(request), request.body.email);
    return reply.status(202).send({ ok: true });
  });

  app.post('/auth/password-reset/confirm', { config: { access: { kind: 'public' }, ...strict }, schema: { tags, body: passwordResetConfirm, response: { 200: ok, ...errors } } }, async (request) => {
    await signIn.resetPassword(request.body.token, request.body.newPassword);
    return { ok: true as const };
  });

  app.get('/auth/demo-accounts', { config: { access: { kind: 'public' } }, schema: { tags, response: { 200: demoAccounts } } }, () => demo.list());

  const self = { access: { kind: 'signedIn', duringTwoFactorSetup: true } } as const;

  app.get('/account', { config: self, schema: { tags, response: { 200: account, ...errors } } }, (request) => accounts.me(me(request)));

  app.patch('/account', { config: self, schema: { tags, body: accountPatch, response: { 200: account, ...errors } } }, (request) =>
    accounts.setLanguage(me(request), request.body.language),
  );

  app.post('/account/password', { config: { ...self, ...strict }, schema: { tags, body: passwordChange, response: { 200: ok, ...errors } } }, async (request, reply) => {
    forwardCookies(reply, await accounts.changePassword(authHeaders(request), request.body.currentPassword, request.body.newPassword));
    return { ok: true as const };
  });

  app.post('/account/two-factor/enable', { config: { ...self, ...strict }, schema: { tags, body: passwordOnly, response: { 200: twoFactorEnrolment, ...errors } } }, (request) =>
    accounts.enableTwoFactor(authHeaders(request), request.body.password),
  );

  app.post('/account/two-factor/confirm', { config: { ...self, ...strict }, schema: { tags, body: codeOnly, response: { 200: ok, ...errors } } }, async (request, reply) => {
    forwardCookies(reply, await accounts.confirmTwoFactor(authHeaders(request), request.body.code));
    return { ok: true as const };
  });

  app.post('/account/two-factor/disable', { config: { access: { kind: 'signedIn' }, ...strict }, schema: { tags, body: passwordOnly, response: { 200: ok, ...errors } } }, async (request, reply) => {
    forwardCookies(reply, await accounts.disableTwoFactor(me(request), authHeaders(request), request.body.password));
    return { ok: true as const };
  });

  app.get('/account/sessions', { config: self, schema: { tags, response: { 200: sessionList, ...errors } } }, (request) => accounts.sessions(me(request)));

  app.delete('/account/sessions/:sessionId', { config: self, schema: { tags, params: sessionIdParam, response: { 200: ok, ...errors } } }, async (request) => {
    await accounts.revokeSession(me(request), request.params.sessionId);
    return { ok: true as const };
  });
};
