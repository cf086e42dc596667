// A matching round's result as a sheet: one row per student of the result the reader may see
// (the operators every student, a company or college theirs, a student their own), with the
// placement or "not placed", the choice it was, why not a higher choice, and a change by hand.
import type { MatchingOutcome, RoundView } from '../../contracts/matchings.ts';
import { pickLocalized, type Language } from '../../domain/shared/localized-text.ts';
import { translate } from '../i18n/server-i18n.ts';
import { exportColumn, type Sheet } from './table-file.ts';

const ns = 'matching';

export function matchingResultSheet(outcome: MatchingOutcome, round: RoundView, language: Language): Sheet {
  const t = (key: string, params?: Record<string, unknown>) => translate(language, ns, key, params);
  const names = new Map([...outcome.companies.map((c) => [c.organizationId, c.name] as const), ...round.companies.map((c) => [c.organizationId, c.name] as const)]);
  const companyName = (id: string) => pickLocalized(names.get(id), language);
  const columns = [
    exportColumn('nameLatin', 'applications', 'fields.nameLatin'),
    exportColumn('nameCyrillic', 'applications', 'fields.nameCyrillic'),
    exportColumn('nameKatakana', 'applications', 'fields.nameKatakana'),
    exportColumn('placement', ns, 'result.placement'),
    exportColumn('choice', ns, 'result.choiceColumn'),
    exportColumn('whyNotHigher', ns, 'result.whyNotHigher'),
    exportColumn('byHand', ns, 'result.byHandColumn'),
  ];
  const rows = outcome.students.map((s) => ({
    nameLatin: s.student.nameLatin,
    nameCyrillic: s.student.nameCyrillic,
    nameKatakana: s.student.nameKatakana,
    placement: s.organizationId ? companyName(s.organizationId) : t('result.unmatched'),
    choice: s.organizationId ? s.choice : null,
    whyNotHigher: s.notHigher.map((h) => t(`reason.${h.reason}`, { company: companyName(h.organizationId) })).join(' '),
    byHand: s.overrideReason,
  }));
  return { name: `${pickLocalized(round.title, language)} ${t('result.title')}`.trim(), columns, rows };
}
