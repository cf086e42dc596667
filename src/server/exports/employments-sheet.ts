// A program's hires as a sheet: the columns of the hires list on screen (who, where, since when,
// retention, residence steps overdue or due soon, the card's expiry, the follow-up's warnings).
// Only what the list returns: never the residence card's number or any other encrypted field.
import type { z } from 'zod';
import type { employmentList } from '../../contracts/hiring.ts';
import { pickLocalized, type Language } from '../../domain/shared/localized-text.ts';
import { translate } from '../i18n/server-i18n.ts';
import type { AnyColumn } from '../import/column-definition.ts';
import { exportColumn, type Sheet } from './table-file.ts';

type Employment = z.infer<typeof employmentList>['items'][number];
type StudentNames = { nameLatin: string; nameCyrillic: string; nameKatakana: string };

const ns = 'hiring';

/** The three spellings of a student's name side by side, headed as on the applications list. */
export const nameColumns = (): AnyColumn[] => [
  exportColumn('nameLatin', 'applications', 'fields.nameLatin'),
  exportColumn('nameCyrillic', 'applications', 'fields.nameCyrillic'),
  exportColumn('nameKatakana', 'applications', 'fields.nameKatakana'),
];
export const nameCells = (s: StudentNames) => ({ nameLatin: s.nameLatin, nameCyrillic: s.nameCyrillic, nameKatakana: s.nameKatakana });

/** A date-only value (yyyy-mm-dd) as a date cell at UTC midnight, so XLSX holds a real date. */
export const dateCell = (day: string | null | undefined) => (day ? new Date(`${day.slice(0, 10)}T00:00:00Z`) : null);

export function employmentsSheet(items: readonly Employment[], language: Language): Sheet {
  const t = (key: string, params?: Record<string, unknown>) => translate(language, ns, key, params);
  const warning = (w: string) => {
    const [kind = w, month] = w.split(':');
    return month === undefined ? t(`warning.${kind}`) : t('warning.atMonth', { warning: t(`warning.${kind}`), month: Number(month) });
  };
  const columns = [
    ...nameColumns(),
    exportColumn('company', ns, 'hire.employer'),
    exportColumn('startsOn', ns, 'hire.startsOn'),
    exportColumn('retention', ns, 'retention.title'),
    exportColumn('overdueSteps', ns, 'stepStatus.overdue'),
    exportColumn('dueSoonSteps', ns, 'stepStatus.dueSoon'),
    exportColumn('residenceCardExpiresOn', ns, 'facts.residenceCardExpiresOn'),
    exportColumn('warnings', ns, 'hires.warnings'),
  ];
  const rows = items.map((e) => ({
    ...nameCells(e.student),
    company: pickLocalized(e.company.name, language),
    startsOn: dateCell(e.startsOn),
    retention: t(`retention.${e.retention}`),
    overdueSteps: e.overdueSteps,
    dueSoonSteps: e.dueSoonSteps,
    residenceCardExpiresOn: dateCell(e.residenceCardExpiresOn),
    warnings: e.warnings.map(warning).join(', '),
  }));
  return { name: t('hires.title'), columns, rows };
}
