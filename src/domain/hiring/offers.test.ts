import { describe, expect, it } from 'vitest';
import { answerRefusal, offerState, withdrawRefusal } from './offers.ts';

describe('job offers', () => {
  const issued = { status: 'issued' as const, expiresOn: '2025-10-31' };
  it('can be answered until the last day of their expiry, not after', () => {
    expect(answerRefusal(issued, '2025-10-31')).toBeNull();
    expect(answerRefusal(issued, '2025-11-01')).toBe('hiring.offerExpired');
    expect(offerState(issued, '2025-11-01')).toBe('expired');
    expect(offerState(issued, '2025-10-31')).toBe('issued');
  });
  it('are answered once; an answered or withdrawn offer is closed', () => {
    expect(answerRefusal({ ...issued, status: 'accepted' }, '2025-10-01')).toBe('hiring.offerNotOpen');
    expect(answerRefusal({ ...issued, status: 'withdrawn' }, '2025-10-01')).toBe('hiring.offerNotOpen');
  });
  it('may be withdrawn until answered, keeping the record', () => {
    expect(withdrawRefusal(issued)).toBeNull();
    expect(withdrawRefusal({ ...issued, status: 'accepted' })).toBe('hiring.offerNotOpen');
    expect(withdrawRefusal({ ...issued, status: 'declined' })).toBe('hiring.offerNotOpen');
  });
});
