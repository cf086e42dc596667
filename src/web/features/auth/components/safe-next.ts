import { paths } from '../../../paths.ts';

/** Where to go after signing in: only a path of this app (never another site, never `//host`). */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/sign-in') ? next : paths.home;
}
