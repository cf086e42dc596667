// A program's hiring board as a sheet: one row per application to a company, its stage and
// result, and the latest offer as the board's card shows it. The company's internal note is left
// out: the board does not show it on its cards, and a student must never read it.
import type { HiringBoard } from '../../contracts/hiring.ts';
import { pickLocalized, type Language } from '../../domain/shared/localized-text.ts';
import { translate } from '../i18n/server-i18n.ts';
import { dateCell, nameCells, nameColumns } from './employments-sheet.ts';
import { exportColumn, type Sheet } from './table-file.ts';

const ns = 'hiring';

export function hiringSheet(items: HiringBoard['items'], language: Language): Sheet {
  const t = (key: string) => translate(language, ns, key);
  const columns = [
    ...nameColumns(),
    exportColumn('company', ns, 'apply.company'),
    exportColumn('stage', ns, 'card.stage'),
    exportColumn('outcome', ns, 'export.outcome'),
    exportColumn('motivation', ns, 'apply.motivation'),
    exportColumn('offerState', ns, 'export.offerState'),
    exportColumn('position', ns, 'offer.position'),
    exportColumn('monthlySalaryYen', ns, 'offer.salary'),
    exportColumn('startsOn', ns, 'offer.startsOn'),
    exportColumn('issuedOn', ns, 'offer.issuedOn'),
    exportColumn('expiresOn', ns, 'offer.expiresOn'),
  ];
  const rows = items.map((a) => {
    const latest = a.offers[0] ?? null;
    return {
      ...nameCells(a.student),
      company: pickLocalized(a.company.name, language),
      stage: t(`stage.${a.stage}`),
      outcome: t(`outcome.${a.outcome}`),
      motivation: a.motivation,
      offerState: latest ? t(`offerState.${latest.state}`) : null,
      position: latest?.position ?? null,
      monthlySalaryYen: latest?.monthlySalaryYen ?? null,
      startsOn: dateCell(latest?.startsOn),
      issuedOn: dateCell(latest?.issuedOn),
      expiresOn: dateCell(latest?.expiresOn),
    };
  });
  return { name: t('board.title'), columns, rows };
}
