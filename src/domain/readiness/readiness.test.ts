import { describe, expect, it } from 'vitest';
import { readinessProgress } from './readiness.ts';

describe('company readiness', () => {
  it('counts the items and modules done, and the share of all of them', () => {
    expect(readinessProgress({ items: {}, modules: {} })).toEqual({ itemsDone: 0, itemsTotal: 8, modulesDone: 0, modulesTotal: 5, share: 0 });
    const some = readinessProgress({ items: { mentorNamed: { doneOn: '2025-07-01', note: '佐藤' }, housingArranged: { doneOn: '2025-07-17', note: '' } }, modules: { plainJapanese: { completedOn: '2025-06-20' } } });
    expect(some).toMatchObject({ itemsDone: 2, modulesDone: 1 });
    expect(some.share).toBeCloseTo(3 / 13);
  });
});
