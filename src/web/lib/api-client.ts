// The one HTTP client of the web app. No UI side effects: it returns data or throws ApiError.
import { currentLanguage } from './i18n.ts';

export type ApiFieldError = { field: string; code: string; message: string; at?: { row: number; column: string; problem: string } };
export type ApiErrorBody = { error: { code: string; message: string; fields?: ApiFieldError[]; currentVersion?: number } };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(body.error.message);
    this.name = 'ApiError';
  }
}

export async function api<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown): Promise<T> {
  const response = await fetch(url, {
    method,
    headers: {
      accept: 'application/json',
      'accept-language': currentLanguage(),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const data = text ? (JSON.parse(text) as unknown) : null;
  if (!response.ok) {
    const errorBody = (data as ApiErrorBody | null)?.error ? (data as ApiErrorBody) : { error: { code: 'internal.unexpected', message: response.statusText } };
    throw new ApiError(response.status, errorBody);
  }
  return data as T;
}

/** Sends a file as the raw request body (the server tells its type by its content), its own name in a header. */
export async function apiUpload<T>(url: string, file: File, nameHeader: string): Promise<T> {
  const response = await fetch(url, {
    method: 'PUT',
    headers: { accept: 'application/json', 'accept-language': currentLanguage(), 'content-type': 'application/octet-stream', [nameHeader]: encodeURIComponent(file.name) },
    body: file,
  });
  const text = await response.text();
  const data = text ? (JSON.parse(text) as unknown) : null;
  if (!response.ok) {
    const errorBody = (data as ApiErrorBody | null)?.error ? (data as ApiErrorBody) : { error: { code: 'internal.unexpected', message: response.statusText } };
    throw new ApiError(response.status, errorBody);
  }
  return data as T;
}

export function queryString(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const s = search.toString();
  return s ? `?${s}` : '';
}
