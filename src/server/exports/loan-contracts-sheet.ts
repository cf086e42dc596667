// A program's loan-for-use contracts as a sheet: number, status, revision, the units lent with
// their periods, when it was sent and signed, as the contracts tab shows them.
import type { ContractView } from '../../contracts/housing.ts';
import type { Language } from '../../domain/shared/localized-text.ts';
import { translate } from '../i18n/server-i18n.ts';
import { exportColumn, type Sheet } from './table-file.ts';

const ns = 'housing';

export function loanContractsSheet(items: readonly ContractView[], language: Language): Sheet {
  const t = (key: string) => translate(language, ns, key);
  const columns = [
    exportColumn('contractNumber', ns, 'export.contractNumber'),
    exportColumn('status', ns, 'request.status'),
    exportColumn('revision', ns, 'export.revision'),
    exportColumn('units', ns, 'contract.units'),
    exportColumn('sentAt', ns, 'contract.status.sent'),
    exportColumn('signedAt', ns, 'contract.status.signed'),
    exportColumn('signedScan', ns, 'contract.signedScan'),
  ];
  const rows = items.map((c) => ({
    contractNumber: c.contractNumber,
    status: t(`contract.status.${c.status}`),
    revision: c.revision,
    units: c.units.map((u) => `${u.name} (${u.from} – ${u.to})`).join(', '),
    sentAt: c.sentAt ? new Date(c.sentAt) : null,
    signedAt: c.signedAt ? new Date(c.signedAt) : null,
    signedScan: t(c.hasSignedScan ? 'export.yes' : 'export.no'),
  }));
  return { name: t('contract.title'), columns, rows };
}
