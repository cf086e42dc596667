import type { Organization } from '../../contracts/organizations.ts';
import { pointOf, type OrganizationRow } from '../repositories/organizations.repository.ts';

export const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

export function presentOrganization(row: OrganizationRow): Organization {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    country: row.country,
    city: row.city,
    website: row.website,
    location: pointOf(row),
    address: row.address,
    phone: row.phone,
    representative: row.representative,
    archivedAt: iso(row.archivedAt),
    programCount: row.programCount,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
