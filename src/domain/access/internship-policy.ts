// Access to the internship (issue 8 items 1–2), part of the one policy (policy.ts dispatches):
// - an intern's plan and days are seen by the program's operators, the host company (its
//   members), the intern's college (its coordinators) and the intern;
// - the operators and the company plan the days, record attendance, comment on reports and
//   report incidents; only the intern writes their own daily report;
// - incidents are the operators', the company's and the college's (which answers to the
//   family); the intern's page does not list them (the service leaves them out);
// - the final report meeting: its running order is the program's public information; the
//   operators set it up; the presenting intern (or an operator) uploads the slides; the host
//   companies of the program score the talks and, with the operators, see the results.
import type { ProgramFacts } from './policy.ts';
import { isOperatorRole, type Actor } from './roles.ts';

export type InternshipPlanFacts = { type: 'internshipPlan'; program: ProgramFacts; studentUserId: string; companyId: string; collegeId: string };
/** An intern's short-stay visa pack (item 5), judged by its plan. */
export type VisaPackFacts = { type: 'visaPack'; plan: InternshipPlanFacts };
export type ReportPresentationFacts = { type: 'reportPresentation'; program: ProgramFacts; studentUserId: string };

type Action = 'read' | 'readPublic' | 'create' | 'update' | 'archive';
export type InternshipViewer = 'operator' | 'company' | 'college' | 'student';

const rolesIn = (actor: Actor, ids: readonly string[]) => actor.memberships.filter((m) => ids.includes(m.organizationId)).map((m) => m.role);
const operates = (actor: Actor, program: ProgramFacts) => rolesIn(actor, program.operatorIds).some(isOperatorRole);

/** The capacity in which the actor sees an intern's plan, or null. */
export function internshipViewer(actor: Actor, plan: Omit<InternshipPlanFacts, 'type'>): InternshipViewer | null {
  if (operates(actor, plan.program)) return 'operator';
  if (rolesIn(actor, [plan.companyId]).includes('host_company')) return 'company';
  if (rolesIn(actor, [plan.collegeId]).includes('college_coordinator')) return 'college';
  if (actor.userId === plan.studentUserId) return 'student';
  return null;
}

/** `update`: planning, attendance, comments, incidents; `create`: the intern's own daily report. */
export function canOnInternshipPlan(actor: Actor, action: Action, plan: InternshipPlanFacts): boolean {
  const viewer = internshipViewer(actor, plan);
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

/**
 * The visa pack prints the intern's birth date and passport number: the operators (the inviter)
 * issue it; the intern, and the host company that may sign as guarantor, read it. The college
 * does not need it (the intern applies at the embassy themselves).
 */
export function canOnVisaPack(actor: Actor, action: Action, pack: VisaPackFacts): boolean {
  const viewer = internshipViewer(actor, pack.plan);
  switch (action) {
    case 'read':
    case 'readPublic':
      return viewer === 'operator' || viewer === 'company' || viewer === 'student';
    case 'create':
      return viewer === 'operator';
    case 'update':
    case 'archive':
      return false;
  }
}

/** Whether the actor scores talks at the program's meeting: a host company taking part in it. */
export const scoresTalks = (actor: Actor, program: ProgramFacts) => rolesIn(actor, program.participantIds).includes('host_company');

/** `read`: the slides; `update`: uploading them; `create`: scoring the talk. */
export function canOnReportPresentation(actor: Actor, action: Action, talk: ReportPresentationFacts): boolean {
  const operator = operates(actor, talk.program);
  switch (action) {
    case 'read':
    case 'readPublic':
      return operator || actor.userId === talk.studentUserId || rolesIn(actor, talk.program.participantIds).length > 0;
    case 'update':
      return operator || actor.userId === talk.studentUserId;
    case 'create':
      return scoresTalks(actor, talk.program);
    case 'archive':
      return false;
  }
}
