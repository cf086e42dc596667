// Who the signed-in person is on a program's hiring pages, from its detail and their
// memberships, so a page offers only the actions the server will allow (it still decides).
import type { ProgramDetail } from '../../../../contracts/programs.ts';
import { isOperatorRole } from '../../../../domain/access/roles.ts';
import { useAccount } from '../../../lib/session.ts';

export type HiringRole = 'operator' | 'company' | 'student' | 'college';

export function useHiringRole(program: Pick<ProgramDetail, 'operator' | 'participations'> | undefined): { role: HiringRole | null; companyIds: string[] } {
  const memberships = useAccount().data?.memberships ?? [];
  if (!program) return { role: null, companyIds: [] };
  const inRole = (role: string) => program.participations.filter((p) => p.role === role).map((p) => p.organization.id);
  const operatorIds = [program.operator.id, ...inRole('operator')];
  const companyIds = memberships.filter((m) => m.role === 'host_company' && inRole('host_company').includes(m.organization.id)).map((m) => m.organization.id);
  if (memberships.some((m) => operatorIds.includes(m.organization.id) && isOperatorRole(m.role))) return { role: 'operator', companyIds };
  if (companyIds.length > 0) return { role: 'company', companyIds };
  if (memberships.some((m) => m.role === 'student')) return { role: 'student', companyIds };
  if (memberships.some((m) => m.role === 'college_coordinator' && inRole('sending_college').includes(m.organization.id))) return { role: 'college', companyIds };
  return { role: null, companyIds };
}
