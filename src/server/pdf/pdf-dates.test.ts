import { describe, expect, it } from 'vitest';
import { documentDate, endTime, tableDate } from './pdf-dates.ts';

describe('dates on printed documents', () => {
  it('writes Japanese dates with the era year beside the Gregorian one', () => {
    expect(documentDate('2026-11-25', 'ja')).toBe('2026年11月25日（令和8年）');
    expect(documentDate('2019-04-30', 'ja')).toBe('2019年4月30日（平成31年）');
  });

  it('writes Mongolian and English dates their own way', () => {
    expect(documentDate('2025-08-05', 'mn')).toBe('2025.08.05');
    expect(documentDate('2025-08-05', 'en')).toBe('5 August 2025');
    expect(tableDate('2025-08-05', 'ja')).toBe('2025/08/05');
    expect(tableDate('2025-08-05', 'en')).toBe('5 Aug 2025');
  });

  it('gives the end of a 90-minute session', () => {
    expect(endTime('09:00', 90)).toBe('10:30');
    expect(endTime('23:30', 90)).toBe('01:00');
  });
});
