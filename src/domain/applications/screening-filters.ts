// The screening board's filters, pure so they can be tested and so a list's download holds the
// rows on screen: college, department, a minimum Japanese level ("N3 or better" keeps N1, N2 and N3), status, lecture attendance (at least N
// sessions; a student without attendance data never passes a set minimum) and a free-text search
// over the names in Latin, Cyrillic and katakana (case-, width- and kana-insensitive). Counts per
// status follow every filter but the status itself, so the chips show what choosing one gives.
import { PIPELINE_STATUSES, type PipelineStatus } from '../pipeline/pipeline-status.ts';
import { JLPT_LEVELS, type JlptLevel } from './application.ts';

/** What the filters read of an application (a row of the list on screen or of its download). */
export type ScreenedApplication = {
  status: PipelineStatus;
  collegeId: string;
  department: string;
  jlptLevel: JlptLevel;
  attendedSessions: number | null;
  nameLatin: string;
  nameCyrillic: string;
  nameKatakana: string;
};

export type ScreeningFilters = {
  status: PipelineStatus | null;
  collegeId: string | null;
  department: string | null;
  /** The lowest level that passes: N3 keeps N1, N2, N3. */
  minJlpt: Exclude<JlptLevel, 'none'> | null;
  minSessions: number | null;
  search: string;
};

export const NO_FILTERS: ScreeningFilters = { status: null, collegeId: null, department: null, minJlpt: null, minSessions: null, search: '' };

/** Folded for comparison: NFKC (full-width → half-width, half-width kana → full-width), lower case, hiragana → katakana, spaces collapsed. */
export function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60))
    .replace(/[\s\u3000・]+/g, ' ')
    .trim();
}

const jlptRank = (level: JlptLevel) => JLPT_LEVELS.indexOf(level); // N1 = 0 … none = 5

function passes(item: ScreenedApplication, f: ScreeningFilters, withStatus: boolean): boolean {
  if (withStatus && f.status && item.status !== f.status) return false;
  if (f.collegeId && item.collegeId !== f.collegeId) return false;
  if (f.department && item.department !== f.department) return false;
  if (f.minJlpt && jlptRank(item.jlptLevel) > jlptRank(f.minJlpt)) return false;
  if (f.minSessions !== null && f.minSessions > 0 && !(item.attendedSessions !== null && item.attendedSessions >= f.minSessions)) return false;
  const query = fold(f.search);
  if (query && ![item.nameLatin, item.nameCyrillic, item.nameKatakana].some((name) => fold(name).includes(query))) return false;
  return true;
}

export function applyFilters<T extends ScreenedApplication>(items: readonly T[], f: ScreeningFilters): T[] {
  return items.filter((item) => passes(item, f, true));
}

/** How many of the items each status has under every filter but the status one. */
export function countsByStatus(items: readonly ScreenedApplication[], f: ScreeningFilters): Record<PipelineStatus, number> {
  const counts = Object.fromEntries(PIPELINE_STATUSES.map((s) => [s, 0])) as Record<PipelineStatus, number>;
  for (const item of items) if (passes(item, f, false)) counts[item.status] += 1;
  return counts;
}

/** The departments present, sorted, for the department filter. */
export function departmentsOf(items: readonly ScreenedApplication[]): string[] {
  return [...new Set(items.map((i) => i.department))].sort((a, b) => a.localeCompare(b));
}
