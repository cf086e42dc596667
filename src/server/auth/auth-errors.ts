// better-auth reports failures as APIError with a code; we speak our own error catalogue.
import { APIError } from 'better-auth/api';
import { AppError, invalid } from '../../domain/errors/app-error.ts';

const BY_CODE: Record<string, () => AppError> = {
  INVALID_EMAIL_OR_PASSWORD: () => new AppError('auth.invalidCredentials'),
  INVALID_PASSWORD: () => invalid([{ field: 'currentPassword', code: 'password.wrong' }]),
  PASSWORD_TOO_SHORT: () => invalid([{ field: 'newPassword', code: 'password.tooShort', params: { min: 10 } }]),
  PASSWORD_TOO_LONG: () => invalid([{ field: 'newPassword', code: 'password.tooLong', params: { max: 128 } }]),
  INVALID_CODE: () => new AppError('auth.invalidCode'),
  INVALID_TWO_FACTOR_COOKIE: () => new AppError('auth.invalidCode'),
  TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE: () => new AppError('auth.invalidCode'),
  INVALID_TOKEN: () => new AppError('auth.linkInvalid'),
};

export function fromAuthError(error: unknown): unknown {
  if (!(error instanceof APIError)) return error;
  const code = (error.body as { code?: string } | undefined)?.code ?? '';
  const mapped = BY_CODE[code];
  if (mapped) return mapped();
  if (error.statusCode === 401) return new AppError('auth.required');
  if (error.statusCode === 403) return new AppError('access.forbidden');
  if (error.statusCode === 429) return new AppError('request.rateLimited');
  return error;
}

/** Runs a better-auth call and rethrows its failure as one of ours. */
export async function authCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw fromAuthError(error);
  }
}
