// The one place where error codes become HTTP statuses and translated bodies. Every error
// body has the same shape (contracts/common.ts errorBody) and never a stack trace.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, type AppErrorCode, type FieldIssue } from '../../domain/errors/app-error.ts';
import { PIPELINE_REFUSAL_CODES, type PipelineRefusalCode } from '../../domain/pipeline/pipeline-state.ts';
import { HOUSING_REFUSALS } from '../../domain/housing/housing.ts';
import { INTERNSHIP_REFUSALS } from '../../domain/internship/internship.ts';
import { HIRING_REFUSALS } from '../../domain/hiring/hiring.ts';
import type { Language } from '../../domain/shared/localized-text.ts';
import { translate } from '../i18n/server-i18n.ts';
import { isImportError } from '../import/import-error.ts';

const STATUS: Record<AppErrorCode, number> = {
  'validation.failed': 400,
  'request.malformed': 400,
  'request.tooLarge': 413,
  'request.crossSite': 403,
  'resource.notFound': 404,
  'resource.versionConflict': 409,
  'resource.duplicate': 409,
  'route.notFound': 404,
  'request.rateLimited': 429,
  'auth.required': 401,
  'auth.invalidCredentials': 401,
  'auth.throttled': 429,
  'auth.busy': 503,
  'auth.invalidCode': 401,
  'auth.twoFactorSetupRequired': 403,
  'auth.linkInvalid': 400,
  'access.forbidden': 403,
  'invitation.notPending': 409,
  'invitation.alreadyMember': 409,
  'mail.unavailable': 503,
  // A file too big in some way is 413, a kind of file we do not read 415, a file we cannot read
  // (or whose parse ran out of time, which a retry would repeat) 422; all parse slots taken 503.
  'import.tooLarge': 413,
  'import.zipBomb': 413,
  'import.tooManyRows': 413,
  'import.tooManyColumns': 413,
  'import.cellTooLong': 413,
  'import.unsupportedType': 415,
  'import.unreadable': 422,
  'import.empty': 422,
  'import.timeout': 422,
  'import.busy': 503,
  'import.invalidRows': 422,
  'consent.required': 409,
  'consent.noticeOutdated': 409,
  'hostCall.closed': 409,
  'application.bulkRefused': 409,
  'file.empty': 400,
  'file.tooLarge': 413,
  'file.unsupportedType': 415,
  'attendance.tokenInvalid': 400,
  'attendance.tokenExpired': 410,
  'attendance.wrongSession': 400,
  'attendance.notEnrolled': 403,
  'attendance.noneAttended': 409,
  'fair.slotUnknown': 409,
  'fair.roomUnknown': 409,
  'fair.studentUnavailable': 409,
  'fair.companyUnavailable': 409,
  'fair.studentBusy': 409,
  'fair.roomTaken': 409,
  'fair.interpreterShort': 409,
  'fair.capExceeded': 409,
  'fair.scheduleExists': 409,
  'fair.interviewPlaced': 409,
  'fair.notApproved': 409,
  'fair.notInterviewed': 409,
  'matching.roundClosed': 409,
  'matching.deadlinePassed': 409,
  'matching.notRun': 409,
  'matching.notPublished': 409,
  'matching.previousNotFrozen': 409,
  ...(Object.fromEntries(HOUSING_REFUSALS.map((code) => [code, code === 'housing.noScan' ? 404 : 409])) as Record<(typeof HOUSING_REFUSALS)[number], number>),
  ...(Object.fromEntries(INTERNSHIP_REFUSALS.map((code) => [code, 409])) as Record<(typeof INTERNSHIP_REFUSALS)[number], number>),
  ...(Object.fromEntries(HIRING_REFUSALS.map((code) => [code, code === 'hiring.notStepOwner' ? 403 : 409])) as Record<(typeof HIRING_REFUSALS)[number], number>),
  // A move the pipeline's rules refuse conflicts with the application's current state.
  ...(Object.fromEntries(PIPELINE_REFUSAL_CODES.map((code) => [code, 409])) as Record<PipelineRefusalCode, number>),
  'service.unavailable': 503,
  'idempotency.keyInvalid': 400,
  'idempotency.keyReused': 422,
  'idempotency.inProgress': 409,
  'internal.unexpected': 500,
};

export function statusOf(code: AppErrorCode): number {
  return STATUS[code];
}

export function errorBodyOf(error: AppError, language: Language) {
  const fields = error.details.fields?.map((issue) => ({
    field: issue.field,
    code: issue.code,
    message: fieldMessage(issue, language),
    ...(issue.at ? { at: { row: issue.at.row, column: issue.at.column, problem: problemOf(issue, language) } } : {}),
  }));
  const currentVersion = error.details.params?.currentVersion;
  return {
    error: {
      code: error.code,
      message: translate(language, 'errors', `codes.${error.code}`, error.details.params),
      ...(fields && fields.length > 0 ? { fields } : {}),
      ...(typeof currentVersion === 'number' ? { currentVersion } : {}),
    },
  };
}

function problemOf(issue: FieldIssue, language: Language): string {
  // An issue may carry an error code of the catalogue (a pipeline refusal in a bulk move): its message then.
  const fallback = translate(language, 'errors', `codes.${issue.code}`, { ...issue.params, defaultValue: translate(language, 'errors', 'fieldIssues.invalid') });
  return translate(language, 'errors', `fieldIssues.${issue.code}`, { ...issue.params, defaultValue: fallback });
}

function fieldMessage(issue: FieldIssue, language: Language): string {
  const problem = problemOf(issue, language);
  // A problem inside an uploaded file is named by its row and column, not by a field label.
  if (issue.at) return `${translate(language, 'errors', 'importLocation.cell', { row: issue.at.row, column: issue.at.column })}: ${problem}`;
  const leaf = issue.field.split('.').filter((p) => !/^\d+$/.test(p)).pop() ?? issue.field;
  const label = translate(language, 'errors', `fieldNames.${leaf}`, { defaultValue: leaf });
  return `${label}: ${problem}`;
}

const ISSUE_CODE = /^[a-z][a-zA-Z]*(\.[a-zA-Z]+)+$/;

/** Zod's issues as our field issues; a missing value is `required` whatever its type. */
function fieldIssuesOf(error: { validation: { instancePath: string; keyword: string; message?: string; params: Record<string, unknown> }[]; validationContext?: string }): FieldIssue[] {
  return error.validation.map((v) => {
    const path = v.instancePath.replace(/^\//, '').split('/').filter(Boolean).join('.');
    const field = path || (error.validationContext ?? 'body');
    // Our schemas give their own issues a message that is a catalogue code (`country.invalid`).
    if (v.message && ISSUE_CODE.test(v.message)) return { field, code: v.message };
    if (v.keyword === 'custom') return { field, code: 'invalid' };
    if (v.keyword === 'invalid_type' && /received undefined/.test(v.message ?? '')) return { field, code: 'required' };
    const params = Object.fromEntries(
      Object.entries(v.params).filter(([, value]) => typeof value === 'string' || typeof value === 'number'),
    ) as Record<string, string | number>;
    if (Array.isArray(v.params.keys)) params.keys = (v.params.keys as string[]).join(', ');
    return { field, code: `zod.${v.keyword}`, params };
  });
}

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (isImportError(error)) return error.toAppError();
  if (hasZodFastifySchemaValidationErrors(error)) return new AppError('validation.failed', { fields: fieldIssuesOf(error as never) });
  const fastifyError = error as Partial<FastifyError>;
  if (fastifyError.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return new AppError('request.tooLarge');
  if (fastifyError.statusCode === 503 || isDatabaseUnavailable(error)) return new AppError('service.unavailable');
  if (fastifyError.statusCode === 429) return new AppError('request.rateLimited');
  if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    // Malformed JSON, unsupported media type, bad Content-Length…: the client's fault.
    return new AppError('request.malformed');
  }
  return new AppError('internal.unexpected');
}

// The database down, restarting or refusing connections, or no pooled connection free in time:
// the request may succeed later, so it is 503 with Retry-After, not an unexpected 500.
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08006']);
/** Also when wrapped (Drizzle's "Failed query: …" carries the driver's error as its cause). */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false;
  const e = error as { code?: unknown; message?: unknown; cause?: unknown };
  if (typeof e.code === 'string' && UNAVAILABLE_CODES.has(e.code)) return true;
  if (typeof e.message === 'string' && /^(timeout exceeded when trying to connect|Connection terminated|Client has encountered a connection error)/.test(e.message)) return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const appError = toAppError(error);
    const status = STATUS[appError.code];
    if (status >= 500) {
      // Log the error class and code, never request bodies (they may hold personal data).
      const e = error as Error & { code?: string };
      request.log.error({ err: { type: e.name, code: e.code, message: isResponseSerializationError(e) ? 'response schema mismatch' : e.message, stack: e.stack } }, 'request failed');
    }
    if (status === 503) void reply.header('retry-after', '5');
    void reply.status(status).send(errorBodyOf(appError, request.language));
  });
}
