// Access to intern selection (issue 6), part of the one policy (policy.ts dispatches here):
// - the program's operators run a round: set it up, read every list, preview, run, change by
//   hand, publish and freeze;
// - the round's companies, the program's sending colleges' coordinators and their students see
//   the round; a company writes and reads its own list, a student their own, a coordinator reads
//   their students' (the service narrows each list to its owner);
// - results reach participants only once published: a student their own, a company its interns,
//   a coordinator their students'.
import type { ProgramFacts } from './policy.ts';
import { fairActorKind } from './fair-policy.ts';
import type { Actor } from './roles.ts';

export type MatchingRoundFacts = { type: 'matchingRound'; program: ProgramFacts; sendingCollegeIds: string[]; companyIds: string[] };

type RoundAction = 'read' | 'readPublic' | 'create' | 'update' | 'archive';

/** The capacity in which the actor takes part in the round: the same parties as an interview fair. */
export const roundActorKind = (actor: Actor, round: MatchingRoundFacts) => fairActorKind(actor, round);

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
