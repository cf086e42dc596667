// Builds the Fastify application without listening, so tests drive it through inject().
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { AppError } from '../domain/errors/app-error.ts';
import type { Language } from '../domain/shared/localized-text.ts';
import type { Database } from './db/database.ts';
import { errorBodyOf, registerErrorHandler } from './http/error-handler.ts';
import { registerCsrfGuard } from './http/csrf-guard.ts';
import { registerUnstorableTextGuard } from './http/unstorable-text.ts';
import { registerRequestScope } from './http/request-scope.ts';
import { languageOf } from './http/request-language.ts';
import { registerSecurityHeaders } from './http/security-headers.ts';
import { registerLoadShedding, type LoadLimits } from './http/load-shedding.ts';
import fastifyRateLimit from '@fastify/rate-limit';
import { createAuth, type AuthSettings } from './auth/auth.ts';
import { createPasswordHasher, type PasswordHasher } from './auth/password-hasher.ts';
import { registerAuthentication } from './http/authenticate.ts';
import { registerRouteAccess, type RouteEntry } from './http/route-access.ts';
import { registerIdempotency } from './http/idempotency.ts';
import type { Mailer } from './mail/mailer.ts';
import { passwordResetMailer } from './mail/account-mail.ts';
import { applicationFilesRoutes } from './routes/application-files.routes.ts';
import { applicationsRoutes } from './routes/applications.routes.ts';
import { dataExportRoutes } from './routes/data-export.routes.ts';
import { auditEventsRoutes } from './routes/audit-events.routes.ts';
import { authRoutes } from './routes/auth.routes.ts';
import { healthRoutes } from './routes/health.routes.ts';
import { hostCallsRoutes } from './routes/host-calls.routes.ts';
import { studentImportRoutes } from './routes/student-import.routes.ts';
import { identityRoutes } from './routes/identity.routes.ts';
import { fairsRoutes } from './routes/fairs.routes.ts';
import { matchingsRoutes } from './routes/matchings.routes.ts';
import { housingRoutes } from './routes/housing.routes.ts';
import { loanContractsRoutes } from './routes/loan-contracts.routes.ts';
import { arrivalsRoutes } from './routes/arrivals.routes.ts';
import { internshipRoutes } from './routes/internship.routes.ts';
import { visaPackRoutes } from './routes/visa-packs.routes.ts';
import { reportRoutes } from './routes/reports.routes.ts';
import { hiringRoutes } from './routes/hiring.routes.ts';
import { fundedProjectsRoutes } from './routes/funded-projects.routes.ts';
import { testClockRoutes, type TestClock } from './routes/test-clock.routes.ts';
import type { JobQueue } from './jobs/job-queue.ts';
import { lecturesRoutes } from './routes/lectures.routes.ts';
import { invitationsRoutes } from './routes/invitations.routes.ts';
import { membersRoutes } from './routes/members.routes.ts';
import { organizationsRoutes } from './routes/organizations.routes.ts';
import { outboxRoutes } from './routes/outbox.routes.ts';
import { programsRoutes } from './routes/programs.routes.ts';
import { createServices, type Services } from './services/services.ts';
import type { FieldCipher } from './crypto/field-cipher.ts';
import { deriveAttendanceKey } from './crypto/attendance-token.ts';
import { createFileStore } from './storage/file-store.ts';

declare module 'fastify' {
  interface FastifyRequest {
    language: Language;
  }
  interface FastifyInstance {
    services: Services;
    database: Database;
    /** Every API route with its declared access policy (the authorization matrix test walks it). */
    routeTable: RouteEntry[];
  }
}

export type AppOptions = {
  database: Database;
  logger: FastifyBaseLogger;
  /** Folder of the built web app; omitted in API-only tests. */
  webRoot?: string | null;
  auth: AuthSettings;
  mailer: Mailer;
  /** Show the demo accounts on the sign-in page (never in production). */
  demoAccounts: boolean;
  /** Encrypts and decrypts identity documents (passport and residence-card numbers, birth dates). */
  fieldCipher: FieldCipher;
  /** Trust X-Forwarded-For from these proxies (Fastify's trustProxy); false: the socket's address. */
  trustProxy?: boolean | string;
  hasher?: PasswordHasher;
  /** Where uploaded files (CVs, portfolios) are kept: `<data folder>/files`; tests pass a temporary folder. */
  filesDir: string;
  /** The server clock the services use (deadlines); tests pass their own. */
  now?: () => Date;
  /** Background jobs (reminders): the server passes its pg-boss queue; omitted, nothing is queued. */
  jobQueue?: JobQueue | null;
  /** A clock people can set through the API (PUT /api/test-clock), for browser tests only; never in production. */
  testClock?: TestClock | null;
  /** When requests are refused with 503 (load shedding); tests lower them to provoke it. */
  loadLimits?: LoadLimits;
};

export const DEFAULT_WEB_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: options.logger,
    // Our own onResponse line logs the route pattern, never the raw URL (it may hold names).
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 1024 * 1024,
    requestTimeout: 30_000,
    connectionTimeout: 60_000,
    keepAliveTimeout: 10_000,
    return503OnClosing: true,
    routerOptions: { maxParamLength: 200 },
    genReqId: () => crypto.randomUUID(),
    trustProxy: options.trustProxy ?? false,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const hasher = options.hasher ?? createPasswordHasher();
  const auth = createAuth(options.database.authDb, options.auth, hasher, passwordResetMailer(options.mailer), (level, message) =>
    options.logger[level === 'error' ? 'error' : 'debug']({ source: 'better-auth' }, message),
  );
  const routeTable: RouteEntry[] = [];
  app.decorate('database', options.database);
  app.decorate('routeTable', routeTable);
  app.decorate(
    'services',
    createServices(options.database.db, { auth, attendanceKey: deriveAttendanceKey(options.auth.secret), demoAccounts: options.demoAccounts, mailer: options.mailer, hasher, publicUrl: options.auth.publicUrl, fieldCipher: options.fieldCipher,
      fileStore: createFileStore(options.filesDir),
      onFileCleanupError: (error) => options.logger.warn({ code: (error as NodeJS.ErrnoException).code }, 'an uploaded file could not be removed from the file store'),
      jobQueue: options.jobQueue ?? null,
      ...(options.testClock ? { now: options.testClock.now } : options.now ? { now: options.now } : {}) }),
  );
  // The reminders' workers run wherever a queue is given (the server; tests that ask for one).
  if (options.jobQueue) {
    await app.services.residenceReminders.start();
    await app.services.agreementReminders.start();
  }
  registerRequestScope(app); // first: every later hook and the handler run in the request's scope
  app.decorateRequest('language', 'ja');
  app.addHook('onRequest', async (request) => {
    request.language = languageOf(request.headers['accept-language']);
  });
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      { method: request.method, route: request.routeOptions.url ?? 'unmatched', status: reply.statusCode, ms: Math.round(reply.elapsedTime) },
      'request',
    );
  });
  registerErrorHandler(app);
  registerUnstorableTextGuard(app);
  await registerLoadShedding(app, options.database.pool, options.loadLimits);
  await registerSecurityHeaders(app);
  registerCsrfGuard(app);
  registerAuthentication(app, auth, options.database.authDb, options.auth);
  registerRouteAccess(app, options.database.db, routeTable);
  registerIdempotency(app, options.database.db); // after access: a refused request claims no key
  await app.register(fastifyRateLimit, { global: false });

  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Kakehashi API', version: '0.1.0', description: 'Cross-border internship-to-hire programs' },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { config: { access: { kind: 'public' } }, schema: { hide: true } }, async () => app.swagger());

  await app.register(healthRoutes);
  await app.register(authRoutes, { prefix: '/api' });
  await app.register(invitationsRoutes, { prefix: '/api' });
  await app.register(membersRoutes, { prefix: '/api' });
  await app.register(identityRoutes, { prefix: '/api' });
  await app.register(auditEventsRoutes, { prefix: '/api' });
  await app.register(outboxRoutes, { prefix: '/api' });
  await app.register(organizationsRoutes, { prefix: '/api' });
  await app.register(programsRoutes, { prefix: '/api' });
  await app.register(applicationsRoutes, { prefix: '/api' });
  await app.register(applicationFilesRoutes, { prefix: '/api' });
  await app.register(dataExportRoutes, { prefix: '/api' });
  await app.register(hostCallsRoutes, { prefix: '/api' });
  await app.register(lecturesRoutes, { prefix: '/api' });
  await app.register(fairsRoutes, { prefix: '/api' });
  await app.register(matchingsRoutes, { prefix: '/api' });
  await app.register(housingRoutes, { prefix: '/api' });
  await app.register(loanContractsRoutes, { prefix: '/api' });
  await app.register(arrivalsRoutes, { prefix: '/api' });
  await app.register(internshipRoutes, { prefix: '/api' });
  await app.register(visaPackRoutes, { prefix: '/api' });
  await app.register(reportRoutes, { prefix: '/api' });
  await app.register(hiringRoutes, { prefix: '/api' });
  await app.register(fundedProjectsRoutes, { prefix: '/api' });
  if (options.testClock) await app.register(testClockRoutes, { prefix: '/api', clock: options.testClock });
  await app.register(studentImportRoutes, { prefix: '/api' });
  await registerWebApp(app, options.webRoot === undefined ? DEFAULT_WEB_ROOT : options.webRoot);
  return app;
}

/** Serves the single-page app; unknown non-API paths get index.html so client routes work. */
async function registerWebApp(app: FastifyInstance, webRoot: string | null): Promise<void> {
  const hasWeb = webRoot !== null && fs.existsSync(path.join(webRoot, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: false,
      index: false,
      cacheControl: false,
      // Built assets carry a content hash in their name: cache them for good.
      setHeaders: (reply, filePath) => {
        void reply.header('cache-control', filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const isPage = (request.method === 'GET' || request.method === 'HEAD') && !request.url.startsWith('/api/') && (request.headers.accept ?? '').includes('text/html');
    if (hasWeb && isPage) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return reply.status(404).send(errorBodyOf(new AppError('route.notFound'), request.language));
  });
}
