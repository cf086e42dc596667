import { describe, expect, it } from 'vitest';
import { studentName } from './student-name.ts';

const names = { nameLatin: 'BATBAYAR TSETSEG', nameCyrillic: 'Батбаяр Цэцэг', nameKatakana: 'バトバヤル ツェツェグ' };

describe('studentName', () => {
  it('gives each reader the script they read, with the passport name beside it', () => {
    expect(studentName(names, 'ja')).toEqual({ primary: 'バトバヤル ツェツェグ', secondary: 'BATBAYAR TSETSEG' });
    expect(studentName(names, 'mn')).toEqual({ primary: 'Батбаяр Цэцэг', secondary: 'BATBAYAR TSETSEG' });
    expect(studentName(names, 'en')).toEqual({ primary: 'BATBAYAR TSETSEG', secondary: null });
  });

  it('falls back to the passport name when a reading is missing', () => {
    expect(studentName({ ...names, nameKatakana: '' }, 'ja').primary).toBe('BATBAYAR TSETSEG');
  });
});
