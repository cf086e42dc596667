import { describe, expect, it } from 'vitest';
import type { ApplicationListItem } from '../../contracts/applications.ts';
import { applyFilters, countsByStatus, departmentsOf, fold, NO_FILTERS } from './screening-filters.ts';

const item = (overrides: Partial<ApplicationListItem>): ApplicationListItem => ({
  id: overrides.nameLatin ?? 'x',
  programId: 'p',
  userId: 'u',
  collegeId: 'mnums',
  nameLatin: 'Batbayar',
  nameCyrillic: 'Батбаяр',
  nameKatakana: 'バトバヤル',
  department: 'Mechanical engineering',
  graduationYear: 2026,
  jlptLevel: 'N3',
  jlptDate: null,
  skills: [],
  companiesOfInterest: [],
  status: 'applied',
  version: 1,
  createdAt: '2026-05-01T00:00:00Z',
  updatedAt: '2026-05-01T00:00:00Z',
  filesPresent: [],
  attendedSessions: null,
  ...overrides,
});

const items = [
  item({ nameLatin: 'Batbayar' }),
  item({ nameLatin: 'Oyuunaa', nameCyrillic: 'Оюунаа', nameKatakana: 'オユーナー', jlptLevel: 'N2', status: 'screened', collegeId: 'must', department: 'Informatics', attendedSessions: 12 }),
  item({ nameLatin: 'Temuulen', nameCyrillic: 'Тэмүүлэн', nameKatakana: 'テムーレン', jlptLevel: 'N5', attendedSessions: 4 }),
  item({ nameLatin: 'Saraa', nameCyrillic: 'Сараа', nameKatakana: 'サラー', jlptLevel: 'none', status: 'screened' }),
];
const names = (list: ApplicationListItem[]) => list.map((i) => i.nameLatin);

describe('the screening filters', () => {
  it('keeps N3 and better for "N3 or better", never a student without a level', () => {
    expect(names(applyFilters(items, { ...NO_FILTERS, minJlpt: 'N3' }))).toEqual(['Batbayar', 'Oyuunaa']);
    expect(names(applyFilters(items, { ...NO_FILTERS, minJlpt: 'N5' }))).toEqual(['Batbayar', 'Oyuunaa', 'Temuulen']);
  });

  it('finds a name in any of the three scripts, ignoring case, width and hiragana/katakana', () => {
    expect(names(applyFilters(items, { ...NO_FILTERS, search: 'оюу' }))).toEqual(['Oyuunaa']);
    expect(names(applyFilters(items, { ...NO_FILTERS, search: 'ＢＡＴ' }))).toEqual(['Batbayar']);
    expect(names(applyFilters(items, { ...NO_FILTERS, search: 'てむー' }))).toEqual(['Temuulen']);
    expect(names(applyFilters(items, { ...NO_FILTERS, search: 'ﾃﾑｰ' }))).toEqual(['Temuulen']);
  });

  it('filters by college, department and attendance; no attendance data never passes a minimum', () => {
    expect(names(applyFilters(items, { ...NO_FILTERS, collegeId: 'must' }))).toEqual(['Oyuunaa']);
    expect(names(applyFilters(items, { ...NO_FILTERS, department: 'Mechanical engineering' }))).toEqual(['Batbayar', 'Temuulen', 'Saraa']);
    expect(names(applyFilters(items, { ...NO_FILTERS, minSessions: 5 }))).toEqual(['Oyuunaa']);
    expect(names(applyFilters(items, { ...NO_FILTERS, minSessions: 0 }))).toHaveLength(4);
  });

  it('counts per status under the other filters, not the status one', () => {
    const counts = countsByStatus(items, { ...NO_FILTERS, status: 'screened', minJlpt: 'N5' });
    expect(counts).toMatchObject({ applied: 2, screened: 1, hired: 0 });
    expect(applyFilters(items, { ...NO_FILTERS, status: 'screened', minJlpt: 'N5' })).toHaveLength(counts.screened);
  });

  it('lists each department once, sorted', () => {
    expect(departmentsOf(items)).toEqual(['Informatics', 'Mechanical engineering']);
    expect(fold('  Ａ　b ')).toBe('a b');
  });
});
