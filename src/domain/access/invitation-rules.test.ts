import { describe, expect, it } from 'vitest';
import { INVITATION_LIFETIME_DAYS, invitationExpiry, invitationStatus, repeatedEmails, roleFitsOrganization } from './invitation-rules.ts';

describe('invitation links', () => {
  const created = new Date('2025-06-01T00:00:00Z');
  const expiresAt = invitationExpiry(created);

  it('live for the lifetime and not a moment longer', () => {
    expect(expiresAt.toISOString()).toBe('2025-06-08T00:00:00.000Z');
    expect(INVITATION_LIFETIME_DAYS).toBe(7);
    expect(invitationStatus({ expiresAt, acceptedAt: null, revokedAt: null }, new Date('2025-06-07T23:59:59Z'))).toBe('pending');
    expect(invitationStatus({ expiresAt, acceptedAt: null, revokedAt: null }, expiresAt)).toBe('expired');
  });

  it('are spent once accepted or revoked, whatever the date', () => {
    expect(invitationStatus({ expiresAt, acceptedAt: created, revokedAt: null }, created)).toBe('accepted');
    expect(invitationStatus({ expiresAt, acceptedAt: null, revokedAt: created }, created)).toBe('revoked');
  });
});

describe('roles and organizations', () => {
  it('match partner roles to the kind of organization', () => {
    expect(roleFitsOrganization('host_company', 'company')).toBe(true);
    expect(roleFitsOrganization('student', 'college')).toBe(true);
    expect(roleFitsOrganization('student', 'company')).toBe(false);
    expect(roleFitsOrganization('funder', 'funding_agency')).toBe(true);
    expect(roleFitsOrganization('host_company', 'support_center')).toBe(false);
  });

  it('leave operator roles to the policy', () => {
    expect(roleFitsOrganization('operator_admin', 'support_center')).toBe(true);
  });
});

describe('a batch of invitations', () => {
  it('names the later rows that repeat an address, ignoring case', () => {
    expect(repeatedEmails(['a@x.mn', 'b@x.mn', 'A@x.mn ', 'b@x.mn'])).toEqual([2, 3]);
    expect(repeatedEmails([])).toEqual([]);
  });
});
