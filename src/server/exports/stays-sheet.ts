// A program's housing board as a sheet: each stay of the season (who, which unit, check-in and
// check-out, placed by hand or not), then each intern not placed yet, as the board lists them.
import type { HousingBoard } from '../../contracts/housing.ts';
import { pickLocalized, type Language } from '../../domain/shared/localized-text.ts';
import { translate } from '../i18n/server-i18n.ts';
import { dateCell, nameCells, nameColumns } from './employments-sheet.ts';
import { exportColumn, type Sheet } from './table-file.ts';

const ns = 'housing';

export function staysSheet(board: HousingBoard, language: Language): Sheet {
  const t = (key: string) => translate(language, ns, key);
  const company = (id: string | null) => (id ? pickLocalized(board.companies.find((c) => c.id === id)?.name, language) : null);
  const interns = new Map(board.interns.map((i) => [i.applicationId, i]));
  const units = new Map(board.units.map((u) => [u.id, u]));
  const gender = (applicationId: string | null) => {
    const intern = applicationId ? interns.get(applicationId) : undefined;
    return intern ? t(`gender.${intern.gender ?? 'none'}`) : null;
  };
  const columns = [
    ...nameColumns(),
    exportColumn('company', ns, 'interns.company'),
    exportColumn('gender', ns, 'interns.gender'),
    exportColumn('unit', ns, 'stay.unit'),
    exportColumn('address', ns, 'unitForm.address'),
    exportColumn('checkIn', ns, 'stay.checkIn'),
    exportColumn('checkOut', ns, 'stay.checkOut'),
    exportColumn('pinned', ns, 'calendar.pinned'),
  ];
  const stays = [...board.stays].sort((a, b) => a.checkIn.localeCompare(b.checkIn) || a.occupant.nameLatin.localeCompare(b.occupant.nameLatin));
  const placed = new Set(board.stays.map((s) => s.applicationId));
  const rows = [
    ...stays.map((s) => ({
      ...nameCells(s.occupant),
      company: company(s.companyId ?? interns.get(s.applicationId ?? '')?.companyId ?? null),
      gender: gender(s.applicationId),
      unit: units.get(s.unitId)?.name ?? null,
      address: units.get(s.unitId)?.address ?? null,
      checkIn: dateCell(s.checkIn),
      checkOut: dateCell(s.checkOut),
      pinned: s.pinned ? t('export.yes') : null,
    })),
    ...board.interns
      .filter((i) => !placed.has(i.applicationId))
      .map((i) => ({ ...nameCells(i.student), company: company(i.companyId), gender: gender(i.applicationId), unit: t('interns.notPlaced') })),
  ];
  return { name: t('program.title'), columns, rows };
}
