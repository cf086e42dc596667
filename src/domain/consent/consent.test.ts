import { describe, expect, it } from 'vitest';
import { activeConsent, consentCovers, CURRENT_NOTICE_VERSION, disallowedRecipients, isCurrentNotice, type ConsentRecord } from './consent.ts';

const OPERATOR = 'op-1';
const COMPANY = 'co-1';
const OTHER = 'co-2';
const given = (recipientIds: string[], withdrawnAt: Date | null = null, givenAt = new Date('2026-11-01T00:00:00Z')): ConsentRecord => ({
  noticeVersion: CURRENT_NOTICE_VERSION,
  recipientIds,
  givenAt,
  withdrawnAt,
});

describe('consentCovers', () => {
  it('is true for an active consent naming the organization', () => {
    expect(consentCovers([given([OPERATOR, COMPANY])], COMPANY)).toBe(true);
  });
  it('is false for an organization the consent does not name', () => {
    expect(consentCovers([given([OPERATOR])], COMPANY)).toBe(false);
  });
  it('is false once the consent is withdrawn', () => {
    expect(consentCovers([given([OPERATOR, COMPANY], new Date('2026-11-02T00:00:00Z'))], COMPANY)).toBe(false);
  });
  it('is false without any consent', () => {
    expect(consentCovers([], OPERATOR)).toBe(false);
  });
  it('looks at every record: a withdrawn one does not hide an active one', () => {
    expect(consentCovers([given([COMPANY], new Date()), given([OPERATOR, COMPANY])], COMPANY)).toBe(true);
    expect(consentCovers([given([OTHER], new Date()), given([OPERATOR])], OTHER)).toBe(false);
  });
});

describe('activeConsent', () => {
  it('is the latest consent not withdrawn, or null', () => {
    const older = given([OPERATOR], null, new Date('2026-11-01T00:00:00Z'));
    const newer = given([OPERATOR, COMPANY], null, new Date('2026-11-05T00:00:00Z'));
    expect(activeConsent([newer, older])).toBe(newer);
    expect(activeConsent([given([OPERATOR], new Date())])).toBeNull();
  });
});

describe('the notice version and the recipients', () => {
  it('accepts only the current notice', () => {
    expect(isCurrentNotice(CURRENT_NOTICE_VERSION)).toBe(true);
    expect(isCurrentNotice('2025-04')).toBe(false);
  });
  it('names each recipient that is not an operator or host company of the program', () => {
    expect(disallowedRecipients([OPERATOR, OTHER, COMPANY], [OPERATOR, COMPANY])).toEqual([{ index: 1, id: OTHER }]);
    expect(disallowedRecipients([OPERATOR], [OPERATOR])).toEqual([]);
  });
});
