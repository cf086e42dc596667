// A funded project's report for a period as a file: XLSX (four sheets) or CSV in the viewer's
// language, PDF in Japanese. Drawn from the same view as the page, so it holds what the viewer
// may see and aggregates only; each download is audited like other documents.
import type { ReportFormat } from '../../contracts/funded-projects.ts';
import type { RequestContext } from '../../domain/audit/audit-event.ts';
import { notFound } from '../../domain/errors/app-error.ts';
import { japanDate } from '../../domain/shared/japan-time.ts';
import type { Language } from '../../domain/shared/localized-text.ts';
import type { Db } from '../db/database.ts';
import { writeFunderReportCsv, writeFunderReportXlsx } from '../import/funder-report-xlsx.ts';
import { translate } from '../i18n/server-i18n.ts';
import { renderFunderReport } from '../pdf/funder-report.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import { findProject } from '../repositories/funded-projects.repository.ts';
import { buildProjectView, reportPeriodOf } from './funded-project-view.ts';

export type ReportFile = { bytes: Buffer; name: string; contentType: string };

const CONTENT_TYPES: Record<ReportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
};

export class FunderReportService {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
  ) {}

  async download(ctx: RequestContext, id: string, asked: { from?: string | undefined; to?: string | undefined }, format: ReportFormat, viewerLanguage: Language): Promise<ReportFile> {
    const project = await findProject(this.db, id);
    if (!project) throw notFound('funded_project');
    const period = reportPeriodOf(project, asked);
    const today = japanDate(this.now());
    const view = await buildProjectView(this.db, project, period, { today, canEdit: false });
    // JICA reads its reports in Japanese; the spreadsheets follow the viewer.
    const language: Language = format === 'pdf' ? 'ja' : viewerLanguage;
    const bytes = format === 'pdf' ? await renderFunderReport(view, today) : format === 'xlsx' ? await writeFunderReportXlsx(view, language, today) : writeFunderReportCsv(view, language);
    await this.db.transaction((tx) => recordAudit(tx, ctx, { action: 'read_sensitive', resourceType: 'funded_project', resourceId: id, fields: [`report.${format}`] }));
    const name = `${translate(language, 'funder-report', 'fileName')}-${period.from}-${period.to}.${format}`;
    return { bytes, name, contentType: CONTENT_TYPES[format] };
  }
}
