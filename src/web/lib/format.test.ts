import { describe, expect, it } from 'vitest';
import { formatDateRange, formatDateTime, formatFiscalYear, formatMonth, todayInJapan } from './format.ts';

describe('locale formatting', () => {
  it('writes fiscal years with the Reiwa era in Japanese, beside the Western year', () => {
    expect(formatFiscalYear(2025, 'ja')).toBe('2025年度（令和7年度）');
    expect(formatFiscalYear(2019, 'ja')).toBe('2019年度（令和元年度）');
    expect(formatFiscalYear(2025, 'mn')).toBe('2025 санхүүгийн жил');
    expect(formatFiscalYear(2025, 'en')).toBe('FY2025');
  });

  it('writes Mongolian dates as Mongolians do, not as ICU’s "M08"', () => {
    expect(formatDateRange('2025-08-19', '2025-08-30', 'mn')).toBe('2025.08.19–08.30');
    expect(formatDateRange('2025-12-20', '2026-01-10', 'mn')).toBe('2025.12.20–2026.01.10');
    expect(formatMonth(2025, 8, 'mn')).toBe('8-р сар');
  });

  it('collapses ranges in Japanese and English', () => {
    expect(formatDateRange('2025-08-19', '2025-08-30', 'ja')).toBe('2025年8月19日～30日');
    expect(formatDateRange('2025-04-01', '2025-05-31', 'ja')).toBe('2025年4月1日～5月31日');
    expect(formatDateRange('2025-09-01', '2026-03-31', 'ja')).toBe('2025年9月1日～2026年3月31日');
    expect(formatDateRange('2025-05-12', '2025-05-12', 'ja')).toBe('2025年5月12日');
    expect(formatDateRange('2025-05-12', '2025-05-12', 'en')).toBe('12 May 2025');
    expect(formatDateRange('2025-08-19', '2025-08-30', 'en')).toMatch(/^19\s?–\s?30 Aug 2025$/u);
  });

  it('takes today in Japan, where the programs’ dates are kept', () => {
    expect(todayInJapan(new Date('2025-08-18T15:30:00Z'))).toBe('2025-08-19');
  });

  it('writes moments in the reader’s language and time zone', () => {
    const at = '2026-11-25T07:05:00Z';
    expect(formatDateTime(at, 'ja', 'Asia/Tokyo')).toBe('2026年11月25日 16:05');
    expect(formatDateTime(at, 'mn', 'Asia/Ulaanbaatar')).toBe('2026.11.25 15:05');
    expect(formatDateTime(at, 'en', 'Asia/Tokyo')).toBe('25 Nov 2026, 16:05');
  });
});
