// The organizations a reader may see as a sheet: the columns of the list on screen, one value
// per cell (the city and the country apart) so the file sorts and filters in Excel.
import type { Organization } from '../../contracts/organizations.ts';
import { pickLocalized, type Language } from '../../domain/shared/localized-text.ts';
import { translate } from '../i18n/server-i18n.ts';
import { exportColumn, type Sheet } from './table-file.ts';

const ns = 'organizations';

export function organizationsSheet(items: readonly Organization[], language: Language): Sheet {
  const t = (key: string, params?: Record<string, unknown>) => translate(language, ns, key, params);
  const common = (key: string, params?: Record<string, unknown>) => translate(language, 'common', key, params);
  const columns = [
    exportColumn('name', ns, 'fields.name'),
    exportColumn('kind', ns, 'fields.kind'),
    exportColumn('city', ns, 'fields.city'),
    exportColumn('country', ns, 'fields.country'),
    exportColumn('website', ns, 'fields.website'),
    exportColumn('programCount', ns, 'fields.programCount'),
  ];
  const rows = items.map((o) => ({
    name: pickLocalized(o.name, language),
    kind: common(`kinds.${o.kind}`),
    city: o.city,
    country: common(`countries.${o.country}`, { defaultValue: o.country }),
    website: o.website,
    programCount: o.programCount,
  }));
  return { name: t('list.title'), columns, rows };
}
