// Recognises PostgreSQL errors by SQLSTATE and constraint, through drizzle's wrapper.
type PgError = { code?: string; constraint?: string };

function pgErrorOf(error: unknown): PgError | null {
  for (let e = error as { cause?: unknown } | null, depth = 0; e && depth < 4; e = e.cause as never, depth++) {
    if (typeof (e as PgError).code === 'string' && /^[0-9A-Z]{5}$/.test((e as PgError).code ?? '')) return e as PgError;
  }
  return null;
}

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = pgErrorOf(error);
  return e?.code === '23505' && (constraint === undefined || e.constraint === constraint);
}

export function isForeignKeyViolation(error: unknown): boolean {
  return pgErrorOf(error)?.code === '23503';
}

/** An exclusion constraint refused a row (23P01), optionally a named one. */
export function isExclusionViolation(error: unknown, constraint?: string): boolean {
  const e = pgErrorOf(error);
  return e?.code === '23P01' && (constraint === undefined || e.constraint === constraint);
}

/**
 * PostgreSQL gave up on the transaction so that another could go on (40P01 deadlock, 40001
 * serialization): two bookings inserting conflicting rows into an exclusion constraint at the
 * same moment can each wait for the other. Running it again finds the other's row committed.
 */
export function isRetryableConflict(error: unknown): boolean {
  const code = pgErrorOf(error)?.code;
  return code === '40P01' || code === '40001';
}
