// A housing partner's units as a sheet: the unit card's facts (address, layout, beds, facilities,
// the same-gender rule, when it is lent, house rules), one unit per row.
import type { UnitView } from '../../contracts/housing.ts';
import { pickLocalized, type Language } from '../../domain/shared/localized-text.ts';
import { translate } from '../i18n/server-i18n.ts';
import { exportColumn, type Sheet } from './table-file.ts';

const ns = 'housing';

export function housingUnitsSheet(items: readonly UnitView[], language: Language): Sheet {
  const t = (key: string) => translate(language, ns, key);
  const columns = [
    exportColumn('name', ns, 'unitForm.name'),
    exportColumn('postalCode', ns, 'unitForm.postalCode'),
    exportColumn('address', ns, 'unitForm.address'),
    exportColumn('layout', ns, 'unitForm.layout'),
    exportColumn('capacity', ns, 'unitForm.capacity'),
    exportColumn('facilities', ns, 'unit.facilities'),
    exportColumn('sameGenderOnly', ns, 'unit.sameGenderOnly'),
    exportColumn('lending', ns, 'unit.lending'),
    exportColumn('rules', ns, 'unit.rules'),
    exportColumn('latitude', ns, 'location.latitude'),
    exportColumn('longitude', ns, 'location.longitude'),
    exportColumn('archived', ns, 'unit.archived'),
  ];
  const rows = items.map((u) => ({
    name: u.name,
    postalCode: u.postalCode,
    address: u.address,
    layout: u.layout,
    capacity: u.capacity,
    facilities: u.facilities.map((f) => t(`facility.${f}`)).join(', '),
    sameGenderOnly: t(u.sameGenderOnly ? 'export.yes' : 'export.no'),
    lending: u.lendingPeriods.length === 0 ? t('unit.lendingAlways') : u.lendingPeriods.map((p) => `${p.from} – ${p.to}`).join(', '),
    rules: pickLocalized(u.rules, language) || null,
    latitude: u.location?.latitude ?? null,
    longitude: u.location?.longitude ?? null,
    archived: u.archived ? t('export.yes') : null,
  }));
  return { name: t('partner.units'), columns, rows };
}
