// Access to hiring and after (issue 8 items 3, 4, 6), part of the one policy:
// - an intern's application to a company is seen by the program's operators, that company, the
//   student and the student's college; the company and the operators move it through the steps
//   and make, change or withdraw offers; the student answers an offer (accept or decline);
// - an employment (a hire) with its residence paperwork and check-ins is seen by the operators,
//   the employer and the employee; the college no longer (the graduate is an employee now, and
//   the residence card is theirs); the operators and the employer keep the paperwork, the
//   employee ticks their own steps and answers their check-ins, the employer its own.
import type { ProgramFacts } from './policy.ts';
import { isOperatorRole, type Actor } from './roles.ts';

export type HiringApplicationFacts = { type: 'hiringApplication'; program: ProgramFacts; studentUserId: string; companyId: string; collegeId: string };
export type EmploymentFacts = { type: 'employment'; program: ProgramFacts; studentUserId: string; companyId: string };

type Action = 'read' | 'readPublic' | 'create' | 'update' | 'archive';
export type HiringViewer = 'operator' | 'company' | 'college' | 'student';

const rolesIn = (actor: Actor, ids: readonly string[]) => actor.memberships.filter((m) => ids.includes(m.organizationId)).map((m) => m.role);

export function hiringViewer(actor: Actor, facts: { program: ProgramFacts; studentUserId: string; companyId: string; collegeId?: string }): HiringViewer | null {
  if (rolesIn(actor, facts.program.operatorIds).some(isOperatorRole)) return 'operator';
  if (rolesIn(actor, [facts.companyId]).includes('host_company')) return 'company';
  if (actor.userId === facts.studentUserId) return 'student';
  if (facts.collegeId !== undefined && rolesIn(actor, [facts.collegeId]).includes('college_coordinator')) return 'college';
  return null;
}

/** An application's internal note is the company's and the operators': the student and the college never read it. */
export const readsInternalNote = (viewer: HiringViewer | null): boolean => viewer === 'operator' || viewer === 'company';

/** `update`: the steps and offers (company, operators); `create`: answering an offer (the student). */
export function canOnHiringApplication(actor: Actor, action: Action, facts: HiringApplicationFacts): boolean {
  const viewer = hiringViewer(actor, facts);
  switch (action) {
    case 'read':
    case 'readPublic':
      return viewer !== null;
    case 'update':
      return viewer === 'operator' || viewer === 'company';
    case 'create':
      return viewer === 'student';
    case 'archive':
      return false;
  }
}

/** `update`: the paperwork's facts, retention (employer, operators); `create`: the employee's own answers and steps. */
export function canOnEmployment(actor: Actor, action: Action, facts: EmploymentFacts): boolean {
  const viewer = hiringViewer(actor, facts);
  switch (action) {
    case 'read':
    case 'readPublic':
      return viewer !== null;
    case 'update':
      return viewer === 'operator' || viewer === 'company';
    case 'create':
      return viewer === 'student' || viewer === 'company';
    case 'archive':
      return false;
  }
}

/**
 * A host company's readiness in a program: the program's operators see every company's and may
 * record for them; a company's own members see and record theirs; nobody else.
 */
export function readinessViewer(actor: Actor, program: ProgramFacts, companyId: string): 'operator' | 'company' | null {
  if (rolesIn(actor, program.operatorIds).some(isOperatorRole)) return 'operator';
  return program.participantIds.includes(companyId) && rolesIn(actor, [companyId]).includes('host_company') ? 'company' : null;
}
