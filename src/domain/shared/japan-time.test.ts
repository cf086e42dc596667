import { describe, expect, it } from 'vitest';
import { japanDate, japanWallClock } from './japan-time.ts';

describe('Japan time', () => {
  it('is nine hours ahead of UTC, across midnight', () => {
    expect(japanDate(new Date('2025-08-19T14:59:59Z'))).toBe('2025-08-19');
    expect(japanDate(new Date('2025-08-19T15:00:00Z'))).toBe('2025-08-20');
    expect(japanWallClock(new Date('2025-08-19T01:00:00Z'))).toBe('2025-08-19T10:00:00.000');
  });
});
