import { describe, expect, it } from 'vitest';
import { addressRegistrationDueOn, affiliationNotificationDueOn, coeValidUntil, helloWorkDueOn, renewalWindowOpensOn, visaDocumentValidUntil } from './deadlines.ts';

describe('the Hello Work report of employment of a foreign national', () => {
  it('is due with the insurance form by the 10th of the month after employment began', () => {
    expect(helloWorkDueOn('2026-04-01', true)).toBe('2026-05-10');
    expect(helloWorkDueOn('2026-04-30', true)).toBe('2026-05-10');
    expect(helloWorkDueOn('2026-12-15', true)).toBe('2027-01-10');
  });

  it('is due by the last day of the following month when the hire is not insured', () => {
    expect(helloWorkDueOn('2026-04-01', false)).toBe('2026-05-31');
    expect(helloWorkDueOn('2026-01-31', false)).toBe('2026-02-28');
    expect(helloWorkDueOn('2028-01-31', false)).toBe('2028-02-29');
    expect(helloWorkDueOn('2026-10-01', false)).toBe('2026-11-30');
  });
});

describe('the other legal dates', () => {
  it('keeps a COE good for landing for 3 months after its issue', () => {
    expect(coeValidUntil('2026-01-10')).toBe('2026-04-10');
    expect(coeValidUntil('2026-01-31')).toBe('2026-04-30');
    expect(coeValidUntil('2025-11-30')).toBe('2026-02-28');
    expect(coeValidUntil('2026-04-30')).toBe('2026-07-31');
  });

  it('gives 14 days after arrival to register the address, and after a change of employer to notify it', () => {
    expect(addressRegistrationDueOn('2026-03-25')).toBe('2026-04-08');
    expect(affiliationNotificationDueOn('2027-06-30')).toBe('2027-07-14');
  });

  it('opens the renewal window 3 months before the expiry, a short month’s end for a long month’s', () => {
    expect(renewalWindowOpensOn('2027-03-31')).toBe('2026-12-31');
    expect(renewalWindowOpensOn('2027-05-31')).toBe('2027-02-28');
    expect(renewalWindowOpensOn('2028-05-31')).toBe('2028-02-29');
  });

  it('takes visa documents issued within 3 months before the application', () => {
    expect(visaDocumentValidUntil('2026-05-20')).toBe('2026-08-20');
  });
});
