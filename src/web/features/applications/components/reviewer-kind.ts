import type { Account } from '../../../../contracts/auth.ts';
import type { ProgramDetail } from '../../../../contracts/programs.ts';
import { isOperatorRole } from '../../../../domain/access/roles.ts';
import { allowedTransitions, type AllowedTransition } from '../../../../domain/pipeline/allowed-transitions.ts';
import type { PipelineStatus } from '../../../../domain/pipeline/pipeline-status.ts';

/** Who may move applications here, in the pipeline's terms; a college coordinator only reads. */
export type MoverKind = 'operator' | 'host_company' | null;

export function moverKind(account: Account | null | undefined, program: ProgramDetail): MoverKind {
  const ids = (role: string) => program.participations.filter((p) => p.role === role).map((p) => p.organization.id);
  const operators = [program.operator.id, ...ids('operator')];
  const memberships = account?.memberships ?? [];
  if (memberships.some((m) => operators.includes(m.organization.id) && isOperatorRole(m.role))) return 'operator';
  if (memberships.some((m) => ids('host_company').includes(m.organization.id) && m.role === 'host_company')) return 'host_company';
  return null;
}

/**
 * The moves to offer from a status. The server judges the facts; here the table is read with
 * consent and the attendance rule assumed met (the server refuses otherwise, with the reason),
 * and the program's donated lectures as it has them: with a lecture session, screened goes to
 * lecture attendee; without, straight to interviewee.
 */
export function movesFrom(status: PipelineStatus, kind: MoverKind, hasLectures = false): AllowedTransition[] {
  if (!kind) return [];
  return allowedTransitions({ studentId: '', status, history: [] }, kind, { now: new Date(0), hasLectures, consentGiven: true, attendance: { attendedSessions: 0, minimumSessions: 0 } });
}

/** The moves every one of these statuses allows, with the same reason list. */
export function commonMoves(statuses: PipelineStatus[], kind: MoverKind, hasLectures = false): AllowedTransition[] {
  const [first, ...rest] = [...new Set(statuses)];
  if (!first) return [];
  return movesFrom(first, kind, hasLectures).filter((m) => rest.every((s) => movesFrom(s, kind, hasLectures).some((o) => o.to === m.to && o.reasonList === m.reasonList)));
}
