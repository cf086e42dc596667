import { describe, expect, it } from 'vitest';
import { clock, differsFromJapan, slotDay, slotsByDay, zoneLabel } from './slot-time.ts';

const slot = '2025-06-22T01:00:00.000Z';

describe('slot times', () => {
  it('reads a slot at the venue and in Japan', () => {
    expect(clock(slot, 'Asia/Ulaanbaatar')).toBe('09:00');
    expect(clock(slot, 'Asia/Tokyo')).toBe('10:00');
    expect(differsFromJapan('Asia/Ulaanbaatar', slot)).toBe(true);
    expect(differsFromJapan('Asia/Tokyo', slot)).toBe(false);
    expect(zoneLabel('Asia/Ulaanbaatar')).toBe('GMT+8');
  });

  it('writes the day as each language does', () => {
    expect(slotDay(slot, 'Asia/Ulaanbaatar', 'ja')).toBe('2025年6月22日(日)');
    expect(slotDay(slot, 'Asia/Ulaanbaatar', 'mn')).toBe('2025.06.22');
    expect(slotDay(slot, 'Asia/Ulaanbaatar', 'en')).toBe('Sun, 22 Jun 2025');
  });

  it('groups slots by their day at the venue', () => {
    const slots = ['2025-06-22T01:00:00Z', '2025-06-22T15:59:00Z', '2025-06-22T16:00:00Z'].map((startsAt) => ({ startsAt }));
    expect(slotsByDay(slots, 'Asia/Ulaanbaatar').map((d) => [d.day, d.slots.length])).toEqual([
      ['2025-06-22', 2],
      ['2025-06-23', 1],
    ]);
  });
});
