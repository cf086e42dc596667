import { describe, expect, it } from 'vitest';
import { formatExpiry, invitationMail } from './account-mail.ts';

const at = new Date('2025-06-08T09:30:00Z');

describe('account mail', () => {
  it('states a link’s expiry in Japan time, named as such, in each language', () => {
    expect(formatExpiry('ja', at)).toBe('2025年6月8日 18:30 JST');
    expect(formatExpiry('en', at)).toMatch(/^8 June 2025.*18:30 GMT\+9$/);
    expect(formatExpiry('mn', at)).toContain('18:30');
  });

  it('writes an invitation in the invitee’s language, naming the organization in it', () => {
    const mail = invitationMail({
      to: 'bat@example.mn',
      language: 'mn',
      inviter: '荻谷',
      organizationId: 'org-1',
      organizationName: { ja: '新モンゴル高専', mn: 'Шинэ Монгол Технологийн Коллеж' },
      link: 'https://kakehashi.example/invitations/accept?token=abc',
      expiresAt: at,
    });
    expect(mail).toMatchObject({ to: 'bat@example.mn', kind: 'invitation', language: 'mn', organizationId: 'org-1' });
    expect(mail.subject).toBe('[Kakehashi] Шинэ Монгол Технологийн Коллеж-д урилга');
    expect(mail.text).toContain('https://kakehashi.example/invitations/accept?token=abc');
  });

  it('falls back to Japanese for a language it does not know', () => {
    const mail = invitationMail({ to: 'a@b.jp', language: 'fr', inviter: 'x', organizationId: 'o', organizationName: { en: 'Acme' }, link: 'l', expiresAt: at });
    expect(mail.language).toBe('ja');
    expect(mail.subject).toBe('【架け橋】Acmeへの招待');
  });
});
