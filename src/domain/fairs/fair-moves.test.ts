import { describe, expect, it } from 'vitest';
import { checkMove, type MoveContext } from './fair-moves.ts';

const context: MoveContext = {
  slotCount: 4,
  roomsOf: (c) => (c === 'B' ? 2 : 1),
  studentUnavailable: (s, t) => s === 's3' && t === 3,
  companyUnavailable: (c, t) => c === 'A' && t === 2,
  interpretersAt: () => 1,
  interviews: [
    { id: 'i1', studentId: 's1', companyId: 'A', needsInterpreter: true, slot: 0, room: 0 },
    { id: 'i2', studentId: 's2', companyId: 'B', needsInterpreter: false, slot: 1, room: 0 },
    { id: 'i3', studentId: 's1', companyId: 'B', needsInterpreter: false, slot: 1, room: 1 },
    { id: 'i4', studentId: 's3', companyId: 'B', needsInterpreter: true, slot: null, room: null },
  ],
};

describe('checkMove', () => {
  it('allows a move into a free room of a slot everyone can make', () => {
    expect(checkMove(context, 'i4', 2, 0)).toBeNull();
    expect(checkMove(context, 'i2', 0, 1)).toBeNull();
  });

  it('refuses each broken rule with its code', () => {
    expect(checkMove(context, 'i4', 4, 0)).toBe('fair.slotUnknown');
    expect(checkMove(context, 'nope', 0, 0)).toBe('fair.slotUnknown');
    expect(checkMove(context, 'i1', 1, 1)).toBe('fair.roomUnknown');
    expect(checkMove(context, 'i4', 3, 0)).toBe('fair.studentUnavailable');
    expect(checkMove(context, 'i1', 2, 0)).toBe('fair.companyUnavailable');
    expect(checkMove(context, 'i1', 1, 0)).toBe('fair.studentBusy');
    expect(checkMove(context, 'i4', 1, 0)).toBe('fair.roomTaken');
    expect(checkMove(context, 'i4', 0, 0)).toBe('fair.interpreterShort');
  });
});
