// The roster template a college downloads (issue 4 item 4): the headers in one language and an
// example row; as XLSX also a second sheet saying what goes in each column. The example row's
// address is refused on import (EXAMPLE_EMAIL), so a template sent back unedited writes nothing.
import ExcelJS from 'exceljs';
import type { Language } from '../../domain/shared/localized-text.ts';
import { exportCells, exportHeader } from './export-cells.ts';
import { neutraliseFormula } from './neutralise-formula.ts';
import { splitSkills, STUDENT_IMPORT_CATALOGS, STUDENT_ROSTER_COLUMNS } from './student-roster-columns.ts';
import { writeCsv } from './write-csv.ts';

export const EXAMPLE_EMAIL = 'example.student@example.com';

export const TEMPLATE_MEDIA_TYPES = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

function exampleRow(language: Language): Record<string, unknown> {
  const catalog = STUDENT_IMPORT_CATALOGS[language];
  return {
    email: EXAMPLE_EMAIL,
    nameLatin: 'GANBOLD BATBAYAR',
    nameCyrillic: 'Ганболд Батбаяр',
    nameKatakana: 'ガンボルド・バトバヤル',
    department: catalog.template.exampleDepartment,
    graduationYear: 2026,
    jlptLevel: 'N3',
    jlptDate: '2025-07-06',
    skills: splitSkills(catalog.template.exampleSkills),
    consentSigned: catalog.template.yes,
    consentDate: '2026-04-15',
    consentLanguage: language,
  };
}

export async function writeRosterTemplate(format: 'csv' | 'xlsx', language: Language): Promise<Buffer> {
  if (format === 'csv') return writeCsv(STUDENT_ROSTER_COLUMNS, [exampleRow(language)], { language });
  const catalog = STUDENT_IMPORT_CATALOGS[language];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(catalog.template.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = exportHeader(STUDENT_ROSTER_COLUMNS, language);
  sheet.columns = STUDENT_ROSTER_COLUMNS.map((c, i) => ({ key: c.key, width: Math.max(c.width ?? 12, [...header[i]!].length + 2) }));
  sheet.addRow(header).font = { bold: true };
  const example = sheet.addRow(exportCells(STUDENT_ROSTER_COLUMNS, exampleRow(language)));
  example.font = { italic: true, color: { argb: 'FF666666' } };
  // Dates and years typed by hand stay text, as the import reads them.
  for (const key of ['jlptDate', 'consentDate', 'graduationYear', 'email'] as const) sheet.getColumn(key).numFmt = '@';

  const help = workbook.addWorksheet(catalog.template.helpSheet);
  help.columns = [{ width: 36 }, { width: 10 }, { width: 90 }];
  help.addRow([catalog.template.helpColumn, catalog.template.helpRequired, catalog.template.helpDescription]).font = { bold: true };
  for (const c of STUDENT_ROSTER_COLUMNS) {
    const row = help.addRow([neutraliseFormula(c.labels[language]), c.required ? catalog.template.yes : catalog.template.no, neutraliseFormula(catalog.columns[c.key].help)]);
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
