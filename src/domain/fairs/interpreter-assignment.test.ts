import { describe, expect, it } from 'vitest';
import { assignInterpreters } from './interpreter-assignment.ts';

describe('assignInterpreters', () => {
  it('keeps an interpreter with the same company from one slot to the next', () => {
    const assigned = assignInterpreters(
      [
        { id: 'a0', slot: 0, companyId: 'A' },
        { id: 'b0', slot: 0, companyId: 'B' },
        { id: 'b1', slot: 1, companyId: 'B' },
        { id: 'a1', slot: 1, companyId: 'A' },
      ],
      () => ['Oyunaa', 'Sato'],
    );
    expect(assigned.get('a0')).toBe(assigned.get('a1'));
    expect(assigned.get('b0')).toBe(assigned.get('b1'));
    expect(assigned.get('a0')).not.toBe(assigned.get('b0'));
  });

  it('uses only the interpreters free in each slot and never one twice in a slot', () => {
    const assigned = assignInterpreters(
      [
        { id: 'x', slot: 0, companyId: 'A' },
        { id: 'y', slot: 0, companyId: 'B' },
        { id: 'z', slot: 0, companyId: 'C' },
      ],
      () => ['Oyunaa', 'Sato'],
    );
    expect([...assigned.values()].sort()).toEqual(['Oyunaa', 'Sato']);
    expect(assigned.has('z')).toBe(false);
  });
});
