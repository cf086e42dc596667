// The one access policy: can(actor, action, resource). Pure, so every route and every list
// query asks the same question and tests can enumerate it. Resources carry the facts the
// policy needs (who operates a program, who takes part in it); the services load them.
//
// Rules (issue 3, "Visibility"):
// - an operator's members see and run the programs their organization operates (as the
//   program's operator or a co-operator such as NAZE); only its admins create or archive them;
// - the other organizations of a program (host companies, colleges, partners, funders) see its
//   public information: name, dates, phases and who takes part;
// - every member sees their own organization; operator members see the organizations of their
//   programs, and register and edit organizations; an organization's own members edit it too;
// - nobody sees another operator's programs at all (the API answers 404, not 403);
// - people: an operator's admins see and manage the people of their operator and of the
//   organizations in its scope (registered by it or taking part in its programs); a college's
//   coordinators see its people and manage its students. Managing a role means inviting into
//   it and revoking such invitations; deactivating a person takes the right to manage every
//   role they hold, so nobody outside one operator can switch off another operator's people,
//   and nobody switches off themselves.
//
// Applications (issue 4): a student of a college sending students to a program gives consent
// and applies to it. An application is seen by the program's operators, the student's college
// coordinators, the student, and a host company only while the student lists it among the
// companies of interest AND an active consent names it. Whoever sees an application may ask to
// move it; which moves each kind of actor may make is the pipeline's rule (domain/pipeline).
//
// The call for host companies (issue 4 item 1): the program's operators open, edit, score and
// decide. A draft call is theirs alone. An open (or closed) call may be read by any host-company
// member, whether or not their company takes part in the program yet: there is no list of
// invited companies, so keeping it simple, every company may see every open call and apply to
// it. A company's application is seen and edited by its own host-company members and the
// program's operators; nobody else sees it.
import type { ActorKind } from '../pipeline/pipeline-status.ts';
import { canOnFair, canOnFairEvaluation, canOnFairInterview, type FairEvaluationFacts, type FairFacts, type FairInterviewFacts } from './fair-policy.ts';
import { canOnArrival, canOnHousingAgreement, canOnHousingRequest, canOnHousingUnit, canOnLoanContract, canOnProgramHousing, type ArrivalFacts, type HousingAgreementFacts, type HousingRequestFacts, type HousingUnitFacts, type LoanContractFacts, type ProgramHousingFacts } from './housing-policy.ts';
import { canOnEmployment, canOnHiringApplication, type EmploymentFacts, type HiringApplicationFacts } from './hiring-policy.ts';
import { canOnInternshipPlan, canOnReportPresentation, canOnVisaPack, type InternshipPlanFacts, type ReportPresentationFacts, type VisaPackFacts } from './internship-policy.ts';
import { canOnMatchingRound, type MatchingRoundFacts } from './matching-policy.ts';
import { canOnProgramReports, type ProgramReportsFacts } from './reports-policy.ts';
import { isOperatorRole, type Actor, type MembershipRole } from './roles.ts';

export type ProgramFacts = {
  type: 'program';
  /** The operating organization and co-operators (participation role `operator`). */
  operatorIds: string[];
  /** Every organization that takes part, in any role. */
  participantIds: string[];
};

export type OrganizationFacts = {
  type: 'organization';
  id: string;
  /** Operators of the programs this organization takes part in, and the operator that registered it. */
  operatorIdsOfItsPrograms: string[];
};

export type NewProgramFacts = { type: 'newProgram'; operatorId: string };

/** An invitation (new or pending) into an organization, for one role. */
export type InvitationFacts = { type: 'invitation'; organization: OrganizationFacts; role: MembershipRole };

/** A person and every membership they hold. */
export type PersonFacts = { type: 'person'; userId: string; memberships: { organization: OrganizationFacts; role: MembershipRole }[] };

/** A person's identity documents: passport and residence-card numbers, birth date. */
export type IdentityFacts = { type: 'identity'; person: PersonFacts };

/** A program as a student sees it: the colleges that send students to it. */
export type ProgramStudentFacts = { type: 'programStudent'; program: ProgramFacts; sendingCollegeIds: string[] };

/** A student's application to a program, with the recipients of the student's active consent. */
export type ApplicationFacts = {
  type: 'application';
  program: ProgramFacts;
  studentUserId: string;
  collegeId: string;
  companiesOfInterest: string[];
  /** The recipients of the student's active consent in this program; empty when none. */
  consentedRecipientIds: string[];
};

/**
 * The CV and portfolio of an application. Whoever reads the application reads its files (a
 * host company only while the student chose it under an active consent naming it); the
 * student and their college's coordinators (on the student's behalf) upload and delete them
 * while the application is not withdrawn. Operators and companies read only.
 */
export type ApplicationFilesFacts = { type: 'applicationFiles'; application: ApplicationFacts; withdrawn: boolean };

/** A program's call for host companies. */
export type HostCallFacts = { type: 'hostCall'; program: ProgramFacts; status: 'draft' | 'open' | 'closed' };

/** A company's application to a call for host companies. */
export type HostApplicationFacts = { type: 'hostApplication'; program: ProgramFacts; companyId: string };

/** Scoring and deciding on a company's application: the program's operators. */
export type HostSelectionFacts = { type: 'hostSelection'; application: HostApplicationFacts };

/**
 * A roster file of one college's students imported into a program (issue 4 item 4): `create`
 * (importing) for the program's operators, naming any sending college, and for a sending
 * college's coordinators, for their own; `read` (the template) for either.
 */
export type ApplicationImportFacts = { type: 'applicationImport'; program: ProgramFacts; sendingCollegeIds: string[]; collegeId: string | null };

export type Resource =
  | FairFacts
  | ProgramReportsFacts
  | InternshipPlanFacts
  | VisaPackFacts
  | HiringApplicationFacts
  | EmploymentFacts
  | ReportPresentationFacts
  | MatchingRoundFacts
  | HousingUnitFacts
  | ProgramHousingFacts
  | HousingAgreementFacts
  | LoanContractFacts
  | ArrivalFacts
  | HousingRequestFacts
  | FairInterviewFacts
  | FairEvaluationFacts
  | HostCallFacts
  | HostApplicationFacts
  | HostSelectionFacts
  | ProgramFacts
  | OrganizationFacts
  | NewProgramFacts
  | { type: 'newOrganization' }
  | InvitationFacts
  | PersonFacts
  | IdentityFacts
  | ProgramStudentFacts
  | ApplicationFacts
  | ApplicationFilesFacts
  | ApplicationImportFacts;

export const ACTIONS = ['read', 'readPublic', 'create', 'update', 'archive'] as const;
export type Action = (typeof ACTIONS)[number];

const rolesIn = (actor: Actor, organizationIds: string[]): MembershipRole[] =>
  actor.memberships.filter((m) => organizationIds.includes(m.organizationId)).map((m) => m.role);

export function can(actor: Actor, action: Action, resource: Resource): boolean {
  switch (resource.type) {
    case 'program':
      return canOnProgram(actor, action, resource);
    case 'newProgram':
      return action === 'create' && rolesIn(actor, [resource.operatorId]).includes('operator_admin');
    case 'organization':
      return canOnOrganization(actor, action, resource);
    case 'newOrganization':
      return action === 'create' && actor.memberships.some((m) => isOperatorRole(m.role));
    case 'invitation':
      return canOnInvitation(actor, action, resource);
    case 'person':
      return canOnPerson(actor, action, resource);
    case 'identity':
      return canOnIdentity(actor, action, resource.person);
    case 'programStudent':
      // Giving, withdrawing and reading one's consent, and applying: students of a sending college.
      return (action === 'create' || action === 'read') && rolesIn(actor, resource.sendingCollegeIds).includes('student');
    case 'application':
      return (action === 'read' || action === 'readPublic' || action === 'update') && applicationActorKind(actor, resource) !== null;
    case 'applicationFiles':
      return canOnApplicationFiles(actor, action, resource);
    case 'hostCall':
      return canOnHostCall(actor, action, resource);
    case 'hostApplication':
      return (action === 'read' || action === 'readPublic' || action === 'update') && hostApplicationActorKind(actor, resource) !== null;
    case 'hostSelection':
      return (action === 'read' || action === 'update') && hostApplicationActorKind(actor, resource.application) === 'operator';
    case 'applicationImport':
      return canOnApplicationImport(actor, action, resource);
    case 'fair':
      return canOnFair(actor, action, resource);
    case 'fairInterview':
      return canOnFairInterview(actor, action, resource);
    case 'fairEvaluation':
      return canOnFairEvaluation(actor, action, resource);
    case 'matchingRound':
      return canOnMatchingRound(actor, action, resource);
    case 'housingUnit':
      return canOnHousingUnit(actor, action, resource);
    case 'programHousing':
      return canOnProgramHousing(actor, action, resource);
    case 'housingAgreement':
      return canOnHousingAgreement(actor, action, resource);
    case 'loanContract':
      return canOnLoanContract(actor, action, resource);
    case 'arrival':
      return canOnArrival(actor, action, resource);
    case 'housingRequest':
      return canOnHousingRequest(actor, action, resource);
    case 'internshipPlan':
      return canOnInternshipPlan(actor, action, resource);
    case 'reportPresentation':
      return canOnReportPresentation(actor, action, resource);
    case 'visaPack':
      return canOnVisaPack(actor, action, resource);
    case 'hiringApplication':
      return canOnHiringApplication(actor, action, resource);
    case 'employment':
      return canOnEmployment(actor, action, resource);
    case 'programReports':
      return canOnProgramReports(actor, action, resource);
  }
}

function canOnApplicationFiles(actor: Actor, action: Action, files: ApplicationFilesFacts): boolean {
  const kind = applicationActorKind(actor, files.application);
  switch (action) {
    case 'read':
    case 'readPublic':
      return kind !== null;
    case 'create':
    case 'update':
    case 'archive':
      return !files.withdrawn && (kind === 'student' || kind === 'college');
  }
}

function canOnApplicationImport(actor: Actor, action: Action, facts: ApplicationImportFacts): boolean {
  const operates = rolesIn(actor, facts.program.operatorIds).some(isOperatorRole);
  const coordinates = (collegeIds: string[]) => rolesIn(actor, collegeIds).includes('college_coordinator');
  if (action === 'read') return operates || coordinates(facts.sendingCollegeIds);
  if (action !== 'create' || facts.collegeId === null || !facts.sendingCollegeIds.includes(facts.collegeId)) return false;
  return operates || coordinates([facts.collegeId]);
}

/**
 * The college a roster import is for: the one named, or else the sending college the actor
 * coordinates (when exactly one); null when neither says.
 */
export function importCollegeFor(actor: Actor, sendingCollegeIds: readonly string[], requested: string | undefined): string | null {
  if (requested !== undefined) return requested;
  const own = actor.memberships.filter((m) => m.role === 'college_coordinator' && sendingCollegeIds.includes(m.organizationId));
  return own.length === 1 ? own[0]!.organizationId : null;
}

const isHostCompanyMember = (actor: Actor) => actor.memberships.some((m) => m.role === 'host_company');

/** Reading: the operators, any host-company member once the call is not a draft. Applying (create): host-company members of an open call. */
function canOnHostCall(actor: Actor, action: Action, call: HostCallFacts): boolean {
  const operates = rolesIn(actor, call.program.operatorIds).some(isOperatorRole);
  switch (action) {
    case 'read':
    case 'readPublic':
      return operates || (call.status !== 'draft' && isHostCompanyMember(actor));
    case 'update':
      return operates;
    case 'create':
      return call.status === 'open' && isHostCompanyMember(actor);
    case 'archive':
      return false;
  }
}

/** The capacity in which the actor acts on a company's application, or null when they may not see it. */
export function hostApplicationActorKind(actor: Actor, application: HostApplicationFacts): 'operator' | 'company' | null {
  if (rolesIn(actor, application.program.operatorIds).some(isOperatorRole)) return 'operator';
  if (rolesIn(actor, [application.companyId]).includes('host_company')) return 'company';
  return null;
}

/**
 * Which calls a list returns: every call of the programs the actor operates; for host-company
 * members every open call, and the calls their companies applied to (closed ones too, so a
 * company finds its application and the decision after the deadline).
 */
export function hostCallScope(actor: Actor): { operatorIds: string[]; open: boolean; companyIds: string[] } {
  return {
    operatorIds: actor.memberships.filter((m) => isOperatorRole(m.role)).map((m) => m.organizationId),
    open: isHostCompanyMember(actor),
    companyIds: actor.memberships.filter((m) => m.role === 'host_company').map((m) => m.organizationId),
  };
}

/** Which applications of one call a list returns: all for the program's operators, otherwise those of the actor's host companies. */
export function hostApplicationScope(actor: Actor, program: ProgramFacts): { all: boolean; companyIds: string[] } {
  return {
    all: rolesIn(actor, program.operatorIds).some(isOperatorRole),
    companyIds: actor.memberships.filter((m) => m.role === 'host_company').map((m) => m.organizationId),
  };
}

/**
 * In which capacity the actor acts on an application, or null when they may not see it: the
 * program's operator first, then the student's college, a host company the student chose under
 * consent, and the student themselves.
 */
export function applicationActorKind(actor: Actor, application: ApplicationFacts): Exclude<ActorKind, 'system'> | null {
  if (rolesIn(actor, application.program.operatorIds).some(isOperatorRole)) return 'operator';
  if (rolesIn(actor, [application.collegeId]).includes('college_coordinator')) return 'college';
  const sharedWith = application.companiesOfInterest.filter((id) => application.consentedRecipientIds.includes(id));
  if (rolesIn(actor, sharedWith).includes('host_company')) return 'host_company';
  if (actor.userId === application.studentUserId) return 'student';
  return null;
}

/**
 * Which applications of one program a list may return, as filters the repository applies in
 * SQL: all of them for its operators; otherwise the actor's own, their colleges' (coordinators)
 * and those shared under consent with their host companies.
 */
export function applicationScope(actor: Actor, program: ProgramFacts): { all: boolean; userId: string; collegeIds: string[]; companyIds: string[] } {
  const byRole = (role: MembershipRole) => actor.memberships.filter((m) => m.role === role).map((m) => m.organizationId);
  return {
    all: rolesIn(actor, program.operatorIds).some(isOperatorRole),
    userId: actor.userId,
    collegeIds: byRole('college_coordinator'),
    companyIds: byRole('host_company'),
  };
}

function canOnProgram(actor: Actor, action: Action, program: ProgramFacts): boolean {
  const operatorRoles = rolesIn(actor, program.operatorIds).filter(isOperatorRole);
  switch (action) {
    case 'read':
    case 'update':
      return operatorRoles.length > 0;
    case 'archive':
      return operatorRoles.includes('operator_admin');
    case 'readPublic':
      return rolesIn(actor, [...program.operatorIds, ...program.participantIds]).length > 0;
    case 'create':
      return false; // creation is asked of a newProgram
  }
}

function canOnOrganization(actor: Actor, action: Action, organization: OrganizationFacts): boolean {
  const own = rolesIn(actor, [organization.id]);
  const operatesItsPrograms = rolesIn(actor, organization.operatorIdsOfItsPrograms).some(isOperatorRole);
  switch (action) {
    case 'read':
    case 'readPublic':
      return own.length > 0 || operatesItsPrograms;
    case 'update':
      return own.some((r) => r !== 'student') || operatesItsPrograms;
    case 'archive':
      return own.includes('operator_admin') || rolesIn(actor, organization.operatorIdsOfItsPrograms).includes('operator_admin');
    case 'create':
      return false; // creation is asked of a newOrganization
  }
}

/** Whose people the actor sees: admins those of their operator's scope, coordinators their college's. */
function seesPeopleOf(actor: Actor, organization: OrganizationFacts): boolean {
  return (
    rolesIn(actor, [organization.id]).some((r) => r === 'operator_admin' || r === 'college_coordinator') ||
    rolesIn(actor, organization.operatorIdsOfItsPrograms).includes('operator_admin')
  );
}

/** May the actor give `role` in `organization`? Operator roles only by that operator's own admins. */
function mayGrant(actor: Actor, organization: OrganizationFacts, role: MembershipRole): boolean {
  const own = rolesIn(actor, [organization.id]);
  if (isOperatorRole(role)) return own.includes('operator_admin');
  if (rolesIn(actor, organization.operatorIdsOfItsPrograms).includes('operator_admin')) return true;
  return role === 'student' && own.includes('college_coordinator');
}

function canOnInvitation(actor: Actor, action: Action, invitation: InvitationFacts): boolean {
  switch (action) {
    case 'read':
    case 'readPublic':
      return seesPeopleOf(actor, invitation.organization);
    case 'create':
    case 'archive': // revoking
      return mayGrant(actor, invitation.organization, invitation.role);
    case 'update':
      return false;
  }
}

function canOnPerson(actor: Actor, action: Action, person: PersonFacts): boolean {
  switch (action) {
    case 'read':
    case 'readPublic':
      return person.memberships.some((m) => seesPeopleOf(actor, m.organization));
    case 'update': // deactivating and reactivating
      return person.userId !== actor.userId && person.memberships.length > 0 && person.memberships.every((m) => mayGrant(actor, m.organization, m.role));
    case 'create':
    case 'archive':
      return false;
  }
}

/**
 * Identity documents, the most sensitive data we hold: the person themselves; the
 * administrators of the operators whose world they are in (visas and contracts are theirs to
 * prepare); a college's coordinators for its students. Operator staff, host companies and the
 * other partners never see them.
 */
function canOnIdentity(actor: Actor, action: Action, person: PersonFacts): boolean {
  if (action !== 'read' && action !== 'update') return false;
  if (person.userId === actor.userId) return true;
  return person.memberships.some(
    (m) =>
      rolesIn(actor, [m.organization.id, ...m.organization.operatorIdsOfItsPrograms]).includes('operator_admin') ||
      (m.role === 'student' && rolesIn(actor, [m.organization.id]).includes('college_coordinator')),
  );
}

/**
 * Whose people (members, invitations) a list may return: the organizations in the scope of
 * the operators the actor administers, and the colleges the actor coordinates.
 */
export function peopleScope(actor: Actor): { operatorIds: string[]; organizationIds: string[] } {
  return {
    operatorIds: actor.memberships.filter((m) => m.role === 'operator_admin').map((m) => m.organizationId),
    organizationIds: actor.memberships.filter((m) => m.role === 'college_coordinator').map((m) => m.organizationId),
  };
}

/** The same scope as a predicate on one organization's facts (the repositories say it in SQL). */
export function inPeopleScope(scope: ReturnType<typeof peopleScope>, organization: OrganizationFacts): boolean {
  const ids = [...scope.operatorIds, ...scope.organizationIds];
  return ids.includes(organization.id) || organization.operatorIdsOfItsPrograms.some((id) => scope.operatorIds.includes(id));
}

/**
 * Which organizations a list may return: the actor's own, and for operator members those
 * their operator registered or that take part in the programs it operates.
 */
export function organizationScope(actor: Actor): { ownIds: string[]; operatorIds: string[] } {
  return {
    ownIds: actor.memberships.map((m) => m.organizationId),
    operatorIds: actor.memberships.filter((m) => isOperatorRole(m.role)).map((m) => m.organizationId),
  };
}

/**
 * What a list query may return, as filters the repositories apply: programs operated by
 * `operatorIds` in full, programs in which `participantIds` take part in public form.
 */
export function programScope(actor: Actor): { operatorIds: string[]; participantIds: string[] } {
  return {
    operatorIds: actor.memberships.filter((m) => isOperatorRole(m.role)).map((m) => m.organizationId),
    participantIds: actor.memberships.map((m) => m.organizationId),
  };
}
