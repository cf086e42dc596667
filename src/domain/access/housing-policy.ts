// Access to housing (issue 7), part of the one policy (policy.ts dispatches here):
// - a housing partner's units are its own members' to list and edit, and the operators' of the
//   programs it takes part in (who often enter them on its behalf);
// - a program's housing (the board, allocation, stays, checklists) is run by its operators;
//   the occupancy calendar is also the partner's, narrowed by the service to its own units and
//   the occupants' names; an intern sees their own stay;
// - the framework agreement is read by both its parties and written by the operator's members;
// - a season's contract is drafted, sent and reopened by the program's operators; the partner
//   reads it once sent and uploads the signed scan; either may upload the scan;
// - the arrival checklist: the operators see and tick everything; the intern, the intern's
//   company and college see that intern's list and tick the tasks their party owns;
// - after hiring, the hiring company (or an operator) asks the partner for a flat; the partner
//   answers; the company and the operators may withdraw the request.
import type { TaskOwner } from '../housing/housing.ts';
import type { ProgramFacts } from './policy.ts';
import { isOperatorRole, type Actor } from './roles.ts';

export type HousingUnitFacts = { type: 'housingUnit'; partnerId: string; operatorIdsOfItsPrograms: string[] };
export type ProgramHousingFacts = { type: 'programHousing'; program: ProgramFacts; partnerIds: string[] };
export type HousingAgreementFacts = { type: 'housingAgreement'; operatorId: string; partnerId: string };
export type LoanContractFacts = { type: 'loanContract'; housing: ProgramHousingFacts; partnerId: string; status: 'draft' | 'sent' | 'signed' };
/** One intern's arrival checklist; `owner` is set when asking about one task. */
export type ArrivalFacts = { type: 'arrival'; program: ProgramFacts; studentUserId: string; companyId: string | null; collegeId: string; owner?: TaskOwner };
export type HousingRequestFacts = { type: 'housingRequest'; program: ProgramFacts; companyId: string; partnerId: string };

type Action = 'read' | 'readPublic' | 'create' | 'update' | 'archive';

const rolesIn = (actor: Actor, ids: readonly string[]) => actor.memberships.filter((m) => ids.includes(m.organizationId)).map((m) => m.role);
const operates = (actor: Actor, program: ProgramFacts) => rolesIn(actor, program.operatorIds).some(isOperatorRole);
const isPartner = (actor: Actor, partnerIds: readonly string[]) => rolesIn(actor, partnerIds).includes('housing_partner');

export function canOnHousingUnit(actor: Actor, action: Action, unit: HousingUnitFacts): boolean {
  if (action === 'readPublic') return false;
  return isPartner(actor, [unit.partnerId]) || rolesIn(actor, unit.operatorIdsOfItsPrograms).some(isOperatorRole);
}

/** `read`, `update`: the operators' board and its changes; `readPublic`: the occupancy calendar. */
export function canOnProgramHousing(actor: Actor, action: Action, housing: ProgramHousingFacts): boolean {
  if (operates(actor, housing.program)) return action !== 'archive';
  return action === 'readPublic' && isPartner(actor, housing.partnerIds);
}

export function canOnHousingAgreement(actor: Actor, action: Action, agreement: HousingAgreementFacts): boolean {
  const operator = rolesIn(actor, [agreement.operatorId]).some(isOperatorRole);
  if (action === 'read' || action === 'readPublic') return operator || isPartner(actor, [agreement.partnerId]);
  return operator && action !== 'archive';
}

/** `update`: editing, sending, reopening; `create` on a sent contract: attaching the signed scan. */
export function canOnLoanContract(actor: Actor, action: Action, contract: LoanContractFacts): boolean {
  const operator = operates(actor, contract.housing.program);
  const partner = isPartner(actor, [contract.partnerId]);
  switch (action) {
    case 'read':
    case 'readPublic':
      return operator || (partner && contract.status !== 'draft');
    case 'update':
      return operator;
    case 'create':
      return operator || (partner && contract.status === 'sent');
    case 'archive':
      return false;
  }
}

/** The party in which the actor sees an intern's checklist, or null. */
export function arrivalActorKind(actor: Actor, arrival: ArrivalFacts): 'operator' | 'company' | 'college' | 'student' | null {
  if (operates(actor, arrival.program)) return 'operator';
  if (arrival.companyId !== null && rolesIn(actor, [arrival.companyId]).includes('host_company')) return 'company';
  if (rolesIn(actor, [arrival.collegeId]).includes('college_coordinator')) return 'college';
  if (actor.userId === arrival.studentUserId) return 'student';
  return null;
}

export function canOnArrival(actor: Actor, action: Action, arrival: ArrivalFacts): boolean {
  const kind = arrivalActorKind(actor, arrival);
  switch (action) {
    case 'read':
    case 'readPublic':
      return kind !== null;
    case 'update': // ticking or annotating a task: the operators, or the party that owns it
      return kind === 'operator' || (kind !== null && arrival.owner === kind);
    case 'create': // the arrival's details and extra tasks
      return kind === 'operator';
    case 'archive':
      return false;
  }
}

export function canOnHousingRequest(actor: Actor, action: Action, request: HousingRequestFacts): boolean {
  const operator = operates(actor, request.program);
  const company = rolesIn(actor, [request.companyId]).includes('host_company');
  const partner = isPartner(actor, [request.partnerId]);
  switch (action) {
    case 'read':
    case 'readPublic':
      return operator || company || partner;
    case 'create':
      return operator || company;
    case 'update': // answering (once: the service refuses a second answer)
      return partner;
    case 'archive': // withdrawing
      return operator || company;
  }
}
