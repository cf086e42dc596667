// The authorization matrix's specification: for every API route, how to call it on a target
// and the exact status each role must get. Written by hand from issue 3's visibility rules,
// not computed from the policy it checks. Targets:
//   own      a record of the caller's own world: their organization, or operator A's program
//            their organization takes part in;
//   sibling  another record of operator A's world that the caller's organization has no part in;
//   foreign  operator B's record (always invisible: 404).
import type { FastifyInstance, InjectOptions } from 'fastify';
import { buildApplicationInput, buildHostApplicationInput, buildOrganizationInput, buildPhaseInput, buildProgramInput } from '../support/factories.ts';
import { PNG_BYTES, tinyPdf } from '../support/files.ts';
import { buildUnitInput } from '../support/housing.ts';
import { addDays } from '../../src/domain/housing/dates.ts';
import { TEST_PASSWORD, cookiesOf, giveConsent, sameOrigin, signIn, totpNow, type SignedIn } from '../support/people.ts';
import { CURRENT_NOTICE_VERSION } from '../../src/domain/consent/consent.ts';
import type { MembershipRole } from '../../src/domain/access/roles.ts';
import type { Role, Side, World } from './access-world.ts';
import { rosterCsv, rosterStudents } from '../support/student-roster-fixture.ts';

export type Target = 'own' | 'sibling' | 'foreign';
export type CaseContext = {
  app: FastifyInstance;
  world: World;
  role: Role;
  target: Target;
  side: Side;
  caller: SignedIn;
  /** A new person straight in the database (no session), for cases about people. */
  makePerson: (organizationId: string, role: MembershipRole) => Promise<string>;
};
type Statuses = Partial<Record<Role | 'others', number>>;
export type RouteCase = {
  route: string;
  targets: Target[];
  request: (c: CaseContext) => Promise<InjectOptions> | InjectOptions;
  expected: Partial<Record<Target, Statuses>>;
  /** The call ends or changes the caller's session or password: use a throwaway person of the role. */
  throwaway?: boolean;
  /** The exact answer without a session (default 401). */
  anonymous?: number;
};

let n = 0;
const unique = () => ++n;
export const ALL: Target[] = ['own', 'sibling', 'foreign'];
export const OWN_AND_FOREIGN: Target[] = ['own', 'foreign'];
export const OWN: Target[] = ['own'];

/** Cohort numbers run 1–100 within a program. */
const ordinals = new Map<string, number>();
const nextOrdinal = (programId: string) => {
  const next = (ordinals.get(programId) ?? 0) + 1;
  ordinals.set(programId, next);
  return next;
};

export const programOf = (c: CaseContext) => (c.target === 'own' ? c.side.program : c.target === 'sibling' ? c.side.program2 : c.side.program);
const fiscalYearOf = (c: CaseContext) => (c.target === 'sibling' ? 2026 : 2025);
export const organizationOf = (c: CaseContext) => (c.target === 'own' ? c.world.orgOf[c.role] : c.target === 'sibling' ? c.side.orgs.company2 : c.side.orgs.company);

async function versionOf(c: CaseContext, url: string): Promise<number> {
  const res = await c.side.api({ method: 'GET', url });
  if (res.statusCode !== 200) throw new Error(`setup read ${url}: ${res.statusCode}`);
  return (res.json() as { version: number }).version;
}

/** A fresh phase, cohort or participation in the target program, made by its operator's admin. */
async function freshChild(c: CaseContext, kind: 'phases' | 'cohorts' | 'participations'): Promise<{ id: string; version: number }> {
  const program = programOf(c);
  const fy = fiscalYearOf(c);
  const label = `child-${unique()}`;
  let payload: object;
  if (kind === 'phases') payload = buildPhaseInput({ startDate: `${fy}-08-19`, endDate: `${fy}-08-30`, label: { ja: label } });
  else if (kind === 'cohorts') payload = { ordinal: nextOrdinal(program), name: { ja: label } };
  else {
    const company = await c.side.api({ method: 'POST', url: '/api/organizations', payload: buildOrganizationInput({ kind: 'company', name: { ja: label } }) });
    payload = { organizationId: company.json().id, role: 'host_company' };
  }
  const res = await c.side.api({ method: 'POST', url: `/api/programs/${program}/${kind}`, payload });
  if (res.statusCode !== 201) throw new Error(`setup ${kind}: ${res.statusCode} ${res.body}`);
  const detail = res.json() as Record<string, { id: string; version?: number; label?: { ja?: string }; name?: { ja?: string }; organization?: { name: { ja?: string } } }[]>;
  const child = detail[kind]!.find((x) => x.label?.ja === label || x.name?.ja === label || x.organization?.name.ja === label)!;
  return { id: child.id, version: child.version ?? 1 };
}

// Expectation tables, by the rule they follow.
const programRead: RouteCase['expected'] = { own: { others: 200 }, sibling: { operator_admin: 200, operator_staff: 200, others: 404 }, foreign: { others: 404 } };
const programWrite = (ok: number): RouteCase['expected'] => ({
  own: { operator_admin: ok, operator_staff: ok, others: 403 },
  sibling: { operator_admin: ok, operator_staff: ok, others: 404 },
  foreign: { others: 404 },
});
const programArchive: RouteCase['expected'] = { own: { operator_admin: 200, others: 403 }, sibling: { operator_admin: 200, operator_staff: 403, others: 404 }, foreign: { others: 404 } };
export const organizationRead: RouteCase['expected'] = { own: { others: 200 }, sibling: { operator_admin: 200, operator_staff: 200, others: 404 }, foreign: { others: 404 } };
export const organizationUpdate: RouteCase['expected'] = { own: { student: 403, others: 200 }, sibling: { operator_admin: 200, operator_staff: 200, others: 404 }, foreign: { others: 404 } };
const organizationArchive: RouteCase['expected'] = { own: { operator_admin: 200, others: 403 }, sibling: { operator_admin: 200, operator_staff: 403, others: 404 }, foreign: { others: 404 } };
const operatorsOnly = (ok: number): RouteCase['expected'] => ({ own: { operator_admin: ok, operator_staff: ok, others: 403 } });
const everyone = (ok: number): RouteCase['expected'] => ({ own: { others: ok } });

export const ROUTE_CASES: RouteCase[] = [
  // Programs
  { route: 'GET /api/programs', targets: OWN, request: () => ({ method: 'GET', url: '/api/programs' }), expected: everyone(200) },
  {
    route: 'POST /api/programs',
    targets: OWN_AND_FOREIGN,
    request: (c) => ({ method: 'POST', url: '/api/programs', payload: buildProgramInput(c.side.operator, { fiscalYear: 2030 + unique() }) }),
    expected: { own: { operator_admin: 201, others: 403 }, foreign: { others: 403 } },
  },
  { route: 'GET /api/programs/:id', targets: ALL, request: (c) => ({ method: 'GET', url: `/api/programs/${programOf(c)}` }), expected: programRead },
  {
    route: 'PATCH /api/programs/:id',
    targets: ALL,
    request: async (c) => ({ method: 'PATCH', url: `/api/programs/${programOf(c)}`, payload: { version: await versionOf(c, `/api/programs/${programOf(c)}`), plannedInterns: unique() % 9 } }),
    expected: programWrite(200),
  },
  ...(['archive', 'restore'] as const).map((verb) => ({
    route: `POST /api/programs/:id/${verb}`,
    targets: ALL,
    request: async (c: CaseContext) => ({ method: 'POST' as const, url: `/api/programs/${programOf(c)}/${verb}`, payload: { version: await versionOf(c, `/api/programs/${programOf(c)}`) } }),
    expected: programArchive,
  })),
  {
    route: 'POST /api/programs/:id/phases',
    targets: ALL,
    request: (c) => ({ method: 'POST', url: `/api/programs/${programOf(c)}/phases`, payload: buildPhaseInput({ startDate: `${fiscalYearOf(c)}-09-01`, endDate: `${fiscalYearOf(c)}-09-02` }) }),
    expected: programWrite(201),
  },
  {
    route: 'PATCH /api/programs/:id/phases/:childId',
    targets: ALL,
    request: async (c) => {
      const phase = await freshChild(c, 'phases');
      return { method: 'PATCH', url: `/api/programs/${programOf(c)}/phases/${phase.id}`, payload: { version: phase.version, location: 'Ulaanbaatar' } };
    },
    expected: programWrite(200),
  },
  {
    route: 'DELETE /api/programs/:id/phases/:childId',
    targets: ALL,
    request: async (c) => {
      const phase = await freshChild(c, 'phases');
      return { method: 'DELETE', url: `/api/programs/${programOf(c)}/phases/${phase.id}?version=${phase.version}` };
    },
    expected: programWrite(200),
  },
  {
    route: 'POST /api/programs/:id/cohorts',
    targets: ALL,
    request: (c) => ({ method: 'POST', url: `/api/programs/${programOf(c)}/cohorts`, payload: { ordinal: nextOrdinal(programOf(c)), name: { ja: 'ターン' } } }),
    expected: programWrite(201),
  },
  {
    route: 'PATCH /api/programs/:id/cohorts/:childId',
    targets: ALL,
    request: async (c) => {
      const cohort = await freshChild(c, 'cohorts');
      return { method: 'PATCH', url: `/api/programs/${programOf(c)}/cohorts/${cohort.id}`, payload: { version: cohort.version, name: { en: 'Turn' } } };
    },
    expected: programWrite(200),
  },
  {
    route: 'DELETE /api/programs/:id/cohorts/:childId',
    targets: ALL,
    request: async (c) => {
      const cohort = await freshChild(c, 'cohorts');
      return { method: 'DELETE', url: `/api/programs/${programOf(c)}/cohorts/${cohort.id}?version=${cohort.version}` };
    },
    expected: programWrite(200),
  },
  {
    route: 'POST /api/programs/:id/participations',
    targets: ALL,
    request: async (c) => {
      const company = await c.side.api({ method: 'POST', url: '/api/organizations', payload: buildOrganizationInput({ kind: 'company' }) });
      return { method: 'POST', url: `/api/programs/${programOf(c)}/participations`, payload: { organizationId: company.json().id, role: 'host_company' } };
    },
    expected: programWrite(201),
  },
  {
    route: 'DELETE /api/programs/:id/participations/:childId',
    targets: ALL,
    request: async (c) => ({ method: 'DELETE', url: `/api/programs/${programOf(c)}/participations/${(await freshChild(c, 'participations')).id}` }),
    expected: programWrite(200),
  },
  // Organizations
  { route: 'GET /api/organizations', targets: OWN, request: () => ({ method: 'GET', url: '/api/organizations' }), expected: everyone(200) },
  { route: 'POST /api/organizations', targets: OWN, request: () => ({ method: 'POST', url: '/api/organizations', payload: buildOrganizationInput({ kind: 'company' }) }), expected: operatorsOnly(201) },
  { route: 'GET /api/organizations/:id', targets: ALL, request: (c) => ({ method: 'GET', url: `/api/organizations/${organizationOf(c)}` }), expected: organizationRead },
  {
    route: 'PATCH /api/organizations/:id',
    targets: ALL,
    request: async (c) => ({ method: 'PATCH', url: `/api/organizations/${organizationOf(c)}`, payload: { version: await versionOf(c, `/api/organizations/${organizationOf(c)}`), city: `City ${unique()}` } }),
    expected: organizationUpdate,
  },
  ...(['archive', 'restore'] as const).map((verb) => ({
    route: `POST /api/organizations/:id/${verb}`,
    targets: ALL,
    request: async (c: CaseContext) => ({ method: 'POST' as const, url: `/api/organizations/${organizationOf(c)}/${verb}`, payload: { version: await versionOf(c, `/api/organizations/${organizationOf(c)}`) } }),
    expected: organizationArchive,
  })),
];

const NEW_PASSWORD = 'a-new-and-long-password';

/** The caller signs in once more, as from a second browser; returns that session's cookie. */
async function secondSession(c: CaseContext): Promise<string> {
  const remoteAddress = '203.0.113.9'; // the second browser, elsewhere
  const { response, cookie } = await signIn(c.app, c.caller.email, TEST_PASSWORD, remoteAddress);
  if (response.json().status === 'signedIn') return cookie;
  const verified = await c.app.inject({ method: 'POST', url: '/api/auth/two-factor', headers: sameOrigin(cookie), payload: { code: totpNow(c.caller.totpSecret!), trustDevice: false }, remoteAddress });
  return cookiesOf(verified, cookie);
}

/** Routes anyone may call: only the anonymous call is checked, with its exact answer. */
export const PUBLIC_CASES: RouteCase[] = [
  { route: 'POST /api/auth/sign-in', targets: [], request: () => ({ method: 'POST', url: '/api/auth/sign-in', payload: { email: 'nobody@matrix.example', password: 'not-a-password' } }), expected: {}, anonymous: 401 },
  { route: 'POST /api/auth/two-factor', targets: [], request: () => ({ method: 'POST', url: '/api/auth/two-factor', payload: { code: '123456', trustDevice: false } }), expected: {}, anonymous: 401 },
  { route: 'POST /api/auth/password-reset', targets: [], request: () => ({ method: 'POST', url: '/api/auth/password-reset', payload: { email: 'nobody@matrix.example' } }), expected: {}, anonymous: 202 },
  {
    route: 'POST /api/auth/password-reset/confirm',
    targets: [],
    request: () => ({ method: 'POST', url: '/api/auth/password-reset/confirm', payload: { token: 'not-a-real-token-at-all', newPassword: NEW_PASSWORD } }),
    expected: {},
    anonymous: 400,
  },
  { route: 'GET /api/auth/demo-accounts', targets: [], request: () => ({ method: 'GET', url: '/api/auth/demo-accounts' }), expected: {}, anonymous: 200 },
  { route: 'GET /api/openapi.json', targets: [], request: () => ({ method: 'GET', url: '/api/openapi.json' }), expected: {}, anonymous: 200 },
];

/** One's own account: every signed-in person, about themselves only. */
export const SELF_CASES: RouteCase[] = [
  { route: 'GET /api/account', targets: OWN, request: () => ({ method: 'GET', url: '/api/account' }), expected: everyone(200) },
  { route: 'PATCH /api/account', targets: OWN, request: () => ({ method: 'PATCH', url: '/api/account', payload: { language: 'en' } }), expected: everyone(200) },
  { route: 'GET /api/account/sessions', targets: OWN, request: () => ({ method: 'GET', url: '/api/account/sessions' }), expected: everyone(200) },
  { route: 'POST /api/auth/sign-out', targets: OWN, throwaway: true, request: () => ({ method: 'POST', url: '/api/auth/sign-out' }), expected: everyone(200) },
  {
    route: 'POST /api/account/password',
    targets: OWN,
    throwaway: true,
    request: () => ({ method: 'POST', url: '/api/account/password', payload: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD } }),
    expected: everyone(200),
  },
  // Admins have two-step verification already (it is required of them): enabling it again is
  // refused, and a wrong code is a wrong code. The others start enrolling; with nothing to
  // confirm, a confirmation is bad input.
  {
    route: 'POST /api/account/two-factor/enable',
    targets: OWN,
    throwaway: true,
    request: () => ({ method: 'POST', url: '/api/account/two-factor/enable', payload: { password: TEST_PASSWORD } }),
    expected: { own: { operator_admin: 400, others: 200 } },
  },
  {
    route: 'POST /api/account/two-factor/confirm',
    targets: OWN,
    throwaway: true,
    request: () => ({ method: 'POST', url: '/api/account/two-factor/confirm', payload: { code: '000000' } }),
    expected: { own: { operator_admin: 401, others: 400 } },
  },
  {
    route: 'POST /api/account/two-factor/disable',
    targets: OWN,
    throwaway: true,
    request: () => ({ method: 'POST', url: '/api/account/two-factor/disable', payload: { password: TEST_PASSWORD } }),
    // Admins must keep it; for the others turning off what is off changes nothing.
    expected: { own: { operator_admin: 403, others: 200 } },
  },
  {
    route: 'DELETE /api/account/sessions/:sessionId',
    targets: OWN_AND_FOREIGN,
    throwaway: true,
    request: async (c) => {
      // own: the caller's other session (as from a second browser); foreign: operator B's admin's session.
      const other = c.target === 'own' ? await secondSession(c) : c.side.admin.headers.cookie!;
      const sessions = await c.app.inject({ method: 'GET', url: '/api/account/sessions', headers: { cookie: other } });
      const id = (sessions.json() as { items: { id: string; current: boolean }[] }).items.find((s) => s.current)!.id;
      return { method: 'DELETE', url: `/api/account/sessions/${id}` };
    },
    expected: { own: { others: 200 }, foreign: { others: 404 } },
  },
];

/** Whom a case about people concerns: in the caller's own organization, in A's other company, or in B's. */
function personTarget(c: CaseContext): { organizationId: string; role: MembershipRole } {
  if (c.target === 'sibling') return { organizationId: c.side.orgs.company2, role: 'host_company' };
  if (c.target === 'foreign') return { organizationId: c.side.orgs.company, role: 'host_company' };
  return { organizationId: c.world.orgOf[c.role], role: FITTING_ROLE[c.role] };
}

/** The role a new person would have in each role's own organization (an operator's is staff; a college's is a student). */
const FITTING_ROLE: Record<Role, MembershipRole> = {
  operator_admin: 'operator_staff',
  operator_staff: 'operator_staff',
  host_company: 'host_company',
  college_coordinator: 'student',
  student: 'student',
  housing_partner: 'housing_partner',
  education_partner: 'education_partner',
  funder: 'funder',
};

const invitee = () => ({ name: `Invitee ${unique()}`, email: `invitee.${unique()}@matrix.example`, language: 'mn' as const });

/** A pending invitation made by the target side's admin, for revoking. */
async function freshInvitation(c: CaseContext): Promise<string> {
  const res = await c.side.api({ method: 'POST', url: '/api/invitations', payload: { ...invitee(), ...personTarget(c) } });
  if (res.statusCode !== 201) throw new Error(`setup invitation: ${res.statusCode} ${res.body}`);
  return (res.json() as { id: string }).id;
}

// Who manages people: an operator's admins for everyone in its world; a college's coordinator
// for its students. Nobody else even sees them.
const peopleManagement = (ok: number): RouteCase['expected'] => ({
  own: { operator_admin: ok, college_coordinator: ok, others: 404 },
  sibling: { operator_admin: ok, others: 404 },
  foreign: { others: 404 },
});

export const PEOPLE_CASES: RouteCase[] = [
  {
    route: 'POST /api/invitations',
    targets: ALL,
    request: (c) => ({ method: 'POST', url: '/api/invitations', payload: { ...invitee(), ...personTarget(c) } }),
    // Every member sees their own organization, so in it a refusal is a 403; in A's other company only the operator sees it.
    expected: {
      own: { operator_admin: 201, college_coordinator: 201, others: 403 },
      sibling: { operator_admin: 201, operator_staff: 403, others: 404 },
      foreign: { others: 404 },
    },
  },
  {
    route: 'POST /api/invitations/bulk',
    targets: OWN_AND_FOREIGN,
    // A class list always goes to a college: A's for own, B's for foreign.
    request: (c) => ({ method: 'POST', url: '/api/invitations/bulk', payload: { organizationId: c.side.orgs.college, rows: [invitee(), invitee()] } }),
    expected: {
      own: { operator_admin: 201, college_coordinator: 201, operator_staff: 403, student: 403, others: 404 },
      foreign: { others: 404 },
    },
  },
  { route: 'GET /api/invitations', targets: OWN, request: () => ({ method: 'GET', url: '/api/invitations' }), expected: everyone(200) },
  { route: 'POST /api/invitations/:id/revoke', targets: ALL, request: async (c) => ({ method: 'POST', url: `/api/invitations/${await freshInvitation(c)}/revoke` }), expected: peopleManagement(200) },
  { route: 'GET /api/members', targets: OWN, request: () => ({ method: 'GET', url: '/api/members' }), expected: everyone(200) },
  ...(['deactivate', 'reactivate'] as const).map((verb) => ({
    route: `POST /api/members/:userId/${verb}`,
    targets: ALL,
    request: async (c: CaseContext) => {
      const { organizationId, role } = personTarget(c);
      return { method: 'POST' as const, url: `/api/members/${await c.makePerson(organizationId, role)}/${verb}` };
    },
    expected: peopleManagement(200),
  })),
  { route: 'GET /api/audit-events', targets: OWN, request: () => ({ method: 'GET', url: '/api/audit-events' }), expected: { own: { operator_admin: 200, others: 403 } } },
  { route: 'GET /api/outbox', targets: OWN, request: () => ({ method: 'GET', url: '/api/outbox' }), expected: { own: { operator_admin: 200, others: 403 } } },
];

PUBLIC_CASES.push(
  { route: 'POST /api/invitations/by-token', targets: [], request: () => ({ method: 'POST', url: '/api/invitations/by-token', payload: { token: 'not-a-real-token-at-all' } }), expected: {}, anonymous: 400 },
  {
    route: 'POST /api/invitations/accept',
    targets: [],
    request: () => ({ method: 'POST', url: '/api/invitations/accept', payload: { token: 'not-a-real-token-at-all', name: 'Nobody', password: NEW_PASSWORD } }),
    expected: {},
    anonymous: 400,
  },
);

/** Whose documents a case concerns: the caller's own, a student of A's college, or of B's. */
async function documentsOf(c: CaseContext): Promise<string> {
  return c.target === 'own' ? c.caller.userId : c.makePerson(c.side.orgs.college, 'student');
}

// One's own documents are one's own; a student's are also their operator admins' and their
// college coordinator's. Nobody else even sees that the student exists.
const identityAccess = (ok: number): RouteCase['expected'] => ({
  own: { others: ok },
  sibling: { operator_admin: ok, college_coordinator: ok, others: 404 },
  foreign: { others: 404 },
});

export const IDENTITY_CASES: RouteCase[] = [
  { route: 'GET /api/members/:userId/identity', targets: ALL, request: async (c) => ({ method: 'GET', url: `/api/members/${await documentsOf(c)}/identity` }), expected: identityAccess(200) },
  {
    route: 'POST /api/members/:userId/identity/reveal',
    targets: ALL,
    request: async (c) => ({ method: 'POST', url: `/api/members/${await documentsOf(c)}/identity/reveal`, payload: { field: 'passportNumber' } }),
    expected: identityAccess(200),
  },
  {
    route: 'PUT /api/members/:userId/identity',
    targets: ALL,
    request: async (c) => {
      const userId = await documentsOf(c);
      const current = await c.app.inject({ method: 'GET', url: `/api/members/${userId}/identity`, headers: c.target === 'own' ? c.caller.headers : c.side.admin.headers });
      return { method: 'PUT', url: `/api/members/${userId}/identity`, payload: { version: current.json().version, passportNumber: `E${1000000 + unique()}` } };
    },
    expected: identityAccess(200),
  },
];

// Consent and applications (issue 4). Program routes: own is A's program (the caller's college
// sends students to it), sibling A's other program (no college), foreign B's. Only a student of
// a sending college gives, reads and withdraws consent and applies; everyone else who sees the
// program gets 403. Application routes: own is the application of A's student (who consented to
// sharing with A's operator and company and chose the company), foreign B's student's.
const studentOnly = (ok: number): RouteCase['expected'] => ({
  own: { student: ok, others: 403 },
  sibling: { operator_admin: 403, operator_staff: 403, others: 404 },
  foreign: { others: 404 },
});
/** The application's readers: its program's operators, the student's college coordinator, the company it was shared with, the student. */
const applicationReaders = (ok: Statuses): RouteCase['expected'] => ({
  own: { housing_partner: 404, education_partner: 404, funder: 404, ...ok },
  foreign: { others: 404 },
});
const applicationOf = (c: CaseContext) => (c.target === 'foreign' ? c.world.applications.B : c.world.applications.A);
/** The caller consents again (replacing their consent), so that reading or withdrawing it has something to find. */
const consentFirst = async (c: CaseContext) => {
  if (c.role === 'student' && c.target === 'own') await giveConsent(c.app, c.caller, c.side.program, [c.side.operator, c.side.orgs.company]);
};

/** The application's student (A's or B's) uploads a CV, so that reading or deleting a file has one to find. */
const fileOf = async (c: CaseContext): Promise<string> => {
  const student = c.target === 'foreign' ? c.world.peopleB.student : c.world.people.student;
  const res = await c.app.inject({ method: 'PUT', url: `/api/applications/${applicationOf(c)}/files/cv`, payload: tinyPdf(), headers: { ...student.headers, 'content-type': 'application/pdf' } });
  if (res.statusCode !== 201) throw new Error(`setup upload: ${res.statusCode} ${res.body}`);
  return (res.json() as { id: string }).id;
};
/** Files: read by whoever reads the application; uploaded and deleted by the student and their college's coordinator. */
const fileWriters = (ok: number): RouteCase['expected'] => applicationReaders({ student: ok, college_coordinator: ok, others: 403 });

// In this order: the consent is withdrawn last, so the company sees the application until then.
export const APPLICATION_CASES: RouteCase[] = [
  {
    route: 'PUT /api/applications/:id/files/:kind',
    targets: OWN_AND_FOREIGN,
    request: (c) => ({ method: 'PUT', url: `/api/applications/${applicationOf(c)}/files/cv`, payload: tinyPdf(), headers: { 'content-type': 'application/pdf' } }),
    expected: fileWriters(201),
  },
  { route: 'GET /api/applications/:id/files', targets: OWN_AND_FOREIGN, request: (c) => ({ method: 'GET', url: `/api/applications/${applicationOf(c)}/files` }), expected: applicationReaders({ others: 200 }) },
  {
    route: 'GET /api/applications/:id/files/:fileId',
    targets: OWN_AND_FOREIGN,
    request: async (c) => ({ method: 'GET', url: `/api/applications/${applicationOf(c)}/files/${await fileOf(c)}` }),
    expected: applicationReaders({ others: 200 }),
  },
  {
    route: 'DELETE /api/applications/:id/files/:fileId',
    targets: OWN_AND_FOREIGN,
    request: async (c) => ({ method: 'DELETE', url: `/api/applications/${applicationOf(c)}/files/${await fileOf(c)}` }),
    expected: fileWriters(204),
  },
  {
    route: 'POST /api/programs/:id/applications/transitions',
    targets: ALL,
    // The bulk move is the operators': on A's program they toggle A's application between applied
    // and screened; on A's other program that application is not in it (400); B's program is unseen.
    request: async (c) => {
      const current = await c.side.api({ method: 'GET', url: `/api/applications/${applicationOf(c)}` });
      const { version, status } = current.json() as { version: number; status: string };
      const move = status === 'applied' ? { to: 'screened' } : { to: 'applied', reasonCode: 'entry_error' };
      return { method: 'POST', url: `/api/programs/${programOf(c)}/applications/transitions`, payload: { ...move, items: [{ id: applicationOf(c), version }] } };
    },
    expected: { ...programWrite(200), sibling: { operator_admin: 400, operator_staff: 400, others: 404 } },
  },
  { route: 'GET /api/me/data-export', targets: OWN, request: () => ({ method: 'GET', url: '/api/me/data-export?format=csv' }), expected: everyone(200) },
  { route: 'GET /api/programs/:id/applications', targets: ALL, request: (c) => ({ method: 'GET', url: `/api/programs/${programOf(c)}/applications` }), expected: programRead },
  {
    route: 'GET /api/applications/:id',
    targets: OWN_AND_FOREIGN,
    request: (c) => ({ method: 'GET', url: `/api/applications/${applicationOf(c)}` }),
    expected: applicationReaders({ others: 200 }),
  },
  {
    route: 'POST /api/applications/:id/transitions',
    targets: OWN_AND_FOREIGN,
    // Operators move it between applied and screened; the pipeline refuses that move (409) to the
    // student, their college and the company, who may see the application but not screen it.
    request: async (c) => {
      const current = await c.side.api({ method: 'GET', url: `/api/applications/${applicationOf(c)}` });
      const { version, status } = current.json() as { version: number; status: string };
      return { method: 'POST', url: `/api/applications/${applicationOf(c)}/transitions`, payload: status === 'applied' ? { version, to: 'screened' } : { version, to: 'applied', reasonCode: 'entry_error' } };
    },
    expected: applicationReaders({ operator_admin: 200, operator_staff: 200, others: 409 }),
  },
  {
    route: 'POST /api/programs/:id/applications',
    targets: ALL,
    // The student applied when the world was built: a second application is a duplicate.
    request: async (c) => {
      await consentFirst(c);
      return { method: 'POST', url: `/api/programs/${programOf(c)}/applications`, payload: buildApplicationInput({ companiesOfInterest: [c.side.orgs.company] }) };
    },
    expected: studentOnly(409),
  },
  {
    route: 'POST /api/programs/:id/consent',
    targets: ALL,
    request: (c) => ({ method: 'POST', url: `/api/programs/${programOf(c)}/consent`, payload: { noticeVersion: CURRENT_NOTICE_VERSION, language: 'mn', recipientIds: [c.side.operator, c.side.orgs.company] } }),
    expected: studentOnly(201),
  },
  { route: 'GET /api/programs/:id/consent', targets: ALL, request: (c) => ({ method: 'GET', url: `/api/programs/${programOf(c)}/consent` }), expected: studentOnly(200) },
  {
    route: 'POST /api/programs/:id/consent/withdraw',
    targets: ALL,
    request: async (c) => {
      await consentFirst(c);
      return { method: 'POST', url: `/api/programs/${programOf(c)}/consent/withdraw` };
    },
    expected: studentOnly(200),
  },
];

// The call for host companies (issue 4 item 1). Call targets: own is A's open call on A's
// program, sibling A's draft call on A's other program, foreign B's open call. Any host-company
// member reads an open call, B's too (there is no invitation list: every company may see every
// open call and apply to it), and applies to it for its own company; a draft is its operators'
// alone. Application targets: own is A's company's application to A's call, foreign B's
// company's to B's; only the program's operators and the company's own members see one, and
// only the operators score and decide.
const hostCallOf = (c: CaseContext) => (c.target === 'own' ? c.world.hostCalls.A : c.target === 'sibling' ? c.world.hostCalls.draftA : c.world.hostCalls.B);
const hostApplicationOf = (c: CaseContext) => (c.target === 'foreign' ? c.world.hostApplications.B : c.world.hostApplications.A);
const hostCallRead = (company: number): RouteCase['expected'] => ({
  own: { operator_admin: 200, operator_staff: 200, host_company: company, others: 404 },
  sibling: { operator_admin: 200, operator_staff: 200, others: 404 },
  foreign: { host_company: company, others: 404 },
});
const hostApplicationAccess = (operators: number, company: number): RouteCase['expected'] => ({
  own: { operator_admin: operators, operator_staff: operators, host_company: company, others: 404 },
  foreign: { others: 404 },
});

export const HOST_CALL_CASES: RouteCase[] = [
  { route: 'GET /api/host-calls', targets: OWN, request: () => ({ method: 'GET', url: '/api/host-calls' }), expected: everyone(200) },
  {
    route: 'POST /api/programs/:id/host-call',
    targets: ALL,
    // One call per program, and both of A's programs have one already: the operators get 409.
    request: (c) => ({ method: 'POST', url: `/api/programs/${programOf(c)}/host-call`, payload: { deadline: '2099-05-31T23:59:59Z', status: 'draft' } }),
    expected: programWrite(409),
  },
  { route: 'GET /api/host-calls/:id', targets: ALL, request: (c) => ({ method: 'GET', url: `/api/host-calls/${hostCallOf(c)}` }), expected: hostCallRead(200) },
  {
    route: 'PATCH /api/host-calls/:id',
    targets: ALL,
    request: async (c) => ({ method: 'PATCH', url: `/api/host-calls/${hostCallOf(c)}`, payload: { version: await versionOf(c, `/api/host-calls/${hostCallOf(c)}`), internCapPerCompany: unique() % 3 } }),
    expected: hostCallRead(403),
  },
  {
    route: 'POST /api/host-calls/:id/applications',
    targets: ALL,
    // A's company applied to A's call when the world was built (409); it may still apply to B's open call.
    request: (c) => ({ method: 'POST', url: `/api/host-calls/${hostCallOf(c)}/applications`, payload: buildHostApplicationInput(c.world.orgOf.host_company) }),
    expected: {
      own: { operator_admin: 403, operator_staff: 403, host_company: 409, others: 404 },
      sibling: { operator_admin: 403, operator_staff: 403, others: 404 },
      foreign: { host_company: 201, others: 404 },
    },
  },
  { route: 'GET /api/host-calls/:id/applications', targets: ALL, request: (c) => ({ method: 'GET', url: `/api/host-calls/${hostCallOf(c)}/applications` }), expected: hostCallRead(200) },
  { route: 'GET /api/host-applications/:id', targets: OWN_AND_FOREIGN, request: (c) => ({ method: 'GET', url: `/api/host-applications/${hostApplicationOf(c)}` }), expected: hostApplicationAccess(200, 200) },
  {
    route: 'PATCH /api/host-applications/:id',
    targets: OWN_AND_FOREIGN,
    request: async (c) => ({ method: 'PATCH', url: `/api/host-applications/${hostApplicationOf(c)}`, payload: { version: await versionOf(c, `/api/host-applications/${hostApplicationOf(c)}`), city: `Hitachi ${unique()}` } }),
    expected: hostApplicationAccess(200, 200),
  },
  {
    route: 'PUT /api/host-applications/:id/scores',
    targets: OWN_AND_FOREIGN,
    request: async (c) => ({ method: 'PUT', url: `/api/host-applications/${hostApplicationOf(c)}/scores`, payload: { version: await versionOf(c, `/api/host-applications/${hostApplicationOf(c)}`), scores: { fit: unique() % 6 } } }),
    expected: hostApplicationAccess(200, 403),
  },
  {
    route: 'POST /api/host-applications/:id/decision',
    targets: OWN_AND_FOREIGN,
    request: async (c) => ({
      method: 'POST',
      url: `/api/host-applications/${hostApplicationOf(c)}/decision`,
      payload: { version: await versionOf(c, `/api/host-applications/${hostApplicationOf(c)}`), decision: 'accepted', reason: 'Housing and a mentor are ready.' },
    }),
    expected: hostApplicationAccess(200, 403),
  },
];

// Donated lectures (issue 4 item 5). Program routes as above (own: A's program, sibling: A's
// other program, foreign: B's). Lecture records (course, session, module, material): own is
// A's, foreign B's; whoever sees the program reads them, only its operators change them, take
// attendance and show the QR code. Progress is a student's own (others 403). A QR check-in
// records only for a student with a screened application in the token's program (others 403).
// These run before the application cases, while A's student's consent still names A's company.
const lecturesOf = (c: CaseContext) => (c.target === 'foreign' ? c.world.lectures.B : c.world.lectures.A);
const lectureRead: RouteCase['expected'] = { own: { others: 200 }, foreign: { others: 404 } };
const lectureWrite = (ok: number): RouteCase['expected'] => ({ own: { operator_admin: ok, operator_staff: ok, others: 403 }, foreign: { others: 404 } });
async function sessionVersion(c: CaseContext): Promise<number> {
  const course = await c.side.api({ method: 'GET', url: `/api/courses/${lecturesOf(c).course}` });
  return (course.json() as { sessions: { id: string; version: number }[] }).sessions.find((s) => s.id === lecturesOf(c).session)!.version;
}
async function ruleVersion(c: CaseContext): Promise<number | null> {
  const res = await c.side.api({ method: 'GET', url: `/api/programs/${programOf(c)}/courses` });
  return (res.json() as { rule: { version: number } | null }).rule?.version ?? null;
}
/** A's (or B's) application, screened so that it may be on a roster and check in. */
async function screenedApplication(c: CaseContext): Promise<string> {
  const id = applicationOf(c);
  const current = (await c.side.api({ method: 'GET', url: `/api/applications/${id}` })).json() as { version: number; status: string };
  if (current.status === 'applied') {
    const res = await c.side.api({ method: 'POST', url: `/api/applications/${id}/transitions`, payload: { version: current.version, to: 'screened' } });
    if (res.statusCode !== 200) throw new Error(`setup screening: ${res.statusCode} ${res.body}`);
  }
  return id;
}

export const LECTURE_CASES: RouteCase[] = [
  { route: 'GET /api/programs/:id/courses', targets: ALL, request: (c) => ({ method: 'GET', url: `/api/programs/${programOf(c)}/courses` }), expected: programRead },
  {
    route: 'POST /api/programs/:id/courses',
    targets: ALL,
    request: (c) => ({ method: 'POST', url: `/api/programs/${programOf(c)}/courses`, payload: { title: { en: `Course ${unique()}` }, givingOrganizationId: c.target === 'sibling' ? c.side.orgs.company2 : c.side.orgs.company, language: 'en' } }),
    expected: programWrite(201),
  },
  { route: 'GET /api/courses/:id', targets: OWN_AND_FOREIGN, request: (c) => ({ method: 'GET', url: `/api/courses/${lecturesOf(c).course}` }), expected: lectureRead },
  {
    route: 'PATCH /api/courses/:id',
    targets: OWN_AND_FOREIGN,
    request: async (c) => ({ method: 'PATCH', url: `/api/courses/${lecturesOf(c).course}`, payload: { version: await versionOf(c, `/api/courses/${lecturesOf(c).course}`), title: { en: `Course ${unique()}` } } }),
    expected: lectureWrite(200),
  },
  { route: 'POST /api/courses/:id/modules', targets: OWN_AND_FOREIGN, request: (c) => ({ method: 'POST', url: `/api/courses/${lecturesOf(c).course}/modules`, payload: { title: { en: 'IoT' }, position: unique() % 100 } }), expected: lectureWrite(201) },
  {
    route: 'POST /api/course-modules/:id/materials',
    targets: OWN_AND_FOREIGN,
    request: (c) => ({ method: 'POST', url: `/api/course-modules/${lecturesOf(c).module}/materials`, payload: { title: { en: 'Video' }, url: 'https://example.org/v', kind: 'video' } }),
    expected: lectureWrite(201),
  },
  {
    route: 'PUT /api/learning-materials/:id/progress',
    targets: OWN_AND_FOREIGN,
    request: (c) => ({ method: 'PUT', url: `/api/learning-materials/${lecturesOf(c).material}/progress`, payload: { completed: true } }),
    expected: { own: { student: 200, others: 403 }, foreign: { others: 404 } },
  },
  {
    route: 'POST /api/courses/:id/sessions',
    targets: OWN_AND_FOREIGN,
    request: (c) => ({ method: 'POST', url: `/api/courses/${lecturesOf(c).course}/sessions`, payload: { date: '2025-08-20', startTime: '13:00' } }),
    expected: lectureWrite(201),
  },
  {
    route: 'PATCH /api/lecture-sessions/:id',
    targets: OWN_AND_FOREIGN,
    request: async (c) => ({ method: 'PATCH', url: `/api/lecture-sessions/${lecturesOf(c).session}`, payload: { version: await sessionVersion(c), room: `Room ${unique()}` } }),
    expected: lectureWrite(200),
  },
  {
    route: 'DELETE /api/lecture-sessions/:id',
    targets: OWN_AND_FOREIGN,
    // A fresh session of the target's course each time, so the operators' deletions leave the world's session.
    request: async (c) => {
      const res = await c.side.api({ method: 'POST', url: `/api/courses/${lecturesOf(c).course}/sessions`, payload: { date: '2025-09-30', startTime: '08:00' } });
      const fresh = (res.json() as { sessions: { id: string; date: string }[] }).sessions.find((s) => s.date === '2025-09-30')!;
      return { method: 'DELETE', url: `/api/lecture-sessions/${fresh.id}?version=1` };
    },
    expected: lectureWrite(200),
  },
  {
    route: 'POST /api/lecture-sessions/:id/roster',
    targets: OWN_AND_FOREIGN,
    request: (c) => ({ method: 'POST', url: `/api/lecture-sessions/${lecturesOf(c).session}/roster`, payload: { wholeProgram: true } }),
    expected: lectureWrite(200),
  },
  {
    route: 'DELETE /api/lecture-sessions/:id/roster/:applicationId',
    targets: OWN_AND_FOREIGN,
    request: async (c) => {
      const applicationId = await screenedApplication(c);
      await c.side.api({ method: 'POST', url: `/api/lecture-sessions/${lecturesOf(c).session}/roster`, payload: { applicationIds: [applicationId] } });
      return { method: 'DELETE', url: `/api/lecture-sessions/${lecturesOf(c).session}/roster/${applicationId}` };
    },
    expected: lectureWrite(204),
  },
  { route: 'GET /api/lecture-sessions/:id/attendance', targets: OWN_AND_FOREIGN, request: (c) => ({ method: 'GET', url: `/api/lecture-sessions/${lecturesOf(c).session}/attendance` }), expected: lectureWrite(200) },
  {
    route: 'PUT /api/lecture-sessions/:id/attendance/:applicationId',
    targets: OWN_AND_FOREIGN,
    request: async (c) => {
      const applicationId = await screenedApplication(c);
      const list = (await c.side.api({ method: 'GET', url: `/api/lecture-sessions/${lecturesOf(c).session}/attendance` })).json() as { items: { applicationId: string; version: number | null }[] };
      const version = list.items.find((i) => i.applicationId === applicationId)?.version ?? null;
      return { method: 'PUT', url: `/api/lecture-sessions/${lecturesOf(c).session}/attendance/${applicationId}`, payload: { status: unique() % 2 ? 'present' : 'late', version } };
    },
    expected: lectureWrite(200),
  },
  { route: 'GET /api/lecture-sessions/:id/qr-token', targets: OWN_AND_FOREIGN, request: (c) => ({ method: 'GET', url: `/api/lecture-sessions/${lecturesOf(c).session}/qr-token` }), expected: lectureWrite(200) },
  {
    route: 'POST /api/attendance/check-in',
    targets: OWN_AND_FOREIGN,
    // The token of the target's session: A's student (screened) checks in; nobody else has an application there.
    request: async (c) => {
      await screenedApplication(c);
      const token = (await c.side.api({ method: 'GET', url: `/api/lecture-sessions/${lecturesOf(c).session}/qr-token` })).json() as { token: string };
      return { method: 'POST', url: '/api/attendance/check-in', payload: { token: token.token } };
    },
    expected: { own: { student: 200, others: 403 }, foreign: { others: 403 } },
  },
  {
    route: 'PUT /api/programs/:id/attendance-rule',
    targets: ALL,
    request: async (c) => ({ method: 'PUT', url: `/api/programs/${programOf(c)}/attendance-rule`, payload: { minimumSessions: unique() % 10, lateAfterMinutes: 10, version: await ruleVersion(c) } }),
    expected: programWrite(200),
  },
  { route: 'GET /api/programs/:id/attendance', targets: ALL, request: (c) => ({ method: 'GET', url: `/api/programs/${programOf(c)}/attendance` }), expected: programRead },
  {
    route: 'GET /api/applications/:id/attendance/certificate.pdf',
    targets: OWN_AND_FOREIGN,
    // The student attended (the check-in case above); the certificate is theirs and the operators', not the college's or the company's.
    request: (c) => ({ method: 'GET', url: `/api/applications/${applicationOf(c)}/attendance/certificate.pdf?lang=en` }),
    expected: applicationReaders({ operator_admin: 200, operator_staff: 200, student: 200, others: 403 }),
  },
  {
    route: 'GET /api/applications/:id/attendance',
    targets: OWN_AND_FOREIGN,
    request: (c) => ({ method: 'GET', url: `/api/applications/${applicationOf(c)}/attendance` }),
    expected: applicationReaders({ others: 200 }),
  },
];

// The roster import (issue 4 item 4). Program targets as above: own is A's program (A's college
// sends students to it), sibling A's other program (no college: its operators are told the
// college they named does not send students, 400), foreign B's. The college is always named;
// importing is for the program's operators and the college's coordinator, the template too.
const rosterFile = () => rosterCsv(rosterStudents(1, { tag: `matrix${unique()}`, seed: unique() }), { language: 'en' });
const rosterImport: RouteCase['expected'] = {
  own: { operator_admin: 200, operator_staff: 200, college_coordinator: 200, others: 403 },
  sibling: { operator_admin: 400, operator_staff: 400, others: 404 },
  foreign: { others: 404 },
};
export const STUDENT_IMPORT_CASES: RouteCase[] = [
  {
    route: 'POST /api/programs/:id/applications/import',
    targets: ALL,
    request: (c) => ({
      method: 'POST',
      url: `/api/programs/${programOf(c)}/applications/import?collegeId=${c.side.orgs.college}`,
      payload: rosterFile(),
      headers: { 'content-type': 'application/octet-stream' },
    }),
    expected: rosterImport,
  },
  {
    route: 'GET /api/programs/:id/applications/import-template',
    targets: ALL,
    request: (c) => ({ method: 'GET', url: `/api/programs/${programOf(c)}/applications/import-template?format=csv&lang=mn` }),
    expected: {
      own: { operator_admin: 200, operator_staff: 200, college_coordinator: 200, others: 403 },
      sibling: { operator_admin: 200, operator_staff: 200, others: 404 },
      foreign: { others: 404 },
    },
  },
];

// The interview fair (issue 5). Own is A's fair and A's applicant's interview with A's company,
// foreign B's. The fair is seen by its operators, its companies, the sending college's
// coordinator and students (the housing, education and funding partners are not part of it:
// 404); only the operators set it up, decide, schedule, move and publish. Asking for an
// interview: the operators, the company and the student, who all meet the existing pair (409);
// the coordinator may not (403). Withdrawing with a wrong version: those who may, 409. The
// evaluation is the company's to write. A calendar of A's company: the operators and the company.
// These run before the application cases, while A's student's consent still names A's company.
const fairOf = (c: CaseContext) => (c.target === 'foreign' ? c.world.fairs.B : c.world.fairs.A);
const applicantOf = (c: CaseContext) => (c.target === 'foreign' ? c.world.applications.B : c.world.applications.A);
const FAIR_OUTSIDERS = { housing_partner: 404, education_partner: 404, funder: 404 };
const fairRead = (ok: number): RouteCase['expected'] => ({ own: { ...FAIR_OUTSIDERS, others: ok }, foreign: { others: 404 } });
const fairWrite = (ok: number): RouteCase['expected'] => ({ own: { ...FAIR_OUTSIDERS, operator_admin: ok, operator_staff: ok, others: 403 }, foreign: { others: 404 } });
const fairVersion = (c: CaseContext) => versionOf(c, `/api/fairs/${fairOf(c).fair}`);
const interviewOf = async (c: CaseContext) => (await c.side.api({ method: 'GET', url: `/api/fair-interviews/${fairOf(c).interview}` })).json() as { version: number; slotId: string; room: number; evaluation: { version: number } | null };
export const FAIR_CASES: RouteCase[] = [
  { route: 'GET /api/programs/:id/fairs', targets: ALL, request: (c) => ({ method: 'GET', url: `/api/programs/${programOf(c)}/fairs` }), expected: programRead },
  {
    route: 'POST /api/programs/:id/fairs',
    targets: ALL,
    request: (c) => ({ method: 'POST', url: `/api/programs/${programOf(c)}/fairs`, payload: { title: { en: `Fair ${unique()}` }, days: [{ date: '2025-06-23', start: '09:00', end: '09:40' }] } }),
    expected: programWrite(201),
  },
  { route: 'GET /api/fairs/:id', targets: OWN_AND_FOREIGN, request: (c) => ({ method: 'GET', url: `/api/fairs/${fairOf(c).fair}` }), expected: fairRead(200) },
  {
    route: 'PATCH /api/fairs/:id',
    targets: OWN_AND_FOREIGN,
    request: async (c) => ({ method: 'PATCH', url: `/api/fairs/${fairOf(c).fair}`, payload: { version: await fairVersion(c), venue: `MOJC ${unique()}` } }),
    expected: fairWrite(200),
  },
  {
    route: 'PUT /api/fairs/:id/companies',
    targets: OWN_AND_FOREIGN,
    request: async (c) => ({ method: 'PUT', url: `/api/fairs/${fairOf(c).fair}/companies`, payload: { version: await fairVersion(c), companies: [{ organizationId: c.side.orgs.company, rooms: 1 + (unique() % 2) }] } }),
    expected: fairWrite(200),
  },
  {
    route: 'PUT /api/fairs/:id/interpreters',
    targets: OWN_AND_FOREIGN,
    request: async (c) => {
      const fair = (await c.side.api({ method: 'GET', url: `/api/fairs/${fairOf(c).fair}` })).json() as { version: number; interpreters: { id: string; name: string }[] };
      return { method: 'PUT', url: `/api/fairs/${fairOf(c).fair}/interpreters`, payload: { version: fair.version, interpreters: fair.interpreters.map((i) => ({ id: i.id, name: i.name })) } };
    },
    expected: fairWrite(200),
  },
  {
    route: 'PUT /api/fairs/:id/unavailability',
    targets: OWN_AND_FOREIGN,
    request: (c) => ({ method: 'PUT', url: `/api/fairs/${fairOf(c).fair}/unavailability`, payload: { party: { kind: 'company', id: c.side.orgs.company }, slotIds: [] } }),
    expected: { own: { ...FAIR_OUTSIDERS, operator_admin: 200, operator_staff: 200, host_company: 200, others: 403 }, foreign: { others: 404 } },
  },
  { route: 'GET /api/fairs/:id/interviews', targets: OWN_AND_FOREIGN, request: (c) => ({ method: 'GET', url: `/api/fairs/${fairOf(c).fair}/interviews` }), expected: fairRead(200) },
  {
    route: 'POST /api/fairs/:id/interviews',
    targets: OWN_AND_FOREIGN,
    request: (c) => ({ method: 'POST', url: `/api/fairs/${fairOf(c).fair}/interviews`, payload: { applicationId: applicantOf(c), organizationId: c.side.orgs.company } }),
    expected: { own: { ...FAIR_OUTSIDERS, college_coordinator: 403, others: 409 }, foreign: { others: 404 } },
  },
  {
    route: 'POST /api/fairs/:id/interviews/decisions',
    targets: OWN_AND_FOREIGN,
    request: async (c) => ({ method: 'POST', url: `/api/fairs/${fairOf(c).fair}/interviews/decisions`, payload: { items: [{ id: fairOf(c).interview, version: (await interviewOf(c)).version, status: 'approved' }] } }),
    expected: fairWrite(200),
  },
  { route: 'GET /api/fair-interviews/:id', targets: OWN_AND_FOREIGN, request: (c) => ({ method: 'GET', url: `/api/fair-interviews/${fairOf(c).interview}` }), expected: fairRead(200) },
  {
    route: 'PATCH /api/fair-interviews/:id',
    targets: OWN_AND_FOREIGN,
    request: async (c) => ({ method: 'PATCH', url: `/api/fair-interviews/${fairOf(c).interview}`, payload: { version: (await interviewOf(c)).version, needsInterpreter: true } }),
    expected: fairWrite(200),
  },
  {
    route: 'DELETE /api/fair-interviews/:id',
    targets: OWN_AND_FOREIGN,
    request: (c) => ({ method: 'DELETE', url: `/api/fair-interviews/${fairOf(c).interview}?version=9999` }),
    expected: { own: { ...FAIR_OUTSIDERS, college_coordinator: 403, others: 409 }, foreign: { others: 404 } },
  },
  {
    route: 'POST /api/fair-interviews/:id/move',
    targets: OWN_AND_FOREIGN,
    request: async (c) => {
      const interview = await interviewOf(c);
      return { method: 'POST', url: `/api/fair-interviews/${fairOf(c).interview}/move`, payload: { version: interview.version, slotId: interview.slotId, room: interview.room } };
    },
    expected: fairWrite(200),
  },
  {
    route: 'PUT /api/fair-interviews/:id/evaluation',
    targets: OWN_AND_FOREIGN,
    request: async (c) => ({
      method: 'PUT',
      url: `/api/fair-interviews/${fairOf(c).interview}/evaluation`,
      payload: { version: (await interviewOf(c)).evaluation?.version ?? null, scores: { technical: 4, japanese: 3, motivation: 5, fit: 4 }, recommendation: 'recommend' },
    }),
    expected: { own: { ...FAIR_OUTSIDERS, host_company: 200, others: 403 }, foreign: { others: 404 } },
  },
  {
    route: 'POST /api/fairs/:id/schedule',
    targets: OWN_AND_FOREIGN,
    request: async (c) => ({ method: 'POST', url: `/api/fairs/${fairOf(c).fair}/schedule`, payload: { version: await fairVersion(c) } }),
    expected: fairWrite(200),
  },
  {
    route: 'POST /api/fairs/:id/publish',
    targets: OWN_AND_FOREIGN,
    request: async (c) => ({ method: 'POST', url: `/api/fairs/${fairOf(c).fair}/publish`, payload: { version: await fairVersion(c) } }),
    expected: fairWrite(200),
  },
  {
    route: 'GET /api/fairs/:id/calendar.ics',
    targets: OWN_AND_FOREIGN,
    request: (c) => ({ method: 'GET', url: `/api/fairs/${fairOf(c).fair}/calendar.ics?company=${c.side.orgs.company}` }),
    expected: { own: { ...FAIR_OUTSIDERS, operator_admin: 200, operator_staff: 200, host_company: 200, others: 403 }, foreign: { others: 404 } },
  },
];

// Intern selection (issue 6): a round is seen by the operators and by the round's companies, the
// program's sending colleges' coordinators and students (the housing, education and funding
// partners are not part of it: 404); only the operators set it up, preview, run, change by hand,
// publish and freeze. A list is written by its owner or the operators: the company its own, the
// coordinator never (403; a student may write only their own, and here writes the company's:
// 403). The world's student is not yet in the market, so a change by hand gets past access to
// the service's check (400). A published result is everyone's to read, each their part. Every
// call that changes a round gets a fresh round of its own, brought to the stage it needs.
const ROUND_OUTSIDERS = { housing_partner: 404, education_partner: 404, funder: 404 };
const roundRead = (ok: number): RouteCase['expected'] => ({ own: { ...ROUND_OUTSIDERS, others: ok }, foreign: { others: 404 } });
const roundWrite = (ok: number): RouteCase['expected'] => ({ own: { ...ROUND_OUTSIDERS, operator_admin: ok, operator_staff: ok, others: 403 }, foreign: { others: 404 } });
const roundInputFor = () => ({ title: { ja: `マッチング ${unique()}` }, listsDeadline: '2099-01-01T00:00:00Z', totalCap: 8 });

/** A new round on the target side's program, as its admin made it, run and published as far as `stage` says. */
async function freshRound(c: CaseContext, stage: 'collecting' | 'reviewed' | 'published' = 'collecting'): Promise<{ id: string; version: number }> {
  const created = await c.side.api({ method: 'POST', url: `/api/programs/${c.side.program}/matchings`, payload: roundInputFor() });
  if (created.statusCode !== 201) throw new Error(`setup round: ${created.statusCode} ${created.body}`);
  const id = (created.json() as { id: string }).id;
  for (const step of stage === 'collecting' ? [] : stage === 'reviewed' ? ['run'] : ['run', 'publish']) {
    const version = await versionOf(c, `/api/matchings/${id}`);
    const res = await c.side.api({ method: 'POST', url: `/api/matchings/${id}/${step}`, payload: { version } });
    if (res.statusCode !== 200) throw new Error(`setup round ${step}: ${res.statusCode} ${res.body}`);
  }
  return { id, version: await versionOf(c, `/api/matchings/${id}`) };
}
const worldRound = (c: CaseContext) => (c.target === 'foreign' ? c.world.matchings.B : c.world.matchings.A);
const byRound = (path: string, stage?: 'collecting' | 'reviewed' | 'published', payload?: (c: CaseContext, round: { version: number }) => object) => async (c: CaseContext) => {
  const round = await freshRound(c, stage);
  return { method: 'POST' as const, url: `/api/matchings/${round.id}${path}`, payload: payload ? payload(c, round) : { version: round.version } };
};
export const MATCHING_CASES: RouteCase[] = [
  { route: 'GET /api/programs/:id/matchings', targets: ALL, request: (c) => ({ method: 'GET', url: `/api/programs/${programOf(c)}/matchings` }), expected: programRead },
  { route: 'POST /api/programs/:id/matchings', targets: ALL, request: (c) => ({ method: 'POST', url: `/api/programs/${programOf(c)}/matchings`, payload: roundInputFor() }), expected: programWrite(201) },
  { route: 'GET /api/matchings/:id', targets: OWN_AND_FOREIGN, request: (c) => ({ method: 'GET', url: `/api/matchings/${worldRound(c)}` }), expected: roundRead(200) },
  {
    route: 'PATCH /api/matchings/:id',
    targets: OWN_AND_FOREIGN,
    request: async (c) => {
      const round = await freshRound(c);
      return { method: 'PATCH', url: `/api/matchings/${round.id}`, payload: { version: round.version, requireInterviewed: false } };
    },
    expected: roundWrite(200),
  },
  { route: 'GET /api/matchings/:id/lists', targets: OWN_AND_FOREIGN, request: (c) => ({ method: 'GET', url: `/api/matchings/${worldRound(c)}/lists` }), expected: roundRead(200) },
  {
    route: 'PUT /api/matchings/:id/lists',
    targets: OWN_AND_FOREIGN,
    request: async (c) => ({ method: 'PUT', url: `/api/matchings/${(await freshRound(c)).id}/lists`, payload: { owner: { kind: 'company', organizationId: c.side.orgs.company }, ranking: [], version: null } }),
    expected: { own: { ...ROUND_OUTSIDERS, operator_admin: 200, operator_staff: 200, host_company: 200, others: 403 }, foreign: { others: 404 } },
  },
  { route: 'POST /api/matchings/:id/preview', targets: OWN_AND_FOREIGN, request: (c) => ({ method: 'POST', url: `/api/matchings/${worldRound(c)}/preview` }), expected: roundWrite(200) },
  { route: 'POST /api/matchings/:id/run', targets: OWN_AND_FOREIGN, request: byRound('/run'), expected: roundWrite(200) },
  {
    route: 'POST /api/matchings/:id/overrides',
    targets: OWN_AND_FOREIGN,
    request: byRound('/overrides', 'reviewed', (c, round) => ({ version: round.version, applicationId: applicantOf(c), organizationId: null, reason: 'By hand' })),
    expected: roundWrite(400),
  },
  { route: 'POST /api/matchings/:id/publish', targets: OWN_AND_FOREIGN, request: byRound('/publish', 'reviewed'), expected: roundWrite(200) },
  { route: 'POST /api/matchings/:id/freeze', targets: OWN_AND_FOREIGN, request: byRound('/freeze', 'published'), expected: roundWrite(200) },
  { route: 'GET /api/matchings/:id/result', targets: OWN_AND_FOREIGN, request: async (c) => ({ method: 'GET', url: `/api/matchings/${(await freshRound(c, 'published')).id}/result` }), expected: roundRead(200) },
];

// ---- Housing (issue 7) ---------------------------------------------------------------------
// The partner's flats: its own members and the operators of its programs. A program's board and
// its changes: the operators (the partner and the other participants see the program, so 403);
// the occupancy calendar: the operators and the partner.
const HOUSING_KEEPERS = { operator_admin: 200, operator_staff: 200, housing_partner: 200 };
const unitAccess = (ok: number): RouteCase['expected'] => ({ own: { operator_admin: ok, operator_staff: ok, housing_partner: ok, others: 404 }, foreign: { others: 404 } });
const boardAccess = (ok: number): RouteCase['expected'] => ({ own: { operator_admin: ok, operator_staff: ok, others: 403 }, sibling: { operator_admin: ok, operator_staff: ok, others: 404 }, foreign: { others: 404 } });
const stayAccess = (ok: number): RouteCase['expected'] => ({ own: { operator_admin: ok, operator_staff: ok, host_company: 403, college_coordinator: 403, student: 403, housing_partner: 403, education_partner: 403, funder: 403 }, foreign: { others: 404 } });
const housingOf = (c: CaseContext) => (c.target === 'foreign' ? c.world.housing.B : c.world.housing.A);
const partnerOf = (c: CaseContext) => c.side.orgs.housing;
let stayDay = 0;

async function freshUnit(c: CaseContext): Promise<{ id: string; version: number }> {
  const res = await c.side.api({ method: 'POST', url: `/api/organizations/${partnerOf(c)}/housing-units`, payload: buildUnitInput({ name: `Matrix flat ${unique()}` }) });
  if (res.statusCode !== 201) throw new Error(`setup unit: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; version: number };
}

/** A photo of the side's flat, uploaded by its operator (a flat takes 8: the oldest go first). */
async function freshPhoto(c: CaseContext): Promise<string> {
  const unit = housingOf(c).unit;
  let res = await c.side.api({ method: 'PUT', url: `/api/housing-units/${unit}/photos`, payload: PNG_BYTES, headers: { 'content-type': 'image/png' } });
  while (res.statusCode === 400) {
    const photos = ((await c.side.api({ method: 'GET', url: `/api/housing-units/${unit}` })).json() as { photos: { id: string }[] }).photos;
    await c.side.api({ method: 'DELETE', url: `/api/housing-units/${unit}/photos/${photos[0]!.id}` });
    res = await c.side.api({ method: 'PUT', url: `/api/housing-units/${unit}/photos`, payload: PNG_BYTES, headers: { 'content-type': 'image/png' } });
  }
  if (res.statusCode !== 201) throw new Error(`setup photo: ${res.statusCode} ${res.body}`);
  const photos = (res.json() as { photos: { id: string }[] }).photos;
  return photos[photos.length - 1]!.id;
}

/** A one-night stay of the side's intern in the side's flat, on a night no other case uses. */
async function freshStay(c: CaseContext): Promise<{ id: string; version: number }> {
  const checkIn = addDays('2025-01-01', 2 * stayDay++);
  const res = await c.side.api({ method: 'POST', url: `/api/programs/${c.side.program}/stays`, payload: { applicationId: housingOf(c).intern, unitId: housingOf(c).unit, checkIn, checkOut: addDays(checkIn, 1) } });
  if (res.statusCode !== 201) throw new Error(`setup stay: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; version: number };
}

export const HOUSING_CASES: RouteCase[] = [
  { route: 'GET /api/organizations/:id/housing-units', targets: OWN_AND_FOREIGN, request: (c) => ({ method: 'GET', url: `/api/organizations/${partnerOf(c)}/housing-units` }), expected: unitAccess(200) },
  { route: 'POST /api/organizations/:id/housing-units', targets: OWN_AND_FOREIGN, request: (c) => ({ method: 'POST', url: `/api/organizations/${partnerOf(c)}/housing-units`, payload: buildUnitInput({ name: `Matrix ${unique()}` }) }), expected: unitAccess(201) },
  { route: 'GET /api/housing-units/:id', targets: OWN_AND_FOREIGN, request: (c) => ({ method: 'GET', url: `/api/housing-units/${housingOf(c).unit}` }), expected: unitAccess(200) },
  {
    route: 'PATCH /api/housing-units/:id',
    targets: OWN_AND_FOREIGN,
    request: async (c) => {
      const unit = await freshUnit(c);
      return { method: 'PATCH', url: `/api/housing-units/${unit.id}`, payload: { version: unit.version, layout: '1DK' } };
    },
    expected: unitAccess(200),
  },
  {
    route: 'POST /api/housing-units/:id/archive',
    targets: OWN_AND_FOREIGN,
    request: async (c) => {
      const unit = await freshUnit(c);
      return { method: 'POST', url: `/api/housing-units/${unit.id}/archive`, payload: { version: unit.version } };
    },
    expected: unitAccess(200),
  },
  {
    route: 'PUT /api/housing-units/:id/photos',
    targets: OWN_AND_FOREIGN,
    request: (c) => ({ method: 'PUT', url: `/api/housing-units/${housingOf(c).unit}/photos`, payload: PNG_BYTES, headers: { 'content-type': 'image/png' } }),
    expected: unitAccess(201),
  },
  {
    route: 'GET /api/housing-units/:id/photos/:photoId',
    targets: OWN_AND_FOREIGN,
    request: async (c) => {
      const photo = await freshPhoto(c);
      return { method: 'GET', url: `/api/housing-units/${housingOf(c).unit}/photos/${photo}` };
    },
    expected: unitAccess(200),
  },
  {
    route: 'DELETE /api/housing-units/:id/photos/:photoId',
    targets: OWN_AND_FOREIGN,
    request: async (c) => {
      const photo = await freshPhoto(c);
      return { method: 'DELETE', url: `/api/housing-units/${housingOf(c).unit}/photos/${photo}` };
    },
    expected: unitAccess(204),
  },
  { route: 'GET /api/programs/:id/housing', targets: ALL, request: (c) => ({ method: 'GET', url: `/api/programs/${programOf(c)}/housing` }), expected: boardAccess(200) },
  {
    route: 'POST /api/programs/:id/housing/allocate',
    targets: ALL,
    request: async (c) => {
      if (c.target === 'sibling') await c.side.api({ method: 'POST', url: `/api/programs/${c.side.program2}/phases`, payload: buildPhaseInput({ startDate: '2026-08-19', endDate: '2026-08-30' }) });
      return { method: 'POST', url: `/api/programs/${programOf(c)}/housing/allocate`, payload: { keepPinned: true } };
    },
    expected: boardAccess(200),
  },
  {
    route: 'GET /api/programs/:id/occupancy',
    targets: ALL,
    request: (c) => ({ method: 'GET', url: `/api/programs/${programOf(c)}/occupancy` }),
    expected: { own: { ...HOUSING_KEEPERS, others: 403 }, sibling: { operator_admin: 200, operator_staff: 200, others: 404 }, foreign: { others: 404 } },
  },
  { route: 'GET /api/programs/:id/my-stays', targets: ALL, request: (c) => ({ method: 'GET', url: `/api/programs/${programOf(c)}/my-stays` }), expected: programRead },
  {
    route: 'PATCH /api/programs/:id/arrivals/:applicationId',
    targets: OWN_AND_FOREIGN,
    request: async (c) => {
      const board = (await c.side.api({ method: 'GET', url: `/api/programs/${c.side.program}/housing` })).json() as { interns: { applicationId: string; arrivalVersion: number | null }[] };
      const version = board.interns.find((i) => i.applicationId === housingOf(c).intern)?.arrivalVersion ?? null;
      return { method: 'PATCH', url: `/api/programs/${c.side.program}/arrivals/${housingOf(c).intern}`, payload: { version, flightNumber: 'MR0801' } };
    },
    expected: { own: { operator_admin: 204, operator_staff: 204, others: 403 }, foreign: { others: 404 } },
  },
  {
    route: 'POST /api/programs/:id/stays',
    targets: OWN_AND_FOREIGN,
    request: (c) => {
      const checkIn = addDays('2025-01-01', 2 * stayDay++);
      return { method: 'POST', url: `/api/programs/${c.side.program}/stays`, payload: { applicationId: housingOf(c).intern, unitId: housingOf(c).unit, checkIn, checkOut: addDays(checkIn, 1) } };
    },
    expected: { own: { operator_admin: 201, operator_staff: 201, others: 403 }, foreign: { others: 404 } },
  },
  {
    route: 'PATCH /api/stays/:id',
    targets: OWN_AND_FOREIGN,
    request: async (c) => {
      const stay = await freshStay(c);
      return { method: 'PATCH', url: `/api/stays/${stay.id}`, payload: { version: stay.version, unitId: housingOf(c).unit } };
    },
    expected: stayAccess(200),
  },
  {
    route: 'DELETE /api/stays/:id',
    targets: OWN_AND_FOREIGN,
    request: async (c) => {
      const stay = await freshStay(c);
      return { method: 'DELETE', url: `/api/stays/${stay.id}?version=${stay.version}` };
    },
    expected: stayAccess(204),
  },
];

// The agreement: both parties read it, the operator's members write it. The season's contract:
// the operators draft, send and reopen it; the partner reads it once sent and uploads the scan.
const contractAccess = (ok: number, partner = 404): RouteCase['expected'] => ({ own: { operator_admin: ok, operator_staff: ok, housing_partner: partner, others: 404 }, foreign: { others: 404 } });

async function freshAgreement(c: CaseContext): Promise<{ id: string; version: number }> {
  const res = await c.side.api({ method: 'POST', url: '/api/housing-agreements', payload: { operatorId: c.side.operator, partnerId: c.side.orgs.housing, title: { ja: `協定 ${unique()}` }, startsOn: '2025-07-17' } });
  if (res.statusCode !== 201) throw new Error(`setup agreement: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; version: number };
}

async function freshContract(c: CaseContext, status: 'draft' | 'sent'): Promise<{ id: string; version: number }> {
  const res = await c.side.api({ method: 'POST', url: `/api/programs/${c.side.program}/loan-contracts`, payload: { agreementId: housingOf(c).agreement } });
  if (res.statusCode !== 201) throw new Error(`setup contract: ${res.statusCode} ${res.body}`);
  const contract = res.json() as { id: string; version: number };
  if (status === 'draft') return contract;
  const sent = await c.side.api({ method: 'POST', url: `/api/loan-contracts/${contract.id}/send`, payload: { version: contract.version } });
  return sent.json() as { id: string; version: number };
}

export const LOAN_CONTRACT_CASES: RouteCase[] = [
  { route: 'GET /api/housing-agreements', targets: OWN, request: () => ({ method: 'GET', url: '/api/housing-agreements' }), expected: { own: { others: 200 } } },
  {
    route: 'POST /api/housing-agreements',
    targets: OWN_AND_FOREIGN,
    request: (c) => ({ method: 'POST', url: '/api/housing-agreements', payload: { operatorId: c.side.operator, partnerId: c.side.orgs.housing, title: { ja: `協定 ${unique()}` }, startsOn: '2025-07-17' } }),
    expected: { own: { operator_admin: 201, operator_staff: 201, others: 403 }, foreign: { others: 403 } },
  },
  {
    route: 'PATCH /api/housing-agreements/:id',
    targets: OWN_AND_FOREIGN,
    request: async (c) => {
      const agreement = await freshAgreement(c);
      return { method: 'PATCH', url: `/api/housing-agreements/${agreement.id}`, payload: { version: agreement.version, reminderDays: 45 } };
    },
    expected: { own: { operator_admin: 200, operator_staff: 200, housing_partner: 403, others: 404 }, foreign: { others: 404 } },
  },
  {
    route: 'GET /api/programs/:id/loan-contracts',
    targets: ALL,
    request: (c) => ({ method: 'GET', url: `/api/programs/${programOf(c)}/loan-contracts` }),
    expected: { own: { ...HOUSING_KEEPERS, others: 403 }, sibling: { operator_admin: 200, operator_staff: 200, others: 404 }, foreign: { others: 404 } },
  },
  {
    route: 'POST /api/programs/:id/loan-contracts',
    targets: OWN_AND_FOREIGN,
    request: (c) => ({ method: 'POST', url: `/api/programs/${c.side.program}/loan-contracts`, payload: { agreementId: housingOf(c).agreement } }),
    expected: { own: { operator_admin: 201, operator_staff: 201, others: 403 }, foreign: { others: 404 } },
  },
  {
    route: 'PATCH /api/loan-contracts/:id',
    targets: OWN_AND_FOREIGN,
    request: async (c) => {
      const contract = await freshContract(c, 'draft');
      return { method: 'PATCH', url: `/api/loan-contracts/${contract.id}`, payload: { version: contract.version, conditions: [{ ja: '特約' }] } };
    },
    expected: contractAccess(200),
  },
  {
    route: 'POST /api/loan-contracts/:id/send',
    targets: OWN_AND_FOREIGN,
    request: async (c) => {
      const contract = await freshContract(c, 'draft');
      return { method: 'POST', url: `/api/loan-contracts/${contract.id}/send`, payload: { version: contract.version } };
    },
    expected: contractAccess(200),
  },
  {
    route: 'POST /api/loan-contracts/:id/reopen',
    targets: OWN_AND_FOREIGN,
    request: async (c) => {
      const contract = await freshContract(c, 'sent');
      return { method: 'POST', url: `/api/loan-contracts/${contract.id}/reopen`, payload: { version: contract.version } };
    },
    expected: contractAccess(200, 403),
  },
  { route: 'GET /api/loan-contracts/:id/pdf', targets: OWN_AND_FOREIGN, request: (c) => ({ method: 'GET', url: `/api/loan-contracts/${housingOf(c).contract}/pdf` }), expected: contractAccess(200, 200) },
  {
    route: 'PUT /api/loan-contracts/:id/signed-scan',
    targets: OWN_AND_FOREIGN,
    request: async (c) => {
      const contract = await freshContract(c, 'sent');
      return { method: 'PUT', url: `/api/loan-contracts/${contract.id}/signed-scan`, payload: tinyPdf('signed'), headers: { 'content-type': 'application/pdf' } };
    },
    expected: contractAccess(200, 200),
  },
  { route: 'GET /api/loan-contracts/:id/signed-scan', targets: OWN_AND_FOREIGN, request: (c) => ({ method: 'GET', url: `/api/loan-contracts/${housingOf(c).contract}/signed-scan` }), expected: contractAccess(200, 200) },
];

// The arrival checklist: the operators seed it and add to it; a task is ticked by the operators
// or the party that owns it (here the intern's company). Requests for a flat after hiring: the
// hiring company (or the operators) asks, the partner answers, the asker withdraws.
async function freshTask(c: CaseContext): Promise<{ id: string; version: number }> {
  const title = `Task ${unique()}`;
  const res = await c.side.api({ method: 'POST', url: `/api/programs/${c.side.program}/arrivals/${housingOf(c).intern}/tasks`, payload: { title: { ja: title }, owner: 'company', dueOn: '2025-08-19' } });
  if (res.statusCode !== 201) throw new Error(`setup task: ${res.statusCode} ${res.body}`);
  const items = (res.json() as { items: { tasks: { id: string; version: number; title: { ja?: string } }[] }[] }).items;
  return items.flatMap((a) => a.tasks).find((task) => task.title.ja === title)!;
}

async function freshRequest(c: CaseContext): Promise<{ id: string; version: number }> {
  const res = await c.side.api({ method: 'POST', url: `/api/programs/${c.side.program}/housing-requests`, payload: { applicationId: housingOf(c).intern, partnerId: c.side.orgs.housing, moveInOn: '2026-04-01' } });
  if (res.statusCode !== 201) throw new Error(`setup request: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; version: number };
}

const requestAccess = (ok: number, roles: Role[]): RouteCase['expected'] => ({
  own: { operator_admin: 403, operator_staff: 403, host_company: 403, housing_partner: 403, ...Object.fromEntries(roles.map((r) => [r, ok])), others: 404 },
  foreign: { others: 404 },
});

export const ARRIVAL_CASES: RouteCase[] = [
  { route: 'GET /api/programs/:id/arrivals', targets: ALL, request: (c) => ({ method: 'GET', url: `/api/programs/${programOf(c)}/arrivals` }), expected: programRead },
  {
    route: 'POST /api/programs/:id/arrivals/checklists',
    targets: OWN_AND_FOREIGN,
    request: (c) => ({ method: 'POST', url: `/api/programs/${c.side.program}/arrivals/checklists` }),
    expected: { own: { operator_admin: 200, operator_staff: 200, others: 403 }, foreign: { others: 404 } },
  },
  {
    route: 'POST /api/programs/:id/arrivals/:applicationId/tasks',
    targets: OWN_AND_FOREIGN,
    request: (c) => ({ method: 'POST', url: `/api/programs/${c.side.program}/arrivals/${housingOf(c).intern}/tasks`, payload: { title: { ja: 'Matrix task' }, owner: 'operator', dueOn: '2025-08-19' } }),
    expected: { own: { operator_admin: 201, operator_staff: 201, others: 403 }, foreign: { others: 404 } },
  },
  {
    route: 'PATCH /api/arrival-tasks/:id',
    targets: OWN_AND_FOREIGN,
    request: async (c) => {
      const task = await freshTask(c);
      return { method: 'PATCH', url: `/api/arrival-tasks/${task.id}`, payload: { version: task.version, done: true } };
    },
    expected: { own: { operator_admin: 200, operator_staff: 200, host_company: 200, college_coordinator: 403, others: 404 }, foreign: { others: 404 } },
  },
  { route: 'GET /api/programs/:id/housing-requests', targets: ALL, request: (c) => ({ method: 'GET', url: `/api/programs/${programOf(c)}/housing-requests` }), expected: programRead },
  {
    route: 'POST /api/programs/:id/housing-requests',
    targets: OWN_AND_FOREIGN,
    request: (c) => ({ method: 'POST', url: `/api/programs/${c.side.program}/housing-requests`, payload: { applicationId: housingOf(c).intern, partnerId: c.side.orgs.housing, moveInOn: '2026-04-01' } }),
    expected: { own: { operator_admin: 201, operator_staff: 201, host_company: 201, others: 403 }, foreign: { others: 404 } },
  },
  {
    route: 'POST /api/housing-requests/:id/answer',
    targets: OWN_AND_FOREIGN,
    request: async (c) => {
      const request = await freshRequest(c);
      return { method: 'POST', url: `/api/housing-requests/${request.id}/answer`, payload: { version: request.version, status: 'declined' } };
    },
    expected: requestAccess(200, ['housing_partner']),
  },
  {
    route: 'POST /api/housing-requests/:id/withdraw',
    targets: OWN_AND_FOREIGN,
    request: async (c) => {
      const request = await freshRequest(c);
      return { method: 'POST', url: `/api/housing-requests/${request.id}/withdraw`, payload: { version: request.version } };
    },
    expected: requestAccess(200, ['operator_admin', 'operator_staff', 'host_company']),
  },
];


// ---- Internship (issue 8) ------------------------------------------------------------------
// The intern's plan and days: the operators, the intern's company and college, and the intern
// see them; the operators and the company plan, record attendance, comment and report
// incidents; only the intern writes the daily report (the matrix's student is not this intern,
// so nobody here may). The final report meeting: the program's people see the running order;
// the operators set it up; the intern or an operator uploads slides; the program's host
// companies score. A comment on a day without a report is refused after access is granted
// (409), which is what the permitted roles get here.
async function planOf(c: CaseContext): Promise<{ id: string; version: number; days: { id: string; version: number }[] }> {
  const made = await c.side.api({ method: 'POST', url: `/api/programs/${c.side.program}/internship/plans` });
  if (made.statusCode !== 200) throw new Error(`setup plans: ${made.statusCode} ${made.body}`);
  const planId = (made.json() as { items: { applicationId: string; planId: string }[] }).items.find((i) => i.applicationId === housingOf(c).intern)!.planId;
  return (await c.side.api({ method: 'GET', url: `/api/internship-plans/${planId}` })).json() as { id: string; version: number; days: { id: string; version: number }[] };
}

async function freshIncident(c: CaseContext): Promise<{ id: string; version: number }> {
  const plan = await planOf(c);
  const res = await c.side.api({ method: 'POST', url: `/api/internship-plans/${plan.id}/incidents`, payload: { occurredAt: '2025-08-20T10:00:00+09:00', kind: 'other', severity: 'low', description: 'Matrix incident' } });
  if (res.statusCode !== 201) throw new Error(`setup incident: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; version: number };
}

async function meetingOf(c: CaseContext): Promise<{ meeting: { version: number }; talks: { id: string; version: number }[] }> {
  const url = `/api/programs/${c.side.program}/report-meeting`;
  let view = (await c.side.api({ method: 'GET', url })).json() as { meeting: { version: number } | null; talks: { id: string; version: number }[] };
  if (!view.meeting) view = (await c.side.api({ method: 'PUT', url, payload: { heldOn: '2025-08-29', startsAt: '13:30', minutesPerTalk: 15 } })).json() as typeof view;
  return view as { meeting: { version: number }; talks: { id: string; version: number }[] };
}

async function talkWithSlides(c: CaseContext): Promise<{ id: string; version: number }> {
  const talk = (await meetingOf(c)).talks[0]!;
  const res = await c.side.api({ method: 'PUT', url: `/api/report-presentations/${talk.id}/slides`, payload: tinyPdf('Matrix slides'), headers: { 'content-type': 'application/pdf' } });
  if (res.statusCode !== 204) throw new Error(`setup slides: ${res.statusCode} ${res.body}`);
  return (await meetingOf(c)).talks[0]!;
}

const planReaders = (ok: number): RouteCase['expected'] => ({ own: { operator_admin: ok, operator_staff: ok, host_company: ok, college_coordinator: ok, others: 404 }, foreign: { others: 404 } });
const planKeepers = (ok: number): RouteCase['expected'] => ({ own: { operator_admin: ok, operator_staff: ok, host_company: ok, college_coordinator: 403, others: 404 }, foreign: { others: 404 } });
/** The talk's readers are the program's people; the matrix's student is not the presenting intern. */
const talkWriters = (ok: number): RouteCase['expected'] => ({ own: { operator_admin: ok, operator_staff: ok, others: 403 }, foreign: { others: 404 } });

export const INTERNSHIP_CASES: RouteCase[] = [
  { route: 'GET /api/programs/:id/internship', targets: ALL, request: (c) => ({ method: 'GET', url: `/api/programs/${programOf(c)}/internship` }), expected: programRead },
  {
    route: 'POST /api/programs/:id/internship/plans',
    targets: OWN_AND_FOREIGN,
    request: (c) => ({ method: 'POST', url: `/api/programs/${c.side.program}/internship/plans` }),
    expected: { own: { operator_admin: 200, operator_staff: 200, others: 403 }, foreign: { others: 404 } },
  },
  { route: 'GET /api/me/internships', targets: OWN, request: () => ({ method: 'GET', url: '/api/me/internships' }), expected: everyone(200) },
  { route: 'GET /api/internship-plans/:id', targets: OWN_AND_FOREIGN, request: async (c) => ({ method: 'GET', url: `/api/internship-plans/${(await planOf(c)).id}` }), expected: planReaders(200) },
  {
    route: 'PATCH /api/internship-plans/:id',
    targets: OWN_AND_FOREIGN,
    request: async (c) => {
      const plan = await planOf(c);
      return { method: 'PATCH', url: `/api/internship-plans/${plan.id}`, payload: { version: plan.version, mentorName: `Mentor ${unique()}` } };
    },
    expected: planKeepers(200),
  },
  {
    route: 'PATCH /api/internship-days/:id',
    targets: OWN_AND_FOREIGN,
    request: async (c) => {
      const day = (await planOf(c)).days[0]!;
      return { method: 'PATCH', url: `/api/internship-days/${day.id}`, payload: { version: day.version, tasks: `Task ${unique()}` } };
    },
    expected: planKeepers(200),
  },
  {
    route: 'PUT /api/internship-days/:id/report',
    targets: OWN_AND_FOREIGN,
    request: async (c) => {
      const day = (await planOf(c)).days[0]!;
      return { method: 'PUT', url: `/api/internship-days/${day.id}/report`, payload: { version: day.version, body: 'Тайлан', language: 'mn' } };
    },
    expected: { own: { operator_admin: 403, operator_staff: 403, host_company: 403, college_coordinator: 403, others: 404 }, foreign: { others: 404 } },
  },
  {
    route: 'PUT /api/internship-days/:id/comment',
    targets: OWN_AND_FOREIGN,
    request: async (c) => {
      const day = (await planOf(c)).days[0]!;
      return { method: 'PUT', url: `/api/internship-days/${day.id}/comment`, payload: { version: day.version, body: 'コメント' } };
    },
    expected: planKeepers(409),
  },
  {
    route: 'POST /api/internship-plans/:id/incidents',
    targets: OWN_AND_FOREIGN,
    request: async (c) => ({ method: 'POST', url: `/api/internship-plans/${(await planOf(c)).id}/incidents`, payload: { occurredAt: '2025-08-20T10:00:00+09:00', kind: 'other', severity: 'low', description: 'Matrix incident' } }),
    expected: planKeepers(201),
  },
  {
    route: 'PATCH /api/internship-incidents/:id',
    targets: OWN_AND_FOREIGN,
    request: async (c) => {
      const incident = await freshIncident(c);
      return { method: 'PATCH', url: `/api/internship-incidents/${incident.id}`, payload: { version: incident.version, actionTaken: 'Matrix action' } };
    },
    expected: planKeepers(200),
  },
  { route: 'GET /api/programs/:id/report-meeting', targets: ALL, request: (c) => ({ method: 'GET', url: `/api/programs/${programOf(c)}/report-meeting` }), expected: programRead },
  {
    route: 'PUT /api/programs/:id/report-meeting',
    targets: ALL,
    request: async (c) => {
      const program = programOf(c);
      const current = (await c.side.api({ method: 'GET', url: `/api/programs/${program}/report-meeting` })).json() as { meeting: { version: number } | null };
      return { method: 'PUT', url: `/api/programs/${program}/report-meeting`, payload: { ...(current.meeting ? { version: current.meeting.version } : {}), heldOn: '2025-08-29', startsAt: '13:30', minutesPerTalk: 10 + (unique() % 10) } };
    },
    expected: programWrite(200),
  },
  {
    route: 'PUT /api/programs/:id/report-meeting/order',
    targets: OWN_AND_FOREIGN,
    request: async (c) => {
      const view = await meetingOf(c);
      return { method: 'PUT', url: `/api/programs/${c.side.program}/report-meeting/order`, payload: { version: view.meeting.version, order: view.talks.map((talk) => talk.id) } };
    },
    expected: { own: { operator_admin: 200, operator_staff: 200, others: 403 }, foreign: { others: 404 } },
  },
  {
    route: 'PATCH /api/report-presentations/:id',
    targets: OWN_AND_FOREIGN,
    request: async (c) => {
      const talk = (await meetingOf(c)).talks[0]!;
      return { method: 'PATCH', url: `/api/report-presentations/${talk.id}`, payload: { version: talk.version, title: `Talk ${unique()}` } };
    },
    expected: talkWriters(204),
  },
  {
    route: 'PUT /api/report-presentations/:id/slides',
    targets: OWN_AND_FOREIGN,
    request: async (c) => ({ method: 'PUT', url: `/api/report-presentations/${(await meetingOf(c)).talks[0]!.id}/slides`, payload: tinyPdf('Matrix'), headers: { 'content-type': 'application/pdf' } }),
    expected: talkWriters(204),
  },
  { route: 'GET /api/report-presentations/:id/slides', targets: OWN_AND_FOREIGN, request: async (c) => ({ method: 'GET', url: `/api/report-presentations/${(await talkWithSlides(c)).id}/slides` }), expected: { own: { others: 200 }, foreign: { others: 404 } } },
  {
    route: 'PUT /api/report-presentations/:id/score',
    targets: OWN_AND_FOREIGN,
    request: async (c) => {
      const talk = (await meetingOf(c)).talks[0]!;
      // The caller's own score so far, to change it with its version.
      const seen = await c.app.inject({ method: 'GET', url: `/api/programs/${c.side.program}/report-meeting`, headers: c.caller.headers });
      const mine = seen.statusCode === 200 ? (seen.json() as { talks: { id: string; myScore: { version: number } | null }[] }).talks.find((x) => x.id === talk.id)?.myScore : null;
      return { method: 'PUT', url: `/api/report-presentations/${talk.id}/score`, payload: { ...(mine ? { version: mine.version } : {}), scores: { outcome: 4, clarity: 4, japanese: 3, answers: 4 } } };
    },
    expected: { own: { host_company: 204, others: 403 }, foreign: { others: 404 } },
  },
];

// ---- Hiring and after (issue 8) ------------------------------------------------------------
/** Both organizations' letterheads and the intern's birth date on record, so a pack can be issued. */
async function packReady(c: CaseContext): Promise<{ id: string; version: number; applicationId: string; company: { id: string } }> {
  const plan = (await planOf(c)) as Awaited<ReturnType<typeof planOf>> & { applicationId: string; company: { id: string } };
  for (const org of [c.side.operator, plan.company.id]) {
    const version = await versionOf(c, `/api/organizations/${org}`);
    const res = await c.side.api({ method: 'PATCH', url: `/api/organizations/${org}`, payload: { version, address: { ja: '日立市' }, phone: '0294-24-1411', representative: { title: { ja: '理事長' }, name: { ja: '上原 健一' } } } });
    if (res.statusCode !== 200) throw new Error(`setup letterhead: ${res.statusCode} ${res.body}`);
  }
  const userId = ((await c.side.api({ method: 'GET', url: `/api/applications/${plan.applicationId}` })).json() as { userId: string }).userId;
  const identity = await versionOf(c, `/api/members/${userId}/identity`);
  const res = await c.side.api({ method: 'PUT', url: `/api/members/${userId}/identity`, payload: { version: identity, birthDate: '2004-03-05' } });
  if (res.statusCode !== 200) throw new Error(`setup identity: ${res.statusCode} ${res.body}`);
  return plan;
}

const packInput = { issuedOn: '2025-06-01', guarantor: 'inviter', gender: 'female', arrivalOn: '2025-08-17', departureOn: '2025-09-15' };

async function packOf(c: CaseContext): Promise<{ id: string; version: number }> {
  const plan = await packReady(c);
  const res = await c.side.api({ method: 'POST', url: `/api/internship-plans/${plan.id}/visa-packs`, payload: packInput });
  if (res.statusCode !== 201) throw new Error(`setup visa pack: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; version: number };
}

/** The pack prints the passport number: the operators, the host company and the intern (not the matrix's student) read it; the operators issue it. */
const packReaders = (ok: number): RouteCase['expected'] => ({ own: { operator_admin: ok, operator_staff: ok, host_company: ok, others: 404 }, foreign: { others: 404 } });
const packIssuers = (ok: number): RouteCase['expected'] => ({ own: { operator_admin: ok, operator_staff: ok, host_company: 403, others: 404 }, foreign: { others: 404 } });

export const VISA_PACK_CASES: RouteCase[] = [
  { route: 'GET /api/programs/:id/visa-packs', targets: ALL, request: (c) => ({ method: 'GET', url: `/api/programs/${programOf(c)}/visa-packs` }), expected: programWrite(200) },
  { route: 'GET /api/internship-plans/:id/visa-packs', targets: OWN_AND_FOREIGN, request: async (c) => ({ method: 'GET', url: `/api/internship-plans/${(await planOf(c)).id}/visa-packs` }), expected: packReaders(200) },
  {
    route: 'POST /api/internship-plans/:id/visa-packs',
    targets: OWN_AND_FOREIGN,
    request: async (c) => ({ method: 'POST', url: `/api/internship-plans/${(await packReady(c)).id}/visa-packs`, payload: packInput }),
    expected: packIssuers(201),
  },
  {
    route: 'PATCH /api/visa-packs/:id',
    targets: OWN_AND_FOREIGN,
    request: async (c) => {
      const pack = await packOf(c);
      return { method: 'PATCH', url: `/api/visa-packs/${pack.id}`, payload: { version: pack.version, plannedApplicationOn: '2025-07-01' } };
    },
    expected: packIssuers(200),
  },
  { route: 'GET /api/visa-packs/:id/pdf', targets: OWN_AND_FOREIGN, request: async (c) => ({ method: 'GET', url: `/api/visa-packs/${(await packOf(c)).id}/pdf?document=letterOfGuarantee` }), expected: packReaders(200) },
];

// The matrix's intern has been hired already (for the housing cases), so applying is refused as
// not an intern (400) to everyone who may see the program; the application, an offer and the
// employment are made straight in the database. The application is seen by the operators, the
// company, the intern and their college; the company and the operators move it and offer; only
// the intern answers (nobody here). An employment is the operators', the employer's and the
// employee's: the college no longer sees it. A company's check-in is answered once.
type SideHiring = { application: string; employment: string };
const hiringBySide = new Map<string, SideHiring>();
async function hiringOf(c: CaseContext): Promise<SideHiring> {
  const key = c.side.program;
  const known = hiringBySide.get(key);
  if (known) return known;
  const { runAsSystem } = await import('../../src/server/db/actor-scope.ts');
  const { hiringApplications, jobOffers, employments, residenceCases } = await import('../../src/server/db/schema/index.ts');
  const made = await runAsSystem(async () => {
    const db = c.app.database.db;
    const [application] = await db.insert(hiringApplications).values({ programId: key, applicationId: housingOf(c).intern, companyId: c.side.orgs.company }).returning();
    // The hire's accepted offer sits on an application of its own, so the one above takes new offers.
    const [earlier] = await db.insert(hiringApplications).values({ programId: key, applicationId: housingOf(c).intern, companyId: c.side.orgs.company2, outcome: 'offered' }).returning();
    const offer = { programId: key, hiringApplicationId: earlier!.id, position: 'Engineer', monthlySalaryYen: 220_000, startsOn: '2026-01-05', issuedOn: '2025-10-01', expiresOn: '2025-10-31' };
    const [accepted] = await db.insert(jobOffers).values({ ...offer, status: 'accepted' }).returning();
    const [employment] = await db.insert(employments).values({ programId: key, applicationId: housingOf(c).intern, companyId: c.side.orgs.company, offerId: accepted!.id, startsOn: '2026-01-05' }).returning();
    await db.insert(residenceCases).values({ programId: key, employmentId: employment!.id });
    return { application: application!.id, employment: employment!.id };
  });
  hiringBySide.set(key, made);
  return made;
}

/** A fresh issued offer on the side's application, earlier open ones withdrawn first. */
async function freshOffer(c: CaseContext): Promise<{ id: string; version: number }> {
  const { application } = await hiringOf(c);
  await withdrawOpenOffers(c, application);
  const res = await c.side.api({ method: 'POST', url: `/api/hiring-applications/${application}/offers`, payload: { position: 'Engineer', monthlySalaryYen: 230_000, startsOn: '2099-04-01', issuedOn: '2098-10-01', expiresOn: '2099-10-31' } });
  if (res.statusCode !== 201) throw new Error(`setup offer: ${res.statusCode} ${res.body}`);
  return (res.json() as { offers: { id: string; version: number; state: string }[] }).offers.find((o) => o.state === 'issued')!;
}

async function withdrawOpenOffers(c: CaseContext, application: string): Promise<void> {
  const board = (await c.side.api({ method: 'GET', url: `/api/programs/${c.side.program}/hiring` })).json() as { items: { id: string; offers: { id: string; version: number; state: string }[] }[] };
  for (const offer of board.items.find((i) => i.id === application)?.offers.filter((o) => o.state === 'issued') ?? []) {
    await c.side.api({ method: 'POST', url: `/api/job-offers/${offer.id}/withdraw`, payload: { version: offer.version, reason: 'matrix' } });
  }
}

async function hiringVersion(c: CaseContext): Promise<number> {
  const { application } = await hiringOf(c);
  const board = (await c.side.api({ method: 'GET', url: `/api/programs/${c.side.program}/hiring` })).json() as { items: { id: string; version: number }[] };
  return board.items.find((i) => i.id === application)!.version;
}

async function employmentOf(c: CaseContext): Promise<{ id: string; version: number; residence: { version: number } }> {
  const { employment } = await hiringOf(c);
  return (await c.side.api({ method: 'GET', url: `/api/employments/${employment}` })).json() as { id: string; version: number; residence: { version: number } };
}

const hiringKeepers = (ok: number): RouteCase['expected'] => ({ own: { operator_admin: ok, operator_staff: ok, host_company: ok, college_coordinator: 403, others: 404 }, foreign: { others: 404 } });
const employmentKeepers = (ok: number): RouteCase['expected'] => ({ own: { operator_admin: ok, operator_staff: ok, host_company: ok, others: 404 }, foreign: { others: 404 } });

export const HIRING_CASES: RouteCase[] = [
  { route: 'GET /api/programs/:id/hiring', targets: ALL, request: (c) => ({ method: 'GET', url: `/api/programs/${programOf(c)}/hiring` }), expected: programRead },
  {
    route: 'POST /api/programs/:id/hiring-applications',
    targets: ALL,
    request: (c) => ({ method: 'POST', url: `/api/programs/${programOf(c)}/hiring-applications`, payload: { applicationId: housingOf(c).intern, companyId: c.side.orgs.company } }),
    expected: { own: { others: 400 }, sibling: { operator_admin: 400, operator_staff: 400, others: 404 }, foreign: { others: 404 } },
  },
  {
    route: 'PATCH /api/hiring-applications/:id',
    targets: OWN_AND_FOREIGN,
    request: async (c) => ({ method: 'PATCH', url: `/api/hiring-applications/${(await hiringOf(c)).application}`, payload: { version: await hiringVersion(c), note: `Note ${unique()}` } }),
    expected: hiringKeepers(200),
  },
  {
    route: 'POST /api/hiring-applications/:id/offers',
    targets: OWN_AND_FOREIGN,
    request: async (c) => {
      const { application } = await hiringOf(c);
      await withdrawOpenOffers(c, application);
      return { method: 'POST', url: `/api/hiring-applications/${application}/offers`, payload: { position: 'Engineer', monthlySalaryYen: 230_000, startsOn: '2099-04-01', issuedOn: '2098-10-01', expiresOn: '2099-10-31' } };
    },
    expected: hiringKeepers(201),
  },
  {
    route: 'POST /api/job-offers/:id/answer',
    targets: OWN_AND_FOREIGN,
    request: async (c) => {
      const offer = await freshOffer(c);
      return { method: 'POST', url: `/api/job-offers/${offer.id}/answer`, payload: { version: offer.version, accept: false } };
    },
    expected: { own: { operator_admin: 403, operator_staff: 403, host_company: 403, college_coordinator: 403, others: 404 }, foreign: { others: 404 } },
  },
  {
    route: 'POST /api/job-offers/:id/withdraw',
    targets: OWN_AND_FOREIGN,
    request: async (c) => {
      const offer = await freshOffer(c);
      return { method: 'POST', url: `/api/job-offers/${offer.id}/withdraw`, payload: { version: offer.version, reason: 'matrix' } };
    },
    expected: hiringKeepers(200),
  },
  { route: 'GET /api/programs/:id/employments', targets: ALL, request: (c) => ({ method: 'GET', url: `/api/programs/${programOf(c)}/employments` }), expected: programRead },
  { route: 'GET /api/employments/:id', targets: OWN_AND_FOREIGN, request: async (c) => ({ method: 'GET', url: `/api/employments/${(await hiringOf(c)).employment}` }), expected: employmentKeepers(200) },
  {
    route: 'PATCH /api/employments/:id/residence',
    targets: OWN_AND_FOREIGN,
    request: async (c) => {
      const employment = await employmentOf(c);
      return { method: 'PATCH', url: `/api/employments/${employment.id}/residence`, payload: { version: employment.residence.version, employmentInsured: unique() % 2 === 0 } };
    },
    expected: employmentKeepers(200),
  },
  {
    route: 'PUT /api/employments/:id/residence/steps/:kind',
    targets: OWN_AND_FOREIGN,
    request: async (c) => ({ method: 'PUT', url: `/api/employments/${(await hiringOf(c)).employment}/residence/steps/helloWorkReport`, payload: { doneOn: '2026-01-20' } }),
    expected: employmentKeepers(200),
  },
  {
    route: 'PATCH /api/employments/:id/retention',
    targets: OWN_AND_FOREIGN,
    request: async (c) => {
      const employment = await employmentOf(c);
      return { method: 'PATCH', url: `/api/employments/${employment.id}/retention`, payload: { version: employment.version, retention: 'employed', reason: null, changedOn: '2026-01-05' } };
    },
    expected: employmentKeepers(200),
  },
  {
    route: 'PUT /api/employments/:id/check-ins/:month',
    targets: OWN_AND_FOREIGN,
    request: async (c) => ({ method: 'PUT', url: `/api/employments/${(await hiringOf(c)).employment}/check-ins/1`, payload: { scores: { performance: 4, integration: 4, communication: 4 }, language: 'ja' } }),
    expected: { own: { operator_admin: 403, operator_staff: 403, host_company: 200, others: 404 }, foreign: { others: 404 } },
  },
  // Company readiness: the operators see and record every company's, a company its own.
  { route: 'GET /api/programs/:id/readiness', targets: ALL, request: (c) => ({ method: 'GET', url: `/api/programs/${programOf(c)}/readiness` }), expected: programRead },
  {
    route: 'PUT /api/programs/:id/readiness/:companyId',
    targets: ALL,
    request: async (c) => {
      const program = programOf(c);
      const list = (await c.side.api({ method: 'GET', url: `/api/programs/${program}/readiness` })).json() as { items: { company: { id: string }; version: number | null }[] };
      const version = list.items.find((i) => i.company.id === c.side.orgs.company)?.version ?? null;
      return { method: 'PUT', url: `/api/programs/${program}/readiness/${c.side.orgs.company}`, payload: { ...(version ? { version } : {}), items: { mentorNamed: { doneOn: '2025-07-01', note: `Mentor ${unique()}` } }, modules: {} } };
    },
    expected: { own: { operator_admin: 200, operator_staff: 200, host_company: 200, others: 403 }, sibling: { others: 404 }, foreign: { others: 404 } },
  },
];
