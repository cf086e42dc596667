// Who is signed in, for every feature: the account query (null when nobody is) and what the
// domain's access policy lets them do, so pages offer only the actions the server will allow.
// The server still decides; this only keeps buttons that would fail out of sight.
import { useQuery } from '@tanstack/react-query';
import type { Account } from '../../contracts/auth.ts';
import type { ProgramDetail } from '../../contracts/programs.ts';
import { roleFitsOrganization } from '../../domain/access/invitation-rules.ts';
import { can, type Action } from '../../domain/access/policy.ts';
import { reportsViewer, type ReportsViewer } from '../../domain/access/reports-policy.ts';
import { MEMBERSHIP_ROLES, isOperatorRole, type Actor, type MembershipRole } from '../../domain/access/roles.ts';
import type { OrganizationKind } from '../../domain/organizations/organization.ts';
import { ApiError, api } from './api-client.ts';

export const ACCOUNT_KEY = ['account'] as const;

async function accountOrNull(): Promise<Account | null> {
  try {
    return await api<Account>('GET', '/api/account');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function useAccount() {
  return useQuery({ queryKey: ACCOUNT_KEY, queryFn: accountOrNull, staleTime: 60_000 });
}

const actorOf = (account: Account): Actor => ({
  userId: account.id,
  memberships: account.memberships.map((m) => ({ organizationId: m.organization.id, role: m.role })),
});

export type Permissions = {
  /** Create a program for this operator (its administrators). */
  createProgramFor: (operatorId: string) => boolean;
  /** Operator members register and edit organizations. */
  manageOrganizations: boolean;
  /** An action on a program, from what its detail says about its operators and participants. */
  onProgram: (action: Action, program: Pick<ProgramDetail, 'operator' | 'participations'>) => boolean;
  /** Edit an organization: its own members (not students) and operator members. */
  editOrganization: (organizationId: string) => boolean;
  /** Archive organizations: operator administrators (the server checks which ones). */
  archiveOrganizations: boolean;
  /** Operators this person administers (for pickers). */
  administeredOperatorIds: string[];
  /** Operator admins and college coordinators look after people (members, invitations). */
  managesPeople: boolean;
  /** Operator admins read the audit trail and the outbox. */
  seesAuditLog: boolean;
  /** Host-company members find the open calls for host companies; operator members their programs' calls. */
  seesHostCalls: boolean;
  /**
   * The roles this person may invite into an organization the API listed for them (lists are
   * scoped already): its own operator's roles for that operator's admins, the roles fitting
   * its kind for any operator admin, `student` for the college's coordinators.
   */
  invitableRoles: (organization: { id: string; kind: OrganizationKind }) => MembershipRole[];
  /** Switch a listed member off or on: not oneself, and only someone whose role one may give. */
  managesMember: (member: { userId: string; organization: { id: string; kind: OrganizationKind }; role: MembershipRole }) => boolean;
  /**
   * How this person meets a program's student applications: `student` of a sending college
   * (gives consent and applies), `reviewer` (its operators, a sending college's coordinators
   * and its host companies see the applications the policy scopes to them), or null.
   */
  applicationRole: (program: Pick<ProgramDetail, 'operator' | 'participations'>) => 'student' | 'reviewer' | null;
  /** The sending colleges whose students this person may import into the program from a file (its operators: all; a coordinator: their own). */
  rosterImportColleges: (program: Pick<ProgramDetail, 'operator' | 'participations'>) => string[];
  /** In which capacity this person reads the program's reports (its operators and funders), or null. */
  reportsViewer: (program: Pick<ProgramDetail, 'operator' | 'participations'>) => ReportsViewer | null;
};

export function usePermissions(): Permissions {
  const account = useAccount().data;
  const actor: Actor = account ? actorOf(account) : { userId: '', memberships: [] };
  return {
    createProgramFor: (operatorId) => can(actor, 'create', { type: 'newProgram', operatorId }),
    manageOrganizations: can(actor, 'create', { type: 'newOrganization' }),
    onProgram: (action, program) =>
      can(actor, action, {
        type: 'program',
        operatorIds: [program.operator.id, ...program.participations.filter((p) => p.role === 'operator').map((p) => p.organization.id)],
        participantIds: program.participations.map((p) => p.organization.id),
      }),
    editOrganization: (organizationId) =>
      actor.memberships.some((m) => isOperatorRole(m.role) || (m.organizationId === organizationId && m.role !== 'student')),
    archiveOrganizations: actor.memberships.some((m) => m.role === 'operator_admin'),
    administeredOperatorIds: actor.memberships.filter((m) => m.role === 'operator_admin').map((m) => m.organizationId),
    managesPeople: actor.memberships.some((m) => m.role === 'operator_admin' || m.role === 'college_coordinator'),
    seesAuditLog: actor.memberships.some((m) => m.role === 'operator_admin'),
    seesHostCalls: actor.memberships.some((m) => m.role === 'host_company' || isOperatorRole(m.role)),
    invitableRoles: (organization) => invitableRoles(actor, organization),
    managesMember: (member) => member.userId !== actor.userId && invitableRoles(actor, member.organization).includes(member.role),
    applicationRole: (program) => applicationRole(actor, program),
    rosterImportColleges: (program) => {
      const operatorIds = [program.operator.id, ...program.participations.filter((p) => p.role === 'operator').map((p) => p.organization.id)];
      const facts = { type: 'program' as const, operatorIds, participantIds: program.participations.map((p) => p.organization.id) };
      const sendingCollegeIds = program.participations.filter((p) => p.role === 'sending_college').map((p) => p.organization.id);
      return sendingCollegeIds.filter((collegeId) => can(actor, 'create', { type: 'applicationImport', program: facts, sendingCollegeIds, collegeId }));
    },
    reportsViewer: (program) =>
      reportsViewer(actor, {
        program: { type: 'program', operatorIds: [program.operator.id, ...program.participations.filter((p) => p.role === 'operator').map((p) => p.organization.id)], participantIds: program.participations.map((p) => p.organization.id) },
        funderIds: program.participations.filter((p) => p.role === 'funder').map((p) => p.organization.id),
      }),
  };
}

function applicationRole(actor: Actor, program: Pick<ProgramDetail, 'operator' | 'participations'>): 'student' | 'reviewer' | null {
  const inRole = (role: string) => program.participations.filter((p) => p.role === role).map((p) => p.organization.id);
  const operators = [program.operator.id, ...inRole('operator')];
  const holds = (ids: string[], role: (r: MembershipRole) => boolean) => actor.memberships.some((m) => ids.includes(m.organizationId) && role(m.role));
  if (holds(operators, isOperatorRole)) return 'reviewer';
  if (holds(inRole('sending_college'), (r) => r === 'college_coordinator') || holds(inRole('host_company'), (r) => r === 'host_company')) return 'reviewer';
  if (holds(inRole('sending_college'), (r) => r === 'student')) return 'student';
  return null;
}

function invitableRoles(actor: Actor, organization: { id: string; kind: OrganizationKind }): MembershipRole[] {
  const own = actor.memberships.filter((m) => m.organizationId === organization.id).map((m) => m.role);
  const admin = actor.memberships.some((m) => m.role === 'operator_admin');
  return MEMBERSHIP_ROLES.filter((role) => {
    if (isOperatorRole(role)) return own.includes('operator_admin');
    if (!roleFitsOrganization(role, organization.kind)) return false;
    return admin || (role === 'student' && own.includes('college_coordinator'));
  });
}

