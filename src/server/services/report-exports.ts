// A program's dashboards as files: CSV (one table) or XLSX (every table, a sheet each), in the
// reader's language, formula-safe (the shared export writers). Aggregates only, as on screen.
import type { ProgramFunnel, ProgramYears, ReportExportQuery } from '../../contracts/reports.ts';
import { FUNNEL_STAGES, type FunnelStage } from '../../domain/reports/funnel.ts';
import { pickLocalized, type Language } from '../../domain/shared/localized-text.ts';
import { LANGUAGES } from '../../domain/shared/localized-text.ts';
import { translate } from '../i18n/server-i18n.ts';
import type { AnyColumn, ExportCell } from '../import/column-definition.ts';
import type { ExportRow } from '../import/export-cells.ts';
import { writeCsv } from '../import/write-csv.ts';
import { writeWorkbook, type Sheet } from '../import/write-xlsx.ts';

type Table = ReportExportQuery['table'];

const labels = (key: string, params: Record<string, unknown> = {}) => Object.fromEntries(LANGUAGES.map((l) => [l, translate(l, 'reports', key, params)])) as Record<Language, string>;
const col = (key: string, labelKey: string, format?: (value: never) => ExportCell): AnyColumn => ({ key, labels: labels(labelKey), required: false, parse: () => ({ ok: true, value: null }), ...(format ? { format } : {}) });
const stageColumns = (stages: readonly FunnelStage[] = FUNNEL_STAGES) => stages.map((s) => col(s, `stages.${s}`));
const percent = (value: number) => Math.round(value * 1000) / 10;

function sheets(funnel: ProgramFunnel, years: ProgramYears, language: Language): Record<Table, Sheet> {
  const stageName = (stage: FunnelStage) => translate(language, 'reports', `stages.${stage}`);
  const name = (text: Record<string, string | undefined>) => pickLocalized(text, language);
  return {
    stages: {
      name: translate(language, 'reports', 'export.sheets.stages'),
      columns: [col('stage', 'export.columns.stage'), col('count', 'export.columns.count'), col('conversion', 'export.columns.conversion')],
      rows: funnel.steps.map((s) => ({ stage: stageName(s.stage), count: s.count, conversion: s.conversion === null ? null : percent(s.conversion) })),
    },
    colleges: {
      name: translate(language, 'reports', 'export.sheets.colleges'),
      columns: [col('organization', 'export.columns.college'), ...stageColumns(FUNNEL_STAGES.filter((s) => s !== 'retained12Months'))],
      rows: funnel.byCollege.map((c) => ({ organization: name(c.organization.name), ...Object.fromEntries(c.steps.map((s) => [s.stage, s.count])) })),
    },
    companies: {
      name: translate(language, 'reports', 'export.sheets.companies'),
      columns: [col('organization', 'export.columns.company'), ...stageColumns(['interviewees', 'interns', 'offers', 'hires', 'retained12Months'])],
      rows: funnel.byCompany.map((c) => ({ organization: name(c.organization.name), ...c.counts })),
    },
    stageTimes: {
      name: translate(language, 'reports', 'export.sheets.stageTimes'),
      columns: [col('stage', 'export.columns.from'), col('nextStage', 'export.columns.to'), col('medianDays', 'export.columns.medianDays'), col('students', 'export.columns.students')],
      rows: funnel.stageTimes.map((t) => ({ stage: stageName(t.stage), nextStage: stageName(t.nextStage), medianDays: t.medianDays === null ? null : Math.round(t.medianDays * 10) / 10, students: t.students })),
    },
    years: {
      name: translate(language, 'reports', 'export.sheets.years'),
      columns: [col('fiscalYear', 'export.columns.fiscalYear'), col('program', 'export.columns.program'), col('source', 'export.columns.source'), ...stageColumns()],
      rows: years.years.map((y): ExportRow => ({ fiscalYear: y.fiscalYear, program: name(y.name), source: translate(language, 'reports', `sources.${y.source}`), ...y.counts })),
    },
  };
}

export async function reportFile(funnel: ProgramFunnel, years: ProgramYears, query: ReportExportQuery, language: Language): Promise<{ bytes: Buffer; name: string; contentType: string }> {
  const all = sheets(funnel, years, language);
  const base = `${translate(language, 'reports', 'export.fileName')}-FY${funnel.program.fiscalYear}`;
  if (query.format === 'xlsx') {
    const bytes = await writeWorkbook(Object.values(all), language);
    return { bytes, name: `${base}.xlsx`, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
  }
  const sheet = all[query.table];
  return { bytes: writeCsv(sheet.columns, sheet.rows, { language }), name: `${base}-${query.table}.csv`, contentType: 'text/csv; charset=utf-8' };
}
