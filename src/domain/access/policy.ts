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
// - nobody sees another operator's programs at all (the API answers 404, not 403).
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

export type Resource = ProgramFacts | OrganizationFacts | NewProgramFacts | { type: 'newOrganization' };

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
  }
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
