import { describe, expect, it } from 'vitest';
import { dayLabel, formatPercent, formatScore, fromJapanInput, japanInputValue } from './internship-format.ts';

const names = (day: number) => ['日', '月', '火', '水', '木', '金', '土'][day]!;

describe('the internship pages’ formats', () => {
  it('write a day with its weekday as each language does', () => {
    expect(dayLabel('2025-08-19', 'ja', names)).toBe('2025年8月19日（火）');
    expect(dayLabel('2025-08-19', 'mn', () => 'Мягмар')).toBe('2025.08.19, Мягмар');
  });
  it('write rates and mean scores', () => {
    expect(formatPercent(2 / 3, 'ja')).toBe('67%');
    expect(formatScore(4, 'en')).toBe('4.0');
  });
  it('enter moments in Japan time, whatever the browser’s clock', () => {
    expect(japanInputValue(new Date('2025-08-21T05:30:00Z'))).toBe('2025-08-21T14:30');
    expect(fromJapanInput('2025-08-21T14:30')).toBe('2025-08-21T14:30:00+09:00');
    expect(fromJapanInput('')).toBeNull();
  });
});
