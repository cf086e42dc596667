// The framework agreements with housing partners the reader may see, as a sheet: title, partner,
// signing day, term, renewal and reminder, as the agreements card shows them.
import type { AgreementView } from '../../contracts/housing.ts';
import { pickLocalized, type Language } from '../../domain/shared/localized-text.ts';
import { translate } from '../i18n/server-i18n.ts';
import { dateCell } from './employments-sheet.ts';
import { exportColumn, type Sheet } from './table-file.ts';

const ns = 'housing';

export function agreementsSheet(items: readonly AgreementView[], language: Language): Sheet {
  const t = (key: string) => translate(language, ns, key);
  const columns = [
    exportColumn('title', ns, 'agreement.name'),
    exportColumn('partner', ns, 'agreement.partner'),
    exportColumn('operator', ns, 'export.operator'),
    exportColumn('startsOn', ns, 'agreement.startsOn'),
    exportColumn('termMonths', ns, 'agreement.termMonths'),
    exportColumn('autoRenew', ns, 'agreement.autoRenew'),
    exportColumn('nextRenewal', ns, 'agreement.nextRenewal'),
    exportColumn('reminderDays', ns, 'agreement.reminderDays'),
    exportColumn('endedOn', ns, 'agreement.endedOnLabel'),
  ];
  const rows = items.map((a) => ({
    title: pickLocalized(a.title, language),
    partner: pickLocalized(a.partner.name, language),
    operator: pickLocalized(a.operator.name, language),
    startsOn: dateCell(a.startsOn),
    termMonths: a.termMonths,
    autoRenew: t(a.autoRenew ? 'export.yes' : 'export.no'),
    nextRenewal: dateCell(a.nextRenewal),
    reminderDays: a.reminderDays,
    endedOn: dateCell(a.endedOn),
  }));
  return { name: t('agreement.title'), columns, rows };
}
