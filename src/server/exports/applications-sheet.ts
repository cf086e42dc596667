// A program's student applications as a sheet: the columns of the list on screen, one value per
// cell (the three spellings of a name side by side) so the file sorts and filters in Excel.
import type { ApplicationListItem } from '../../contracts/applications.ts';
import { pickLocalized, type Language, type LocalizedText } from '../../domain/shared/localized-text.ts';
import { translate } from '../i18n/server-i18n.ts';
import { exportColumn, type Sheet } from './table-file.ts';

const ns = 'applications';

export function applicationsSheet(items: readonly ApplicationListItem[], colleges: ReadonlyMap<string, LocalizedText>, language: Language): Sheet {
  const t = (key: string) => translate(language, ns, key);
  const columns = [
    exportColumn('nameLatin', ns, 'fields.nameLatin'),
    exportColumn('nameCyrillic', ns, 'fields.nameCyrillic'),
    exportColumn('nameKatakana', ns, 'fields.nameKatakana'),
    exportColumn('status', ns, 'list.status'),
    exportColumn('college', ns, 'list.college'),
    exportColumn('department', ns, 'fields.department'),
    exportColumn('graduationYear', ns, 'fields.graduationYear'),
    exportColumn('jlptLevel', ns, 'fields.jlptLevel'),
    exportColumn('jlptDate', ns, 'fields.jlptDate'),
    exportColumn('skills', ns, 'fields.skills'),
    exportColumn('files', ns, 'files.column'),
    ...(items.some((a) => a.attendedSessions !== null) ? [exportColumn('attendedSessions', ns, 'board.attendance')] : []),
  ];
  const rows = items.map((a) => ({
    nameLatin: a.nameLatin,
    nameCyrillic: a.nameCyrillic,
    nameKatakana: a.nameKatakana,
    status: t(`status.${a.status}`),
    college: pickLocalized(colleges.get(a.collegeId), language),
    department: a.department,
    graduationYear: a.graduationYear,
    jlptLevel: t(`jlpt.${a.jlptLevel}`),
    jlptDate: a.jlptDate ? new Date(`${a.jlptDate}T00:00:00Z`) : null,
    skills: a.skills.join(', '),
    files: a.filesPresent.map((kind) => t(`files.kinds.${kind}`)).join(', '),
    attendedSessions: a.attendedSessions,
  }));
  return { name: t('list.title'), columns, rows };
}
