import { sql, type AnyColumn, type SQL } from 'drizzle-orm';

/** Escapes % and _ so that a search term matches literally inside ILIKE. */
export function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Case-insensitive substring match over every language of a LocalizedText column. */
export function localizedTextMatches(column: AnyColumn, term: string): SQL {
  return sql`concat_ws(' ', ${column}->>'ja', ${column}->>'mn', ${column}->>'en') ilike ${`%${escapeLike(term)}%`}`;
}

/** Sort key of a LocalizedText column: the Japanese form first, as the operators file it. */
export function localizedSortKey(column: AnyColumn): SQL {
  return sql`coalesce(${column}->>'ja', ${column}->>'en', ${column}->>'mn')`;
}
