// How the signed-in person meets a call: as one of its program's operators, or as a member of
// host companies that may apply. The server decides; this only picks the page and the buttons.
import type { Account } from '../../../../contracts/auth.ts';
import { isOperatorRole } from '../../../../domain/access/roles.ts';

/** The host companies the person applies for (their host-company memberships). */
export function ownCompanies(account: Account | null | undefined): { id: string; name: Account['memberships'][number]['organization']['name'] }[] {
  return (account?.memberships ?? []).filter((m) => m.role === 'host_company').map((m) => ({ id: m.organization.id, name: m.organization.name }));
}

/** Does the person belong to the operator that runs the call (its program's operator)? */
export function operatesCall(account: Account | null | undefined, call: { operatorId: string }): boolean {
  return (account?.memberships ?? []).some((m) => m.organization.id === call.operatorId && isOperatorRole(m.role));
}
