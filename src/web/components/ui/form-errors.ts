import { ApiError } from '../../lib/api-client.ts';

/** Field messages of a 400 answer, keyed by field path, for a form to show under each input. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || !error.body.error.fields) return {};
  const errors: Record<string, string> = {};
  for (const issue of error.body.error.fields) errors[issue.field] ??= issue.message;
  return errors;
}

/** Empty inputs become null; numbers typed as text become numbers. */
export function numberOrNull(value: string | number | null | undefined): number | null {
  if (value === '' || value === null || value === undefined) return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}
