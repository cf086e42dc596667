// Sending e-mail: through SMTP (nodemailer) when SMTP_URL is set, otherwise into the outbox
// table that operator administrators read in the app. Callers build messages with
// renderMail() and never see which of the two is in use.
import nodemailer from 'nodemailer';
import type { Language } from '../../domain/shared/localized-text.ts';
import type { Db } from '../db/database.ts';
import { insertOutboxMessage } from '../repositories/outbox.repository.ts';

export type OutgoingMail = { to: string; kind: string; language: Language; subject: string; text: string };

export type Mailer = { kind: 'smtp' | 'outbox'; send(mail: OutgoingMail): Promise<void>; close(): void };

export function createSmtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    kind: 'smtp',
    async send(mail) {
      await transport.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        headers: { 'Content-Language': mail.language, 'X-Kakehashi-Kind': mail.kind },
      });
    },
    close: () => transport.close(),
  };
}

export function createOutboxMailer(db: Db): Mailer {
  return {
    kind: 'outbox',
    async send(mail) {
      await insertOutboxMessage(db, { toAddress: mail.to, kind: mail.kind, language: mail.language, subject: mail.subject, bodyText: mail.text });
    },
    close: () => undefined,
  };
}

export function createMailer(config: { smtpUrl: string | null; mailFrom: string }, db: Db): Mailer {
  return config.smtpUrl ? createSmtpMailer(config.smtpUrl, config.mailFrom) : createOutboxMailer(db);
}
