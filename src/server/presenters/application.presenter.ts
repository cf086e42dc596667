import type { ApplicationDetail, ApplicationView, ConsentView } from '../../contracts/applications.ts';
import { CONSENT_PURPOSES } from '../../domain/consent/consent.ts';
import type { Language } from '../../domain/shared/localized-text.ts';
import type { ApplicationRow, ConsentRow, TransitionRow } from '../repositories/applications.repository.ts';

export function presentConsent(row: ConsentRow): ConsentView {
  return {
    id: row.id,
    programId: row.programId,
    noticeVersion: row.noticeVersion,
    language: row.language as Language,
    purposes: [...CONSENT_PURPOSES],
    recipientIds: row.recipientIds,
    givenAt: row.givenAt.toISOString(),
    withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
  };
}

export function presentApplication(row: ApplicationRow): ApplicationView {
  return {
    id: row.id,
    programId: row.programId,
    userId: row.userId,
    collegeId: row.collegeId,
    nameLatin: row.nameLatin,
    nameCyrillic: row.nameCyrillic,
    nameKatakana: row.nameKatakana,
    department: row.department,
    graduationYear: row.graduationYear,
    jlptLevel: row.jlptLevel,
    jlptDate: row.jlptDate,
    skills: row.skills,
    companiesOfInterest: row.companiesOfInterest,
    status: row.status,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentApplicationDetail(row: ApplicationRow, history: TransitionRow[]): ApplicationDetail {
  return {
    ...presentApplication(row),
    history: history.map((h) => ({ from: h.from, to: h.to, byUserId: h.byUserId, byKind: h.byKind, at: h.at.toISOString(), reasonCode: h.reasonCode, note: h.note })),
  };
}
