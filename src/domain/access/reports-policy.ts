// Access to a program's reports (issue 9), part of the one policy (policy.ts dispatches):
// - the program's operators read its dashboards and funded projects and keep them (indicators'
//   actuals, budget, expenses);
// - the program's funders (members of an organization taking part as `funder`) read the same
//   dashboards and reports, which hold aggregates only: no student is named in any of them;
// - the program's other participants (companies, colleges, partners) see the program but not
//   its reports (403); others do not see it at all (404, judged on the program).
import type { ProgramFacts } from './policy.ts';
import { isOperatorRole, type Actor } from './roles.ts';

export type ProgramReportsFacts = { type: 'programReports'; program: ProgramFacts; funderIds: string[] };

type Action = 'read' | 'readPublic' | 'create' | 'update' | 'archive';
export type ReportsViewer = 'operator' | 'funder';

const rolesIn = (actor: Actor, ids: readonly string[]) => actor.memberships.filter((m) => ids.includes(m.organizationId)).map((m) => m.role);

/** The capacity in which the actor reads the program's reports, or null. */
export function reportsViewer(actor: Actor, facts: Omit<ProgramReportsFacts, 'type'>): ReportsViewer | null {
  if (rolesIn(actor, facts.program.operatorIds).some(isOperatorRole)) return 'operator';
  if (rolesIn(actor, facts.funderIds).includes('funder')) return 'funder';
  return null;
}

export function canOnProgramReports(actor: Actor, action: Action, facts: ProgramReportsFacts): boolean {
  const viewer = reportsViewer(actor, facts);
  return action === 'read' || action === 'readPublic' ? viewer !== null : viewer === 'operator';
}
