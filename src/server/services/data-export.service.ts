// A person downloads everything held about them (issue 4 item 3): account, memberships,
// consents (every version, with channel and recipients), applications with their status history,
// file details (not the bytes), identity documents masked as the identity page shows them, and
// the audit events about them. Only the signed-in person's own rows are read. The export itself
// is audited (`read_sensitive` on the person).
import type { DataExportRecord, DataExportValue, MyDataExport } from '../../contracts/data-export.ts';
import { DATA_EXPORT_SECTIONS } from '../../contracts/data-export.ts';
import type { RequestContext } from '../../domain/audit/audit-event.ts';
import { CONSENT_PURPOSES } from '../../domain/consent/consent.ts';
import { notFound } from '../../domain/errors/app-error.ts';
import type { Language } from '../../domain/shared/localized-text.ts';
import type { Db } from '../db/database.ts';
import { translate } from '../i18n/server-i18n.ts';
import { column, ok } from '../import/column-definition.ts';
import { writeCsv } from '../import/write-csv.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import { findAccount as accountOf, applicationsOf, auditEventsAbout, consentsOf, filesOf, membershipsOf, organizationNames, transitionsOf } from '../repositories/data-export.repository.ts';
import type { IdentityService } from './identity.service.ts';

type Names = Record<string, string | undefined>;
const named = (names: Map<string, Names>, id: string): DataExportRecord => ({ id, name: (names.get(id) as DataExportValue) ?? null });

export class DataExportService {
  constructor(
    private readonly db: Db,
    private readonly identity: IdentityService,
    private readonly now: () => Date,
  ) {}

  async export(ctx: RequestContext, language: Language): Promise<MyDataExport> {
    const userId = ctx.actorUserId!;
    const exportedAt = this.now();
    const data = await this.db.transaction(async (tx) => {
      const account = await accountOf(tx, userId);
      if (!account) throw notFound('user');
      const memberships = await membershipsOf(tx, userId);
      const consents = await consentsOf(tx, userId);
      const applications = await applicationsOf(tx, userId);
      const applicationIds = applications.map((a) => a.application.id);
      const history = await transitionsOf(tx, applicationIds);
      const files = await filesOf(tx, applicationIds);
      const names = await organizationNames(tx, [...new Set([...consents.flatMap((c) => c.recipientIds), ...applications.flatMap((a) => [a.application.collegeId, ...a.application.companiesOfInterest])])]);
      await recordAudit(tx, ctx, { action: 'read_sensitive', resourceType: 'user', resourceId: userId, fields: ['dataExport'] });
      const audit = await auditEventsAbout(tx, userId, [...consents.map((c) => c.id), ...applicationIds, ...files.map((f) => f.id)]);
      return { account, memberships, consents, applications, history, files, names, audit };
    });
    const identity = await this.identity.view(userId);
    const { account, memberships, consents, applications, history, files, names, audit } = data;
    return {
      format: 'kakehashi-data-export',
      version: 1,
      exportedAt: exportedAt.toISOString(),
      about: [
        { note: translate(language, 'export', 'notes.about', { date: exportedAt.toISOString().slice(0, 10) }) },
        { note: translate(language, 'export', 'notes.files') },
      ],
      account: [{ id: account.id, name: account.name, email: account.email, language: account.language, createdAt: account.createdAt.toISOString() }],
      memberships: memberships.map((m) => ({ organizationId: m.organizationId, organization: m.organizationName as DataExportValue, role: m.role, since: m.since.toISOString() })),
      consents: consents.map((c) => ({
        id: c.id,
        programId: c.programId,
        noticeVersion: c.noticeVersion,
        language: c.language,
        channel: c.channel,
        purposes: [...CONSENT_PURPOSES],
        recipients: c.recipientIds.map((id) => named(names, id)),
        givenAt: c.givenAt.toISOString(),
        withdrawnAt: c.withdrawnAt?.toISOString() ?? null,
      })),
      applications: applications.map(({ application: a, programName }) => ({
        id: a.id,
        programId: a.programId,
        program: (programName as DataExportValue) ?? null,
        college: named(names, a.collegeId),
        nameLatin: a.nameLatin,
        nameCyrillic: a.nameCyrillic,
        nameKatakana: a.nameKatakana,
        department: a.department,
        graduationYear: a.graduationYear,
        jlptLevel: a.jlptLevel,
        jlptDate: a.jlptDate,
        skills: a.skills,
        companiesOfInterest: a.companiesOfInterest.map((id) => named(names, id)),
        status: a.status,
        createdAt: a.createdAt.toISOString(),
        updatedAt: a.updatedAt.toISOString(),
        history: history
          .filter((h) => h.applicationId === a.id)
          .map((h) => ({ from: h.from, to: h.to, byKind: h.byKind, byYou: h.byUserId === userId, at: h.at.toISOString(), reasonCode: h.reasonCode, note: h.note })),
      })),
      files: files.map((f) => ({ id: f.id, applicationId: f.applicationId, kind: f.kind, originalName: f.originalName, mediaType: f.mediaType, sizeBytes: f.sizeBytes, sha256: f.sha256, uploadedAt: f.createdAt.toISOString() })),
      identityDocuments: [
        {
          note: translate(language, 'export', 'notes.identityMasked'),
          passportNumber: identity.passportNumber,
          passportExpiresOn: identity.passportExpiresOn,
          residenceCardNumber: identity.residenceCardNumber,
          residenceCardExpiresOn: identity.residenceCardExpiresOn,
          birthDateOnFile: identity.birthDateOnFile,
          nationality: identity.nationality,
        },
      ],
      auditEvents: audit.map((e) => ({ at: e.occurredAt.toISOString(), action: e.action, resourceType: e.resourceType, resourceId: e.resourceId, fields: e.fields, byYou: e.actorUserId === userId })),
    };
  }
}

const CSV_COLUMNS = (['section', 'record', 'field', 'value'] as const).map((key) =>
  column({ key, labels: { ja: translate('ja', 'export', `columns.${key}`), mn: translate('mn', 'export', `columns.${key}`), en: translate('en', 'export', `columns.${key}`) }, required: false, parse: ok }),
);

/** Nested values as dotted field names (`history.2.to`, `recipients.1.name.ja`); lists of plain values joined by "; ". */
function flatten(value: DataExportValue, prefix: string, out: [string, string | number | boolean | null][]): void {
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== 'object')) out.push([prefix, value.map((v) => String(v)).join('; ')]);
    else value.forEach((v, i) => flatten(v, `${prefix}.${i + 1}`, out));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out.push([prefix, value]);
  }
}

/** The export as one flat table: section, record number, field, value; every text neutralised against formulas. */
export function dataExportCsv(data: MyDataExport, language: Language): Buffer {
  const rows: Record<string, unknown>[] = [];
  for (const section of DATA_EXPORT_SECTIONS) {
    data[section].forEach((record, index) => {
      const fields: [string, string | number | boolean | null][] = [];
      flatten(record, '', fields);
      for (const [field, value] of fields) rows.push({ section, record: index + 1, field, value });
    });
  }
  return writeCsv(CSV_COLUMNS, rows, { language });
}
