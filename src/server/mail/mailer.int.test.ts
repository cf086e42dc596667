import { describe, expect, it } from 'vitest';
import { useSmtpServer } from '../../../test/support/smtp.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { listOutboxMessages } from '../repositories/outbox.repository.ts';
import { createMailer } from './mailer.ts';
import { renderMail } from './render-mail.ts';

const t = useTestApp();

const smtp = useSmtpServer();
const received = smtp.received;

const invitation = { inviter: '荻谷', organization: 'Шинэ Монгол Технологийн Коллеж', link: 'https://kakehashi.example/invite/abc', expires: '2026-12-01' };

describe('mail', () => {
  it('is sent over SMTP in the recipient’s language when SMTP_URL is set', async () => {
    const mailer = createMailer({ smtpUrl: smtp.url(), mailFrom: 'Kakehashi <no-reply@kakehashi.invalid>' }, t.database.db);
    expect(mailer.kind).toBe('smtp');
    await mailer.send(renderMail('invitation', 'mn', 'bat@example.mn', invitation));
    mailer.close();
    expect(received).toHaveLength(1);
    const mail = received[0]!;
    expect(mail.subject).toBe('[Kakehashi] Шинэ Монгол Технологийн Коллеж-д урилга');
    expect(mail.text).toContain('https://kakehashi.example/invite/abc');
    expect(mail.text).toContain('2026-12-01 хүртэл хүчинтэй');
    expect(mail.headers.get('content-language')).toBe('mn');
    expect((mail.to as { text: string }).text).toBe('bat@example.mn');
  });

  it('goes to the outbox when no SMTP server is configured', async () => {
    const mailer = createMailer({ smtpUrl: null, mailFrom: 'x <x@x.invalid>' }, t.database.db);
    expect(mailer.kind).toBe('outbox');
    await mailer.send(renderMail('passwordReset', 'ja', 'hr@example.jp', { link: 'https://kakehashi.example/reset/xyz', expires: '2026年11月24日 18:00' }));
    const [message] = await listOutboxMessages(t.database.db);
    expect(message).toMatchObject({ toAddress: 'hr@example.jp', kind: 'passwordReset', language: 'ja', subject: '【架け橋】パスワード再設定のご案内' });
    expect(message!.bodyText).toContain('https://kakehashi.example/reset/xyz');
  });

  it('has every template in ja, mn and en', () => {
    for (const language of ['ja', 'mn', 'en'] as const) {
      const mail = renderMail('invitation', language, 'a@b.c', invitation);
      expect(mail.subject).not.toMatch(/invitation\.subject/);
      expect(mail.text).toContain(invitation.link);
    }
  });
});
