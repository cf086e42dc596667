// Access to intern selection (issue 6), part of the one policy (policy.ts dispatches here):
// - the program's operators run a round: set it up, read every list, preview, run, change by
//   hand, publish and freeze;
// - the round's companies, the program's sending colleges' coordinators and their students see
//   the round; a company writes and reads its own list, a student their own, a coordinator reads
//   their students' (the service narrows each list to its owner);
// - results reach participants only once published: a student their own, a company its interns,
//   a coordinator their students'.
import type { ProgramFacts } from './policy.ts';
import { isOperatorRole, type Actor } from './roles.ts';

export type MatchingRoundFacts = { type: 'matchingRound'; program: ProgramFacts; sendingCollegeIds: string[]; companyIds: string[] };

type RoundAction = 'read' | 'readPublic' | 'create' | 'update' | 'archive';

const rolesIn = (actor: Actor, ids: readonly string[]) => actor.memberships.filter((m) => ids.includes(m.organizationId)).map((m) => m.role);

/** The capacity in which the actor takes part in the round, or null. */
export function roundActorKind(actor: Actor, round: MatchingRoundFacts): 'operator' | 'company' | 'college' | 'student' | null {
  if (rolesIn(actor, round.program.operatorIds).some(isOperatorRole)) return 'operator';
  if (rolesIn(actor, round.companyIds).includes('host_company')) return 'company';
  if (rolesIn(actor, round.sendingCollegeIds).includes('college_coordinator')) return 'college';
  if (rolesIn(actor, round.sendingCollegeIds).includes('student')) return 'student';
  return null;
}

export function canOnMatchingRound(actor: Actor, action: RoundAction, round: MatchingRoundFacts): boolean {
  const kind = roundActorKind(actor, round);
  switch (action) {
    case 'read':
    case 'update':
    case 'archive':
      return kind === 'operator';
    case 'readPublic':
      return kind !== null;
    case 'create': // handing in a rank-order list
      return kind === 'operator' || kind === 'company' || kind === 'student';
  }
}
