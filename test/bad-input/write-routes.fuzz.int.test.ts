// Fuzzing every write route of the real app (issue 10 item 5, "bad input"): each POST, PUT,
// PATCH and DELETE the app registers is called by a person allowed to call it, on real records
// (the authorization matrix's world and its request for the route), with hostile bodies made by
// fast-check from the route's own valid body (hostile-input.ts) and hostile path ids. Whatever
// comes in, the answer is a 2xx or a 4xx, never a 5xx, and Object.prototype stays clean. Then
// the route's valid body under other media types (text, form, multipart, none) is refused when
// the OpenAPI document says the route takes a JSON body; and an upload route refuses bytes that
// are not what its Content-Type says (the content decides: 415, or 400 naming the file).
//
// FUZZ_RUNS (default 6) random attacks per route (half for uploads), after a fixed corpus of 6;
// FUZZ_SEED replays a run.
import crypto from 'node:crypto';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPLICATION_CASES, ARRIVAL_CASES, FAIR_CASES, HIRING_CASES, HOST_CALL_CASES, HOUSING_CASES, IDENTITY_CASES, INTERNSHIP_CASES, LECTURE_CASES, LOAN_CONTRACT_CASES, MATCHING_CASES, PEOPLE_CASES, PUBLIC_CASES, ROUTE_CASES, SELF_CASES, STUDENT_IMPORT_CASES, VISA_PACK_CASES, type CaseContext, type RouteCase } from '../access/access-cases.ts';
import { ROLES, buildWorld, type Role, type World } from '../access/access-world.ts';
import { FUNDED_PROJECT_CASES } from '../access/funded-project-cases.ts';
import { REPORT_CASES } from '../access/report-cases.ts';
import { createPerson, signInAs, type SignedIn } from '../support/people.ts';
import { useTestApp } from '../support/test-app.ts';
import { CONSTRUCTOR, PEOPLES_TEXT, PROTO, apply, attack, deep, hostileString, type Attack } from './hostile-input.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 6);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const WRITE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const CASES: RouteCase[] = [...PUBLIC_CASES, ...SELF_CASES, ...ROUTE_CASES, ...PEOPLE_CASES, ...IDENTITY_CASES, ...LECTURE_CASES, ...FAIR_CASES, ...MATCHING_CASES, ...HOUSING_CASES, ...LOAN_CONTRACT_CASES, ...ARRIVAL_CASES, ...INTERNSHIP_CASES, ...VISA_PACK_CASES, ...HIRING_CASES, ...APPLICATION_CASES, ...HOST_CALL_CASES, ...STUDENT_IMPORT_CASES, ...REPORT_CASES, ...FUNDED_PROJECT_CASES];
const WRITE_CASES = CASES.filter((c) => WRITE.has(c.route.split(' ')[0]!));
// Routes that end or lock what later routes use go last, and archiving an organization, a
// program or a person (what every other route's records hang on) last of all.
const LATER = /withdraw|sign-out|disable|revoke|publish|freeze|close|^DELETE/i;
const LAST = /^POST \/api\/(organizations|programs|members)\/:[a-zA-Z]+\/(archive|restore|deactivate|reactivate)$/;
const rank = (c: RouteCase) => (LAST.test(c.route) ? 2 : LATER.test(c.route) ? 1 : 0);
const ordered = [...WRITE_CASES].sort((a, b) => rank(a) - rank(b));

const tally = { routes: 0, requests: 0, shed: 0, byStatus: new Map<number, number>(), started: 0, fallbacks: [] as string[], uploadsRefused: [] as string[] };
// Load shedding (503 with Retry-After) is the server protecting itself from the test's pace, not
// an answer to the input: such a request is sent again after a pause (and counted).
const t = useTestApp({}, (app) => {
  const inject = app.inject.bind(app) as (options: InjectOptions) => Promise<LightMyRequestResponse>;
  app.inject = (async (options: InjectOptions) => {
    for (let attempt = 0; ; attempt++) {
      const res = await inject(options);
      if (res.statusCode !== 503 || !res.headers['retry-after'] || attempt >= 40) return res;
      tally.shed++;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }) as typeof app.inject;
});
let world: World;

beforeAll(async () => {
  tally.started = Date.now();
  world = await buildWorld(t);
}, 120_000);

afterAll(() => {
  const statuses = [...tally.byStatus].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(' ');
  console.log(`[write-routes fuzz] ${tally.routes} routes, ${tally.requests} requests (${FIXED.length} fixed + ${RUNS} random per JSON route), ${((Date.now() - tally.started) / 1000).toFixed(1)} s with the world's setup; statuses ${statuses}; shed and resent ${tally.shed}; uploads of an executable: ${tally.uploadsRefused.join(', ')}; routes without the matrix's request: ${tally.fallbacks.join(', ') || 'none'}`);
});

/** Someone the route's specification lets through on their own record (2xx); an operator admin otherwise. */
function allowedRole(spec: RouteCase): Role {
  const own = spec.expected.own ?? {};
  const ok = (role: Role) => {
    const status = own[role] ?? own.others;
    return status !== undefined && status >= 200 && status < 300;
  };
  return ok('operator_admin') ? 'operator_admin' : (ROLES.find(ok) ?? 'operator_admin');
}

const contextFor = (role: Role, person: SignedIn): CaseContext => ({
  app: t.app,
  world,
  role,
  target: 'own',
  side: world.A,
  caller: person,
  makePerson: async (organizationId, personRole) => (await createPerson(t.database.db, t.hasher, organizationId, personRole, 'Fuzz person')).userId,
});

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
/** Percent-encodes every UTF-8 byte (lone surrogates become EF BF BD, as a browser would send them). */
const percentEncoded = (s: string) => [...Buffer.from(s)].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
const hostileId = fc.oneof(
  fc.constant('random-uuid'),
  fc.constantFrom('not-a-uuid', '00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', '1', '-1', '%00', '%', '..%2F..%2Fetc', "1'%20OR%20'1'='1", '9'.repeat(190)),
  hostileString.map((s) => percentEncoded(s).slice(0, 190).replace(/%[0-9a-f]?$/, '') || 'x'),
);

/** The attack's request: the valid one's URL (its ids replaced when `id` is given) with a hostile body. */
function attacked(valid: InjectOptions, a: Attack, id: string | null): InjectOptions {
  const url = id === null ? String(valid.url) : String(valid.url).replace(UUID, () => (id === 'random-uuid' ? crypto.randomUUID() : id));
  const headers = { ...(valid.headers as Record<string, string> | undefined) };
  const isJson = !headers['content-type'] || headers['content-type'].includes('json');
  if (!isJson) {
    // An upload: its bytes cut, or text and JSON under the upload's own type.
    const bytes = Buffer.isBuffer(valid.payload) ? valid.payload : Buffer.from(String(valid.payload ?? ''));
    const text = apply(null, a);
    return { ...valid, url, headers, payload: a.kind === 'text' ? bytes.subarray(0, a.text.length % bytes.length) : Buffer.from(text) };
  }
  const template = typeof valid.payload === 'object' && !Buffer.isBuffer(valid.payload) ? valid.payload : valid.payload === undefined ? {} : valid.payload;
  return { ...valid, url, headers: { ...headers, 'content-type': 'application/json' }, payload: apply(template, a) };
}

/** A fixed corpus every route gets, whatever the random draw. */
const FIXED: Attack[] = [
  { kind: 'everyString', value: 'Бат\u0000эрдэнэ' },
  { kind: 'everyString', value: 'x\uD800y' },
  // Valid text in the scripts our people write, with bidi controls: stored and answered, never a 5xx.
  { kind: 'everyString', value: PEOPLES_TEXT },
  { kind: 'everyString', value: 'Ж'.repeat(30_000) },
  { kind: 'fields', edits: [{ pick: 0, value: PROTO }, { pick: 1, value: CONSTRUCTOR }, { pick: 2, value: deep(20_000) }], extra: { pick: 0, key: '__proto__', value: { polluted: 'yes' } }, hugeArray: 6_000 },
  { kind: 'whole', body: deep(20_000, '{"a":[', ']}') },
];
/** Whether the app's OpenAPI document declares a request body for the route (`POST /api/x/:id`). */
function declaresBody(route: string): boolean {
  const [method, url] = route.split(' ') as [string, string];
  const doc = t.app.swagger() as { paths: Record<string, Record<string, { requestBody?: unknown }>> };
  return Boolean(doc.paths[url.replace(/:([a-zA-Z]+)/g, '{$1}')]?.[method.toLowerCase()]?.requestBody);
}

/** The route's valid JSON body under another media type, or none: never processed as something else. */
async function confuse(valid: InjectOptions, route: string, who: SignedIn): Promise<void> {
  const text = typeof valid.payload === 'string' ? valid.payload : JSON.stringify(valid.payload ?? {});
  const strict = declaresBody(route);
  for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', null]) {
    const headers = { ...(valid.headers as Record<string, string> | undefined) };
    delete headers['content-type'];
    if (contentType) headers['content-type'] = contentType;
    const status = await send({ ...valid, headers, payload: text }, who, `${route} as ${contentType}`);
    if (strict) expect(status, `${route} as ${contentType ?? 'no Content-Type'}`).toBeGreaterThanOrEqual(400);
  }
}

/** A Windows executable's first bytes: no upload route accepts one, whatever the request says it is. */
const EXECUTABLE = Buffer.concat([Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0]), Buffer.from('This program cannot be run in DOS mode.\r\n')]);

/** An upload whose bytes are not what its Content-Type says: refused by its content (415, or 400 naming the file). */
async function mismatch(valid: InjectOptions, route: string, who: SignedIn): Promise<void> {
  const declared = (valid.headers as Record<string, string>)['content-type'] ?? '';
  const res = await t.app.inject({ ...valid, payload: EXECUTABLE, headers: { ...who.headers, ...(valid.headers as Record<string, string>), 'x-file-name': 'cv.pdf' } });
  tally.requests++;
  tally.uploadsRefused.push(`${route} ${res.statusCode}`);
  expect([400, 415], `${route}: ${declared} carrying an executable → ${res.body.slice(0, 200)}`).toContain(res.statusCode);
  if (res.statusCode === 400) expect(res.json().error.fields?.[0]?.field).toBe('file');
}

async function send(options: InjectOptions, who: SignedIn, label: string): Promise<number> {
  const res = await t.app.inject({ ...options, headers: { ...who.headers, ...(options.headers as Record<string, string> | undefined) } });
  tally.requests++;
  tally.byStatus.set(res.statusCode, (tally.byStatus.get(res.statusCode) ?? 0) + 1);
  expect(res.statusCode, `${label}: ${String(options.payload).slice(0, 200)} → ${res.body.slice(0, 300)}`).toBeLessThan(500);
  return res.statusCode;
}

describe('every write route under hostile input', () => {
  it('knows a request for every write route the app registers', () => {
    const live = t.app.routeTable.filter((r) => WRITE.has(r.method)).map((r) => `${r.method} ${r.url}`);
    const known = WRITE_CASES.map((c) => c.route);
    tally.fallbacks.push(...live.filter((r) => !known.includes(r)));
    expect(live.length).toBeGreaterThan(100);
    expect(tally.fallbacks).toEqual([]);
  });

  for (const spec of ordered) {
    it(`${spec.route} answers 2xx or 4xx`, async () => {
      tally.routes++;
      const role = allowedRole(spec);
      const who = spec.throwaway ? await signInAs(t, world.orgOf[role], role, 'Fuzz throwaway') : world.people[role];
      const valid = await spec.request(contextFor(role, who));
      for (const [i, a] of FIXED.entries()) await send(attacked(valid, a, null), who, `${spec.route} fixed #${i}`);
      const upload = Buffer.isBuffer(valid.payload);
      await fc.assert(
        fc.asyncProperty(attack, fc.option(hostileId, { freq: 4 }), async (a, id) => {
          await send(attacked(valid, a, id), who, `${spec.route} ${JSON.stringify(a).slice(0, 200)} id=${id}`);
        }),
        { numRuns: upload ? Math.ceil(RUNS / 2) : RUNS, ...(SEED !== undefined ? { seed: SEED } : {}), endOnFailure: true },
      );
      if (upload) await mismatch(valid, spec.route, who);
      else await confuse(valid, spec.route, who);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }, 60_000);
  }

  it('leaves Object.prototype clean', () => {
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(tally.requests).toBeGreaterThan(0);
  });
});
