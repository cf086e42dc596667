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
 * The moves to offer from a status. The server judges the facts; here the table is read as the
 * server reads it today: consent assumed (the server refuses without it) and no donated
 * lectures yet (no lecture model before issue 4 item 5).
 */
export function movesFrom(status: PipelineStatus, kind: MoverKind): AllowedTransition[] {
  if (!kind) return [];
  return allowedTransitions({ studentId: '', status, history: [] }, kind, { now: new Date(0), hasLectures: false, consentGiven: true });
}

/** The moves every one of these statuses allows, with the same reason list. */
export function commonMoves(statuses: PipelineStatus[], kind: MoverKind): AllowedTransition[] {
  const [first, ...rest] = [...new Set(statuses)];
  if (!first) return [];
  return movesFrom(first, kind).filter((m) => rest.every((s) => movesFrom(s, kind).some((o) => o.to === m.to && o.reasonList === m.reasonList)));
}
