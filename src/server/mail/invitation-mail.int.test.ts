// An invitation end to end over real SMTP: the mail reaches a server on loopback, the link in
// it is accepted and the new person signs in. When the SMTP server cannot be reached, nothing
// is stored: the inviter sees 503 and can simply try again.
import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useSmtpServer } from '../../../test/support/smtp.ts';
import { newAddress, operatorWithPartners } from '../../../test/support/invitations.ts';
import { signIn } from '../../../test/support/people.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { invitations } from '../db/schema/index.ts';
import { createSmtpMailer, type Mailer } from './mailer.ts';

const smtp = useSmtpServer();
const received = smtp.received;

// The app is built before the SMTP server has a port: the mailer looks the address up per
// message (and a test can point it at a dead one).
let deadServer: string | null = null;
const mailer: Mailer = { kind: 'smtp', send: (mail, within) => createSmtpMailer(deadServer ?? smtp.url(), 'Kakehashi <no-reply@kakehashi.invalid>').send(mail, within), close: () => undefined };
const t = useTestApp({ mailer });

describe('an invitation over SMTP', () => {
  it('arrives in the invitee’s language with a link that creates the account', async () => {
    const { company, as } = await operatorWithPartners(t);
    const email = newAddress('smtp');
    const sent = await as({ method: 'POST', url: '/api/invitations', payload: { name: 'Bold', email, organizationId: company, role: 'host_company', language: 'en' } });
    expect(sent.statusCode, sent.body).toBe(201);

    const mail = received.find((m) => (m.to as { text: string }).text === email)!;
    expect(mail.subject).toMatch(/^\[Kakehashi\] Invitation to /);
    expect(mail.headers.get('content-language')).toBe('en');
    const token = /token=([A-Za-z0-9_-]+)/.exec(mail.text ?? '')![1]!;
    const accepted = await t.app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token, name: 'Bold Bat', password: 'a-long-password-1' } });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect((await signIn(t.app, email, 'a-long-password-1')).response.statusCode).toBe(200);
    expect((await as({ method: 'GET', url: '/api/outbox' })).json()).toMatchObject({ mailer: 'smtp', total: 0 });
  });

  it('stores nothing when the mail cannot be sent', async () => {
    const { company, as } = await operatorWithPartners(t);
    deadServer = 'smtp://127.0.0.1:1';
    try {
      const sent = await as({ method: 'POST', url: '/api/invitations', payload: { name: 'Nobody', email: newAddress(), organizationId: company, role: 'host_company', language: 'ja' } });
      expect(sent.statusCode).toBe(503);
      expect(sent.json().error.code).toBe('mail.unavailable');
    } finally {
      deadServer = null;
    }
    const [stored] = await t.database.db.select({ n: count() }).from(invitations).where(eq(invitations.organizationId, company));
    expect(stored!.n).toBe(0);
  });
});
