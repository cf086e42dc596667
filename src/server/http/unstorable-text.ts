// Text no column can store, refused at the door with 400 and the field named: NUL (PostgreSQL's
// text and jsonb reject U+0000, so it would otherwise surface as a 500 deep in a write or a
// search) and lone UTF-16 surrogates (not Unicode text; the driver would silently store U+FFFD
// instead). JSON bodies are parsed as Fastify does (secure-json-parse, `__proto__` and
// `constructor.prototype` refused) and then checked, keys too (some bodies are maps); the query
// string and the path parameters are checked before validation.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, type FieldIssue } from '../../domain/errors/app-error.ts';

// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const UNSTORABLE_TEXT_CODE = 'text.invalidCharacter';

/**
 * The first text in a parsed value that cannot be stored, by its field path (`a.0.b`); `root`
 * names the value itself. Iterative, so a deeply nested body cannot exhaust the stack.
 */
export function unstorableTextIn(value: unknown, root = 'body'): FieldIssue | null {
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length > 0) {
    const [current, at] = stack.pop()!;
    if (typeof current === 'string') {
      if (UNSTORABLE.test(current)) return { field: at || root, code: UNSTORABLE_TEXT_CODE };
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push([current[i], at ? `${at}.${i}` : String(i)]);
    } else if (current !== null && typeof current === 'object') {
      for (const [key, v] of Object.entries(current)) {
        if (UNSTORABLE.test(key)) return { field: at || root, code: UNSTORABLE_TEXT_CODE };
        stack.push([v, at ? `${at}.${key}` : key]);
      }
    }
  }
  return null;
}

export function registerUnstorableTextGuard(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    parse(request, body as string, (error, value) => {
      if (error) return done(error, undefined);
      const issue = unstorableTextIn(value);
      if (issue) return done(new AppError('validation.failed', { fields: [issue] }), undefined);
      done(null, value);
    });
  });
  app.addHook('preValidation', async (request: FastifyRequest) => {
    const issue = unstorableTextIn(request.query, 'query') ?? unstorableTextIn(request.params, 'params');
    if (issue) throw new AppError('validation.failed', { fields: [issue] });
  });
}
