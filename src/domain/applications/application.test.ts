import { describe, expect, it } from 'vitest';
import { CURRENT_NOTICE_VERSION, type ConsentRecord } from '../consent/consent.ts';
import { companiesNotAllowed } from './application.ts';

const consent = (recipientIds: string[], withdrawnAt: Date | null = null): ConsentRecord => ({ noticeVersion: CURRENT_NOTICE_VERSION, recipientIds, givenAt: new Date('2026-11-01T00:00:00Z'), withdrawnAt });

describe('companiesNotAllowed', () => {
  it('accepts host companies named in the active consent', () => {
    expect(companiesNotAllowed(['a', 'b'], ['a', 'b'], [consent(['op', 'a', 'b'])])).toEqual([]);
  });
  it('names a company that is not a host company of the program', () => {
    expect(companiesNotAllowed(['a', 'x'], ['a'], [consent(['op', 'a', 'x'])])).toEqual([{ index: 1, id: 'x', reason: 'notHostCompany' }]);
  });
  it('names a host company the consent does not cover, or covers no longer', () => {
    expect(companiesNotAllowed(['a', 'b'], ['a', 'b'], [consent(['op', 'a'])])).toEqual([{ index: 1, id: 'b', reason: 'notInConsent' }]);
    expect(companiesNotAllowed(['a'], ['a'], [consent(['op', 'a'], new Date())])).toEqual([{ index: 0, id: 'a', reason: 'notInConsent' }]);
  });
});
