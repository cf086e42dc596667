// A program's company readiness as a sheet: one row per host company the reader may follow, its
// progress, the day each arrangement was done (with its note) and each training module completed.
import type { ReadinessList } from '../../contracts/hiring.ts';
import { READINESS_ITEMS, TRAINING_MODULES } from '../../domain/readiness/readiness.ts';
import { LANGUAGES, pickLocalized, type Language } from '../../domain/shared/localized-text.ts';
import { translate } from '../i18n/server-i18n.ts';
import type { AnyColumn } from '../import/column-definition.ts';
import { dateCell } from './employments-sheet.ts';
import { exportColumn, type Sheet } from './table-file.ts';

const ns = 'readiness';

/** "Note on: <item>", headed in every language as the checklist's note field is labelled. */
function noteColumn(item: string): AnyColumn {
  const labels = Object.fromEntries(LANGUAGES.map((l) => [l, translate(l, ns, 'noteFor', { item: translate(l, ns, `items.${item}`) })])) as Record<Language, string>;
  return { ...exportColumn(`note.${item}`, ns, 'notePlaceholder'), labels };
}

export function readinessSheet(items: ReadinessList['items'], language: Language): Sheet {
  const columns = [
    exportColumn('company', 'hiring', 'apply.company'),
    exportColumn('progress', ns, 'export.progress'),
    exportColumn('itemsDone', ns, 'itemsTitle'),
    exportColumn('modulesDone', ns, 'modulesTitle'),
    ...READINESS_ITEMS.flatMap((item) => [exportColumn(`item.${item}`, ns, `items.${item}`), noteColumn(item)]),
    ...TRAINING_MODULES.map((module) => exportColumn(`module.${module}`, ns, `modules.${module}`)),
  ];
  const sorted = [...items].sort((a, b) => pickLocalized(a.company.name, language).localeCompare(pickLocalized(b.company.name, language), language));
  const rows = sorted.map((c) => ({
    company: pickLocalized(c.company.name, language),
    progress: Math.round(c.progress.share * 100),
    itemsDone: `${c.progress.itemsDone} / ${c.progress.itemsTotal}`,
    modulesDone: `${c.progress.modulesDone} / ${c.progress.modulesTotal}`,
    ...Object.fromEntries(READINESS_ITEMS.flatMap((item) => [[`item.${item}`, dateCell(c.items[item]?.doneOn)], [`note.${item}`, c.items[item]?.note || null]])),
    ...Object.fromEntries(TRAINING_MODULES.map((module) => [`module.${module}`, dateCell(c.modules[module]?.completedOn)])),
  }));
  return { name: translate(language, ns, 'title'), columns, rows };
}
