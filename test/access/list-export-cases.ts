// The matrix's specification for the lists' downloads (issue 9 item 5): each download answers
// exactly as its list does, for every role and record, so a file never reaches someone the list
// is refused to. Derived from the list's own case, with ?format=csv appended.
import type { InjectOptions } from 'fastify';
import { APPLICATION_CASES, ROUTE_CASES, type RouteCase } from './access-cases.ts';

/** GET <list>/export, specified as the list `route` is. */
export function downloadOf(cases: readonly RouteCase[], route: string): RouteCase {
  const list = cases.find((c) => c.route === route);
  if (!list) throw new Error(`no case for ${route}`);
  return {
    ...list,
    route: `${route}/export`,
    request: async (c) => {
      const options = (await list.request(c)) as InjectOptions & { url: string };
      const [path, query] = options.url.split('?');
      return { ...options, url: `${path}/export?${query ? `${query}&` : ''}format=csv` };
    },
  };
}

export const LIST_EXPORT_CASES: RouteCase[] = [downloadOf(APPLICATION_CASES, 'GET /api/programs/:id/applications'), downloadOf(ROUTE_CASES, 'GET /api/programs')];
