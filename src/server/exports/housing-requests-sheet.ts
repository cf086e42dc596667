// A program's requests for flats after hiring as a sheet: who asked for whom, from which partner,
// from when, and the partner's answer, as the requests list shows them.
import type { HousingRequestView } from '../../contracts/housing.ts';
import { pickLocalized, type Language } from '../../domain/shared/localized-text.ts';
import { translate } from '../i18n/server-i18n.ts';
import { dateCell, nameCells, nameColumns } from './employments-sheet.ts';
import { exportColumn, type Sheet } from './table-file.ts';

const ns = 'housing';

export function housingRequestsSheet(items: readonly HousingRequestView[], language: Language): Sheet {
  const t = (key: string) => translate(language, ns, key);
  const columns = [
    ...nameColumns(),
    exportColumn('company', ns, 'request.company'),
    exportColumn('partner', ns, 'request.partner'),
    exportColumn('moveIn', ns, 'request.moveIn'),
    exportColumn('status', ns, 'request.status'),
    exportColumn('note', ns, 'request.note'),
    exportColumn('answer', ns, 'request.answer'),
    exportColumn('unit', ns, 'stay.unit'),
    exportColumn('address', ns, 'unitForm.address'),
  ];
  const rows = items.map((r) => ({
    ...nameCells(r.employee),
    company: pickLocalized(r.company.name, language),
    partner: pickLocalized(r.partner.name, language),
    moveIn: dateCell(r.moveInOn),
    status: t(`request.statuses.${r.status}`),
    note: r.note,
    answer: r.answer,
    unit: r.unit?.name ?? null,
    address: r.unit?.address ?? null,
  }));
  return { name: t('request.title'), columns, rows };
}
