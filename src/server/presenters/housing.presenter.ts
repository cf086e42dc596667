import type { StayView, UnitView } from '../../contracts/housing.ts';
import type { StayRow, UnitRow } from '../repositories/housing.repository.ts';
import { pointOf } from '../repositories/organizations.repository.ts';

export function presentUnit(row: UnitRow): UnitView {
  return {
    id: row.id,
    organizationId: row.organizationId,
    name: row.name,
    address: row.address,
    postalCode: row.postalCode,
    location: pointOf(row),
    layout: row.layout,
    capacity: row.capacity,
    facilities: row.facilities,
    sameGenderOnly: row.sameGenderOnly,
    rules: row.rules,
    lendingPeriods: row.lendingPeriods,
    photos: row.photoIds.map((id) => ({ id })),
    archived: row.archivedAt !== null,
    version: row.version,
  };
}

export function presentStay(row: StayRow, companyId: string | null): StayView {
  return {
    id: row.id,
    unitId: row.unitId,
    applicationId: row.applicationId,
    occupant: { nameLatin: row.nameLatin, nameCyrillic: row.nameCyrillic, nameKatakana: row.nameKatakana },
    kind: row.kind,
    checkIn: row.checkIn,
    checkOut: row.checkOut,
    pinned: row.pinned,
    companyId,
    version: row.version,
  };
}
