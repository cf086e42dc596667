import type { MembershipRole } from '../../../../domain/access/roles.ts';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { usePermissions } from '../../../lib/session.ts';
import { useOrganizationChoices } from '../api/people.api.ts';

export type InvitableOrganization = { value: string; label: string; roles: MembershipRole[] };

/** The organizations the reader may invite someone into, each with the roles that fit it. */
export function useInvitableOrganizations(enabled: boolean, role?: MembershipRole) {
  const { localized } = useLanguage();
  const { invitableRoles } = usePermissions();
  const choices = useOrganizationChoices(enabled);
  const options: InvitableOrganization[] = (choices.data?.items ?? [])
    .map((o) => ({ value: o.id, label: localized(o.name), roles: invitableRoles(o) }))
    .filter((o) => (role ? o.roles.includes(role) : o.roles.length > 0));
  return { options, error: choices.error, isPending: choices.isPending };
}
