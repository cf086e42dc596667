import { describe, expect, it } from 'vitest';
import { parseClassList, rowMessagesOf } from './parse-class-list.ts';

describe('parseClassList', () => {
  it('reads one student a line, with or without a language, skipping blank lines', () => {
    const rows = parseClassList('Bat Bold, bat@example.mn\n\n  Saraa Tuya , saraa@example.mn, en \n', 'mn');
    expect(rows).toEqual([
      { name: 'Bat Bold', email: 'bat@example.mn', language: 'mn', problem: null },
      { name: 'Saraa Tuya', email: 'saraa@example.mn', language: 'en', problem: null },
    ]);
  });

  it('takes tabs (a spreadsheet paste), Japanese commas and semicolons, and language names', () => {
    const rows = parseClassList('山田 花子\thanako@example.jp\t日本語\nДорж；dorj@example.mn；Монгол\nA、a@example.com、English', 'en');
    expect(rows.map((r) => [r.name, r.email, r.language, r.problem])).toEqual([
      ['山田 花子', 'hanako@example.jp', 'ja', null],
      ['Дорж', 'dorj@example.mn', 'mn', null],
      ['A', 'a@example.com', 'en', null],
    ]);
  });

  it('reads an address-first line the other way round', () => {
    expect(parseClassList('bat@example.mn, Bat Bold', 'mn')[0]).toMatchObject({ name: 'Bat Bold', email: 'bat@example.mn', problem: null });
  });

  it('flags what makes a line unreadable, and leaves the address itself to the server', () => {
    const rows = parseClassList('Bat Bold\n, x@example.mn\nA, a@example.mn, fr\nA, b, c, d\nNo At, not-an-address', 'mn');
    expect(rows.map((r) => r.problem)).toEqual(['missingEmail', 'missingName', 'unknownLanguage', 'tooManyCells', null]);
  });
});

describe('rowMessagesOf', () => {
  it('groups the server’s row issues by row and ignores the others', () => {
    const byRow = rowMessagesOf([
      { field: 'rows.1.email', message: 'E-mail: bad' },
      { field: 'organizationId', message: 'Organization: bad' },
      { field: 'rows.1.name', message: 'Name: bad' },
      { field: 'rows.12.email', message: 'E-mail: twice' },
    ]);
    expect([...byRow.entries()]).toEqual([
      [1, ['E-mail: bad', 'Name: bad']],
      [12, ['E-mail: twice']],
    ]);
  });
});
