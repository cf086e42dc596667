// The downloads of the app's lists (issue 9 item 5): each reads its list through the service
// that answers the screen, with the same reader, so a download never holds more than the list
// the reader is allowed to see; then lays it out as a sheet in the reader's language. This file
// holds the applications and programs lists and what every list's download shares; the other
// lists' downloads are in people-, program- and hiring-housing-exports.service.ts.
import type { ApplicationExportQuery } from '../../contracts/applications.ts';
import type { ProgramListQuery } from '../../contracts/programs.ts';
import { applyFilters, NO_FILTERS } from '../../domain/applications/screening-filters.ts';
import type { RequestContext } from '../../domain/audit/audit-event.ts';
import { japanDate } from '../../domain/shared/japan-time.ts';
import type { Language } from '../../domain/shared/localized-text.ts';
import type { Db } from '../db/database.ts';
import { applicationsSheet } from '../exports/applications-sheet.ts';
import { programsSheet } from '../exports/programs-sheet.ts';
import type { Sheet } from '../exports/table-file.ts';
import { organizationNames } from '../repositories/housing-parties.repository.ts';
import type { ApplicationsService } from './applications.service.ts';
import type { ProgramsService } from './programs.service.ts';

export type ListExport = { sheet: Sheet; baseName: string };

/** A download named after its sheet and the day it was taken. */
export const namedExport = (sheet: Sheet, now: Date): ListExport => ({ sheet, baseName: `${sheet.name} ${now.toISOString().slice(0, 10)}` });

/** A list's filters without its paging: the download holds every matching row. */
export type Unpaged<Q> = Omit<Q, 'page' | 'pageSize'>;

/** The largest page the lists answer (pageQuery's maximum). */
const PAGE_SIZE = 200;

/** Every page of a paged list, in its order. */
export async function everyPage<T>(load: (page: number, pageSize: number) => Promise<{ items: T[]; total: number }>): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; ; page += 1) {
    const result = await load(page, PAGE_SIZE);
    items.push(...result.items);
    if (result.items.length < PAGE_SIZE || items.length >= result.total) return items;
  }
}

type Lists = { applications: ApplicationsService; programs: ProgramsService };

export class ListExportsService {
  constructor(
    private readonly db: Db,
    private readonly lists: Lists,
    private readonly now: () => Date,
  ) {}

  /** The applications the reader's list shows, narrowed by the screening board's filters as on screen. */
  async applications(ctx: RequestContext, programId: string, query: ApplicationExportQuery, language: Language): Promise<ListExport> {
    const { items: all } = await this.lists.applications.list(ctx, programId);
    const items = applyFilters(all, { ...NO_FILTERS, ...withoutUndefined(query) });
    const colleges = await organizationNames(this.db, [...new Set(items.map((a) => a.collegeId))]);
    return namedExport(applicationsSheet(items, colleges, language), this.now());
  }

  /** The programs the reader's list shows under its filters, every page. */
  async programs(ctx: RequestContext, query: Unpaged<ProgramListQuery>, language: Language): Promise<ListExport> {
    const items = await everyPage((page, pageSize) => this.lists.programs.list(ctx, { ...query, page, pageSize }));
    return namedExport(programsSheet(items, japanDate(this.now()), language), this.now());
  }

}

const withoutUndefined = <T extends object>(value: T) => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
