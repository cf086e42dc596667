// A program's lecture attendance as a sheet: one row per student the reader may see, with the
// sessions attended (present or late) and each status's count, and whether the attendance rule
// is met, under the headers of the attendance table on the lectures page.
import type { ProgramAttendance } from '../../contracts/lectures.ts';
import type { Language } from '../../domain/shared/localized-text.ts';
import { translate } from '../i18n/server-i18n.ts';
import { exportColumn, type Sheet } from './table-file.ts';

const ns = 'lectures';

export function attendanceSheet(attendance: ProgramAttendance, language: Language): Sheet {
  const t = (key: string) => translate(language, ns, key);
  const columns = [
    exportColumn('nameLatin', 'applications', 'fields.nameLatin'),
    exportColumn('nameCyrillic', 'applications', 'fields.nameCyrillic'),
    exportColumn('attended', ns, 'totals.attended'),
    exportColumn('present', ns, 'status.present'),
    exportColumn('late', ns, 'status.late'),
    exportColumn('absent', ns, 'status.absent'),
    exportColumn('eligible', ns, 'totals.eligible'),
  ];
  const rows = attendance.items.map((a) => ({
    nameLatin: a.nameLatin,
    nameCyrillic: a.nameCyrillic,
    attended: a.attended,
    present: a.present,
    late: a.late,
    absent: a.absent,
    eligible: a.eligible === null ? null : t(a.eligible ? 'totals.yes' : 'totals.no'),
  }));
  return { name: t('totals.title'), columns, rows };
}
