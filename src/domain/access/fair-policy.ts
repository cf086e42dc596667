// Access to interview fairs (issue 5), part of the one policy (policy.ts dispatches here):
// - the program's operators run a fair: set it up, approve interviews, schedule, move, publish,
//   and see everything in it;
// - its companies (host companies listed in the fair), the program's sending colleges'
//   coordinators and their students see the fair itself and their own part of it: a company its
//   interviews, a coordinator their students', a student their own;
// - a company asks for interviews with students whose consent names it, a student for
//   interviews with the fair's companies their consent names, the operators for anyone (the
//   service checks the pair); a request not yet placed is withdrawn by whoever may see it and
//   made it, or by the operators;
// - evaluations are the interviewing company's to write and its and the operators' to read;
//   students and colleges never see them.
import type { ProgramFacts } from './policy.ts';
import { isOperatorRole, type Actor } from './roles.ts';

export type FairFacts = { type: 'fair'; program: ProgramFacts; sendingCollegeIds: string[]; companyIds: string[] };

export type FairInterviewFacts = {
  type: 'fairInterview';
  fair: FairFacts;
  companyId: string;
  studentUserId: string;
  collegeId: string;
  /** The recipients of the student's active consent in the program. */
  consentedRecipientIds: string[];
};

/** An interview's evaluation by its company. */
export type FairEvaluationFacts = { type: 'fairEvaluation'; interview: FairInterviewFacts };

type FairAction = 'read' | 'readPublic' | 'create' | 'update' | 'archive';

const rolesIn = (actor: Actor, ids: readonly string[]) => actor.memberships.filter((m) => ids.includes(m.organizationId)).map((m) => m.role);
const operates = (actor: Actor, fair: Pick<FairFacts, 'program'>) => rolesIn(actor, fair.program.operatorIds).some(isOperatorRole);

/** The capacity in which the actor takes part in the fair (or anything with the same parties, such as a matching round), or null. */
export function fairActorKind(actor: Actor, fair: Pick<FairFacts, 'program' | 'companyIds' | 'sendingCollegeIds'>): 'operator' | 'company' | 'college' | 'student' | null {
  if (operates(actor, fair)) return 'operator';
  if (rolesIn(actor, fair.companyIds).includes('host_company')) return 'company';
  if (rolesIn(actor, fair.sendingCollegeIds).includes('college_coordinator')) return 'college';
  if (rolesIn(actor, fair.sendingCollegeIds).includes('student')) return 'student';
  return null;
}

export function canOnFair(actor: Actor, action: FairAction, fair: FairFacts): boolean {
  const kind = fairActorKind(actor, fair);
  switch (action) {
    case 'read':
    case 'update':
    case 'archive':
      return kind === 'operator';
    case 'readPublic':
      return kind !== null;
    case 'create': // asking for an interview
      return kind === 'operator' || kind === 'company' || kind === 'student';
  }
}

/** The capacity in which the actor sees one interview, or null when they may not. */
export function fairInterviewActorKind(actor: Actor, interview: FairInterviewFacts): 'operator' | 'company' | 'college' | 'student' | null {
  if (operates(actor, interview.fair)) return 'operator';
  if (rolesIn(actor, [interview.companyId]).includes('host_company') && interview.consentedRecipientIds.includes(interview.companyId)) return 'company';
  if (rolesIn(actor, [interview.collegeId]).includes('college_coordinator')) return 'college';
  if (actor.userId === interview.studentUserId) return 'student';
  return null;
}

export function canOnFairInterview(actor: Actor, action: FairAction, interview: FairInterviewFacts): boolean {
  const kind = fairInterviewActorKind(actor, interview);
  switch (action) {
    case 'read':
    case 'readPublic':
      return kind !== null;
    case 'update':
      return kind === 'operator';
    case 'archive': // withdrawing a request
      return kind === 'operator' || kind === 'company' || kind === 'student';
    case 'create':
      return false;
  }
}

export function canOnFairEvaluation(actor: Actor, action: FairAction, evaluation: FairEvaluationFacts): boolean {
  const kind = fairInterviewActorKind(actor, evaluation.interview);
  if (action === 'read' || action === 'readPublic') return kind === 'operator' || kind === 'company';
  return (action === 'update' || action === 'create') && kind === 'company';
}

/** Which interviews of a fair a list returns, as filters the repository applies in SQL. */
export function fairInterviewScope(actor: Actor, fair: FairFacts): { all: boolean; companyIds: string[]; collegeIds: string[]; userId: string } {
  const byRole = (role: string) => actor.memberships.filter((m) => m.role === role).map((m) => m.organizationId);
  return {
    all: operates(actor, fair),
    companyIds: byRole('host_company').filter((id) => fair.companyIds.includes(id)),
    collegeIds: byRole('college_coordinator').filter((id) => fair.sendingCollegeIds.includes(id)),
    userId: actor.userId,
  };
}
