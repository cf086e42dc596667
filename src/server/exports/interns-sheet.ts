// A program's interns as a sheet: one row per intern the reader may see (the operators all, a
// company its own, a college its students): company, mentor, dates as date cells, the daily
// reports counted by state, the attendance rate in percent and the incidents.
import type { InternshipOverview } from '../../contracts/internship.ts';
import { pickLocalized, type Language } from '../../domain/shared/localized-text.ts';
import { translate } from '../i18n/server-i18n.ts';
import { exportColumn, type Sheet } from './table-file.ts';

const ns = 'internship';
const REPORT_STATES = ['commented', 'submitted', 'late', 'missing', 'notDue'] as const;

export function internsSheet(overview: InternshipOverview, language: Language): Sheet {
  const columns = [
    exportColumn('nameLatin', 'applications', 'fields.nameLatin'),
    exportColumn('nameCyrillic', 'applications', 'fields.nameCyrillic'),
    exportColumn('nameKatakana', 'applications', 'fields.nameKatakana'),
    exportColumn('company', ns, 'overview.company'),
    exportColumn('mentor', ns, 'plan.mentor'),
    exportColumn('startsOn', ns, 'plan.startsOn'),
    exportColumn('endsOn', ns, 'plan.endsOn'),
    ...REPORT_STATES.map((s) => exportColumn(s, ns, `reportState.${s}`)),
    exportColumn('attendanceRate', ns, 'overview.attendanceRate'),
    exportColumn('incidents', ns, 'overview.incidents'),
  ];
  const rows = overview.items.map((i) => {
    const reports = i.progress?.reports;
    const notDue = i.progress && reports ? Math.max(0, i.progress.days - reports.commented - reports.submitted - reports.late - reports.missing) : null;
    return {
      nameLatin: i.student.nameLatin,
      nameCyrillic: i.student.nameCyrillic,
      nameKatakana: i.student.nameKatakana,
      company: i.company ? pickLocalized(i.company.name, language) : null,
      mentor: i.mentorName,
      startsOn: utcDate(i.startsOn),
      endsOn: utcDate(i.endsOn),
      commented: reports?.commented ?? null,
      submitted: reports?.submitted ?? null,
      late: reports?.late ?? null,
      missing: reports?.missing ?? null,
      notDue,
      attendanceRate: i.progress?.attendanceRate == null ? null : Math.round(i.progress.attendanceRate * 100),
      incidents: i.incidents,
    };
  });
  return { name: translate(language, ns, 'overview.tableLabel'), columns, rows };
}

const utcDate = (day: string | null) => (day ? new Date(`${day}T00:00:00Z`) : null);
