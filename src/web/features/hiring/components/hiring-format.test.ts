import { describe, expect, it } from 'vitest';
import { formatYen, parseWarning, reminderDays, reminderStep, RESIDENCE_CARD_NUMBER } from './hiring-format.ts';

describe('the hiring pages’ formats', () => {
  it('writes a salary in yen as each language does', () => {
    expect(formatYen(220_000, 'ja')).toBe('220,000円');
    expect(formatYen(220_000, 'mn')).toBe('220,000 иен');
    expect(formatYen(220_000, 'en')).toContain('220,000');
  });

  it('reads warnings and reminder keys', () => {
    expect(parseWarning('lowScore:1')).toEqual({ kind: 'lowScore', month: 1 });
    expect(parseWarning('wantsToLeave')).toEqual({ kind: 'wantsToLeave', month: null });
    expect(reminderDays('cardExpiry90:2027-03-31', 'cardExpiry')).toBe(90);
    expect(reminderDays('renewalWindowOpens:2027-03-31', 'renewalWindowOpens')).toBeNull();
    expect(reminderStep('stepDue7:addressRegistration:2026-04-15')).toBe('addressRegistration');
    expect(reminderStep('cardExpiry30:2027-03-31')).toBeNull();
  });

  it('knows a residence card number', () => {
    expect(RESIDENCE_CARD_NUMBER.test('AB12345678CD')).toBe(true);
    expect(RESIDENCE_CARD_NUMBER.test('ab12345678cd')).toBe(false);
    expect(RESIDENCE_CARD_NUMBER.test('AB1234567CD')).toBe(false);
  });
});
