// A program's arrival checklists as a sheet: one row per task of each intern the reader may
// follow (an intern without tasks still has a row), with the flight and the arrival time in
// Japan, as the checklist's table shows them.
import type { ArrivalView } from '../../contracts/housing.ts';
import { pickLocalized, type Language, type LocalizedText } from '../../domain/shared/localized-text.ts';
import { translate } from '../i18n/server-i18n.ts';
import { dateCell, nameCells, nameColumns } from './employments-sheet.ts';
import { exportColumn, type Sheet } from './table-file.ts';

const ns = 'housing';

/** An instant as Japan's wall-clock time, as the screen's "Arrival (Japan time)" field shows it. */
export function japanTime(iso: string | null): string | null {
  if (!iso) return null;
  const part = Object.fromEntries(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}`;
}

export function arrivalsSheet(items: readonly ArrivalView[], companies: ReadonlyMap<string, LocalizedText>, language: Language): Sheet {
  const t = (key: string, params?: Record<string, unknown>) => translate(language, ns, key, params);
  const columns = [
    ...nameColumns(),
    exportColumn('company', ns, 'interns.company'),
    exportColumn('flight', ns, 'arrival.flight'),
    exportColumn('arrivesAt', ns, 'arrival.arrivesAt'),
    exportColumn('task', ns, 'arrival.task'),
    exportColumn('owner', ns, 'arrival.owner'),
    exportColumn('due', ns, 'arrival.due'),
    exportColumn('done', ns, 'arrival.done'),
    exportColumn('overdue', ns, 'arrival.overdue'),
    exportColumn('note', ns, 'arrival.note'),
  ];
  const rows = items.flatMap((a) => {
    const intern = { ...nameCells(a.student), company: a.companyId ? pickLocalized(companies.get(a.companyId), language) : null, flight: a.flightNumber, arrivesAt: japanTime(a.arrivesAt) };
    if (a.tasks.length === 0) return [intern];
    return [...a.tasks]
      .sort((x, y) => x.dueOn.localeCompare(y.dueOn))
      .map((task) => {
        const title = pickLocalized(task.title, language);
        return {
          ...intern,
          task: task.kind ? t(`task.${task.kind}`, { defaultValue: title }) : title,
          owner: t(`owner.${task.owner}`),
          due: dateCell(task.dueOn),
          done: t(task.done ? 'export.yes' : 'export.no'),
          overdue: task.overdue ? t('export.yes') : null,
          note: task.note,
        };
      });
  });
  return { name: t('arrival.title'), columns, rows };
}
