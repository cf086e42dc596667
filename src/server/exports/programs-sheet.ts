// The programs list as a sheet: fiscal year (as a number, so it sorts), name, operator, the
// period as two date cells, host companies, planned interns and the status the list shows.
import type { ProgramSummary } from '../../contracts/programs.ts';
import { programStatus } from '../../domain/programs/program-status.ts';
import { pickLocalized, type Language } from '../../domain/shared/localized-text.ts';
import { translate } from '../i18n/server-i18n.ts';
import { dateCell } from './employments-sheet.ts';
import { exportColumn, type Sheet } from './table-file.ts';

const ns = 'programs';

export function programsSheet(items: readonly ProgramSummary[], today: string, language: Language): Sheet {
  const t = (key: string) => translate(language, ns, key);
  const columns = [
    exportColumn('fiscalYear', ns, 'fields.fiscalYear'),
    exportColumn('name', ns, 'fields.name'),
    exportColumn('operator', ns, 'fields.operator'),
    exportColumn('startDate', ns, 'fields.startDate'),
    exportColumn('endDate', ns, 'fields.endDate'),
    exportColumn('hostCompanies', ns, 'fields.hostCompanies'),
    exportColumn('plannedInterns', ns, 'fields.plannedInterns'),
    exportColumn('status', ns, 'fields.status'),
  ];
  const rows = items.map((p) => ({
    fiscalYear: p.fiscalYear,
    name: pickLocalized(p.name, language),
    operator: pickLocalized(p.operator.name, language),
    startDate: dateCell(p.startDate),
    endDate: dateCell(p.endDate),
    hostCompanies: p.hostCompanyCount,
    plannedInterns: p.plannedInterns,
    status: t(`status.${p.archivedAt !== null ? 'archived' : programStatus(p.startDate, p.endDate, today)}`),
  }));
  return { name: t('list.title'), columns, rows };
}
