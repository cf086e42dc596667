import { describe, expect, it } from 'vitest';
import { VISA_PACK_DOCUMENTS, visaPackStatus, visaPackValidity } from './visa-pack.ts';

describe('an intern’s short-stay visa pack', () => {
  it('holds the invitation letter, the letter of guarantee and the schedule of stay', () => {
    expect(VISA_PACK_DOCUMENTS).toEqual(['invitationLetter', 'letterOfGuarantee', 'scheduleOfStay']);
  });

  it('is good for an application within 3 months after its issue', () => {
    expect(visaPackValidity('2025-05-20')).toBe('2025-08-20');
    expect(visaPackValidity('2025-11-30')).toBe('2026-02-28');
  });

  it('is judged on the planned application day, or today when none is planned or it has passed', () => {
    // Hitachi 2025: internship from 19 August; pack signed on 20 May.
    expect(visaPackStatus('2025-05-20', '2025-07-15', '2025-06-01')).toBe('valid');
    expect(visaPackStatus('2025-05-20', '2025-08-10', '2025-06-01')).toBe('expiresSoon');
    expect(visaPackStatus('2025-05-20', '2025-08-21', '2025-06-01')).toBe('expired');
    expect(visaPackStatus('2025-05-20', null, '2025-06-01')).toBe('valid');
    expect(visaPackStatus('2025-05-20', null, '2025-08-06')).toBe('expiresSoon');
    expect(visaPackStatus('2025-05-20', null, '2025-08-20')).toBe('expiresSoon');
    expect(visaPackStatus('2025-05-20', '2025-06-01', '2025-08-21')).toBe('expired');
  });
});
