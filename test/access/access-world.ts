// Two operators, each with a world of partner organizations, programs and people, built
// through the API by each operator's administrator. Every role of issue 3 has a signed-in
// person in operator A's world; operator B's world is what they must never reach.
import type { FastifyInstance } from 'fastify';
import type { MembershipRole } from '../../src/domain/access/roles.ts';
import type { OrganizationKind, ParticipationRole } from '../../src/domain/organizations/organization.ts';
import { buildHostApplicationInput, buildHostCallInput, buildOrganizationInput, buildPhaseInput, buildProgramInput } from '../support/factories.ts';
import { addInterns, buildUnitInput, hire } from '../support/housing.ts';
import { tinyPdf } from '../support/files.ts';
import { applyAs, giveConsent, injectAs, signInAs, signInAsNewOperator, type SignedIn } from '../support/people.ts';
import type { TestApp } from '../support/test-app.ts';

export const ROLES = ['operator_admin', 'operator_staff', 'host_company', 'college_coordinator', 'student', 'housing_partner', 'education_partner', 'funder'] as const satisfies readonly MembershipRole[];
export type Role = (typeof ROLES)[number];

export type Side = {
  operator: string;
  admin: SignedIn;
  /** inject() as this side's operator admin, for setting up what a case needs. */
  api: ReturnType<typeof injectAs>;
  /** The program A's partners take part in, another of the same operator without them, both FY2025/2026. */
  program: string;
  program2: string;
  /** Organizations by the role they hold in `program` (company2 is in `program2` only). */
  orgs: { company: string; company2: string; college: string; housing: string; education: string; funder: string };
};

export type World = {
  A: Side;
  B: Side;
  /** A signed-in person of every role in A's world, and the same in B's. */
  people: Record<Role, SignedIn>;
  peopleB: Record<Role, SignedIn>;
  orgOf: Record<Role, string>;
  orgOfB: Record<Role, string>;
  canary: { A: string; B: string };
  /** Each side's student has consented (naming the operator and the company) and applied, choosing the company. */
  applications: { A: string; B: string };
  /**
   * Calls for host companies: each side's open call on its program, and A's draft call on its
   * other program; each side's company has applied to its own side's open call.
   */
  hostCalls: { A: string; B: string; draftA: string };
  hostApplications: { A: string; B: string };
  /** Donated lectures: on each side's program, a course given by its company with one session, one module and one material. */
  lectures: { A: SideLectures; B: SideLectures };
  /** Interview fairs: on each side's program, a fair with its company, an interpreter, and the side's applicant interviewed by the company, scheduled. */
  fairs: { A: SideFair; B: SideFair };
  /** Matching rounds: on each side's program, a round with its company (2 seats, 8 flats), collecting lists. */
  matchings: { A: string; B: string };
  /** Housing: on each side's program an internship phase, a flat of its partner lent for two years, and an intern placed at its company. */
  housing: { A: SideHousing; B: SideHousing };
};

/** `intern`: placed at the side's company and since hired; `contract`: the season's contract under `agreement`, sent and signed (its scan uploaded). */
export type SideHousing = { unit: string; intern: string; agreement: string; contract: string };

export type SideFair = { fair: string; interview: string };

export type SideLectures = { course: string; session: string; module: string; material: string };

const orgsByRole = (side: Side): Record<Role, string> => ({
  operator_admin: side.operator,
  operator_staff: side.operator,
  host_company: side.orgs.company,
  college_coordinator: side.orgs.college,
  student: side.orgs.college,
  housing_partner: side.orgs.housing,
  education_partner: side.orgs.education,
  funder: side.orgs.funder,
});

async function signInEveryRole(t: TestApp, side: Side, orgOf: Record<Role, string>, canary: string): Promise<Record<Role, SignedIn>> {
  const people = { operator_admin: side.admin } as Record<Role, SignedIn>;
  for (const role of ROLES) if (role !== 'operator_admin') people[role] = await signInAs(t, orgOf[role], role, `${canary} ${role}`);
  return people;
}

async function created(res: Promise<{ statusCode: number; body: string; json: () => unknown }>): Promise<string> {
  const r = await res;
  if (r.statusCode !== 201) throw new Error(`setup failed: ${r.statusCode} ${r.body}`);
  return (r.json() as { id: string }).id;
}

async function buildSide(t: TestApp, canary: string): Promise<Side> {
  const admin = await signInAsNewOperator(t);
  const api = injectAs(t.app, admin);
  const org = (kind: OrganizationKind, label: string) =>
    created(api({ method: 'POST', url: '/api/organizations', payload: buildOrganizationInput({ kind, name: { ja: `${canary} ${label}`, en: `${canary} ${label}` } }) }));
  const orgs = {
    company: await org('company', 'company'),
    company2: await org('company', 'company 2'),
    college: await org('college', 'college'),
    housing: await org('housing_company', 'housing'),
    education: await org('training_center', 'education'),
    funder: await org('funding_agency', 'funder'),
  };
  const program = await created(api({ method: 'POST', url: '/api/programs', payload: buildProgramInput(admin.operatorId, { fiscalYear: 2025, name: { ja: `${canary} 2025` } }) }));
  const program2 = await created(api({ method: 'POST', url: '/api/programs', payload: buildProgramInput(admin.operatorId, { fiscalYear: 2026, name: { ja: `${canary} 2026` } }) }));
  const take = async (programId: string, organizationId: string, role: ParticipationRole) => {
    const res = await api({ method: 'POST', url: `/api/programs/${programId}/participations`, payload: { organizationId, role } });
    if (res.statusCode !== 201) throw new Error(`setup failed: ${res.statusCode} ${res.body}`);
  };
  await take(program, orgs.company, 'host_company');
  await take(program, orgs.college, 'sending_college');
  await take(program, orgs.housing, 'housing_partner');
  await take(program, orgs.education, 'education_partner');
  await take(program, orgs.funder, 'funder');
  await take(program2, orgs.company2, 'host_company');
  return { operator: admin.operatorId, admin, api, program, program2, orgs };
}

/** Each organization's records carry its operator's canary marker, so leaks can be searched for. */
export async function buildWorld(t: TestApp): Promise<World> {
  const canary = { A: 'CANARY-A-7f3e', B: 'CANARY-B-91c2' };
  const A = await buildSide(t, canary.A);
  const B = await buildSide(t, canary.B);
  const orgOf = orgsByRole(A);
  const orgOfB = orgsByRole(B);
  const people = await signInEveryRole(t, A, orgOf, canary.A);
  const peopleB = await signInEveryRole(t, B, orgOfB, canary.B);
  const applications = { A: await studentApplies(t, A, people.student), B: await studentApplies(t, B, peopleB.student) };
  const hostCalls = { A: await openCall(A, A.program, 'open'), B: await openCall(B, B.program, 'open'), draftA: await openCall(A, A.program2, 'draft') };
  const hostApplications = {
    A: await created(injectAs(t.app, people.host_company)({ method: 'POST', url: `/api/host-calls/${hostCalls.A}/applications`, payload: buildHostApplicationInput(A.orgs.company) })),
    B: await created(injectAs(t.app, peopleB.host_company)({ method: 'POST', url: `/api/host-calls/${hostCalls.B}/applications`, payload: buildHostApplicationInput(B.orgs.company) })),
  };
  const lectures = { A: await lecturesOf(A), B: await lecturesOf(B) };
  const fairs = { A: await fairOf(A, applications.A), B: await fairOf(B, applications.B) };
  const round = (side: Side) => created(side.api({ method: 'POST', url: `/api/programs/${side.program}/matchings`, payload: { title: { ja: 'マッチング' }, listsDeadline: '2099-01-01T00:00:00Z', totalCap: 8 } }));
  const matchings = { A: await round(A), B: await round(B) };
  const housing = { A: await housingOf(t, A), B: await housingOf(t, B) };
  return { A, B, people, peopleB, orgOf, orgOfB, canary, applications, hostCalls, hostApplications, lectures, fairs, matchings, housing };
}

async function housingOf(t: TestApp, side: Side): Promise<SideHousing> {
  await created(side.api({ method: 'POST', url: `/api/programs/${side.program}/phases`, payload: buildPhaseInput() }));
  const unit = await created(side.api({ method: 'POST', url: `/api/organizations/${side.orgs.housing}/housing-units`, payload: buildUnitInput({ capacity: 20, lendingPeriods: [{ from: '2025-01-01', to: '2027-01-01' }] }) }));
  const [intern] = await addInterns(t, { program: side.program, college: side.orgs.college, company: side.orgs.company, company2: side.orgs.company }, 1);
  await hire(t, intern!.applicationId);
  const seeded = await side.api({ method: 'POST', url: `/api/programs/${side.program}/arrivals/checklists` });
  if (seeded.statusCode !== 200) throw new Error(`setup checklists: ${seeded.body}`);
  const agreement = await created(side.api({ method: 'POST', url: '/api/housing-agreements', payload: { operatorId: side.operator, partnerId: side.orgs.housing, title: { ja: '協定' }, startsOn: '2025-07-17' } }));
  const contract = await created(side.api({ method: 'POST', url: `/api/programs/${side.program}/loan-contracts`, payload: { agreementId: agreement } }));
  const sent = await side.api({ method: 'POST', url: `/api/loan-contracts/${contract}/send`, payload: { version: 1 } });
  const signed = await side.api({ method: 'PUT', url: `/api/loan-contracts/${contract}/signed-scan`, payload: tinyPdf('signed'), headers: { 'content-type': 'application/pdf' } });
  if (sent.statusCode !== 200 || signed.statusCode !== 200) throw new Error(`setup contract: ${sent.body} ${signed.body}`);
  return { unit, intern: intern!.applicationId, agreement, contract };
}

/** The side's operator admin sets up a one-hour fair with its company and an interpreter, adds the applicant's interview with the company and schedules it. */
async function fairOf(side: Side, applicationId: string): Promise<SideFair> {
  const ok = async (res: Promise<{ statusCode: number; body: string; json: () => unknown }>, status = 200) => {
    const r = await res;
    if (r.statusCode !== status) throw new Error(`setup fair: ${r.statusCode} ${r.body}`);
    return r.json() as { id: string; version: number };
  };
  let fair = await ok(side.api({ method: 'POST', url: `/api/programs/${side.program}/fairs`, payload: { title: { ja: '面接会' }, days: [{ date: '2025-06-22', start: '09:00', end: '10:00' }] } }), 201);
  fair = await ok(side.api({ method: 'PUT', url: `/api/fairs/${fair.id}/companies`, payload: { version: fair.version, companies: [{ organizationId: side.orgs.company }] } }));
  fair = await ok(side.api({ method: 'PUT', url: `/api/fairs/${fair.id}/interpreters`, payload: { version: fair.version, interpreters: [{ name: 'Oyunaa', email: null }] } }));
  const interview = await ok(side.api({ method: 'POST', url: `/api/fairs/${fair.id}/interviews`, payload: { applicationId, organizationId: side.orgs.company, needsInterpreter: true } }), 201);
  await ok(side.api({ method: 'POST', url: `/api/fairs/${fair.id}/schedule`, payload: { version: fair.version } }));
  return { fair: fair.id, interview: interview.id };
}

/** The side's operator admin creates a course with a session, a module and a material on the side's program. */
async function lecturesOf(side: Side): Promise<SideLectures> {
  const course = await created(side.api({ method: 'POST', url: `/api/programs/${side.program}/courses`, payload: { title: { ja: '寄付講義' }, givingOrganizationId: side.orgs.company, language: 'ja' } }));
  const withSession = await side.api({ method: 'POST', url: `/api/courses/${course}/sessions`, payload: { date: '2025-08-19', startTime: '09:00', venue: 'MOJC' } });
  const withModule = await side.api({ method: 'POST', url: `/api/courses/${course}/modules`, payload: { title: { en: 'AI' }, position: 1 } });
  const module = (withModule.json() as { modules: { id: string }[] }).modules[0]!.id;
  const withMaterial = await side.api({ method: 'POST', url: `/api/course-modules/${module}/materials`, payload: { title: { en: 'Slides' }, url: 'https://example.org/ai.pdf', kind: 'slides' } });
  if (withSession.statusCode !== 201 || withMaterial.statusCode !== 201) throw new Error(`setup lectures: ${withSession.statusCode} ${withMaterial.statusCode}`);
  return {
    course,
    session: (withSession.json() as { sessions: { id: string }[] }).sessions[0]!.id,
    module,
    material: (withMaterial.json() as { modules: { materials: { id: string }[] }[] }).modules[0]!.materials[0]!.id,
  };
}

/** The side's operator admin opens (or drafts) the program's call for host companies. */
async function openCall(side: Side, programId: string, status: 'open' | 'draft'): Promise<string> {
  return created(side.api({ method: 'POST', url: `/api/programs/${programId}/host-call`, payload: buildHostCallInput({ status }) }));
}

/** The side's student consents to sharing with the operator and the company, and applies choosing the company. */
async function studentApplies(t: TestApp, side: Side, student: SignedIn): Promise<string> {
  const consent = await giveConsent(t.app, student, side.program, [side.operator, side.orgs.company]);
  if (consent.statusCode !== 201) throw new Error(`setup consent: ${consent.statusCode} ${consent.body}`);
  return created(applyAs(t.app, student, side.program, { nameLatin: 'World Applicant', companiesOfInterest: [side.orgs.company] }));
}

export type { FastifyInstance };
