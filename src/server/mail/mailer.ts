// Sending e-mail: through SMTP (nodemailer) when SMTP_URL is set, otherwise into the outbox
// table that operator administrators read in the app. Callers build messages with
// renderMail() and never see which of the two is in use.
import nodemailer from 'nodemailer';
import { AppError } from '../../domain/errors/app-error.ts';
import type { Language } from '../../domain/shared/localized-text.ts';
import type { Db } from '../db/database.ts';
import type { Executor } from '../repositories/executor.ts';
import { insertOutboxMessage } from '../repositories/outbox.repository.ts';

/** `organizationId`: the organization the message is about, which decides who may read it in the outbox. */
export type OutgoingMail = { to: string; kind: string; language: Language; subject: string; text: string; organizationId?: string | null };

/**
 * `within`: the caller's open transaction. The outbox writes in it, so a message exists exactly
 * when what it announces does; an SMTP failure throws and so rolls the caller's writes back.
 */
export type Mailer = { kind: 'smtp' | 'outbox'; send(mail: OutgoingMail, within?: Executor): Promise<void>; close(): void };

export function createSmtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    kind: 'smtp',
    async send(mail) {
      try {
        await transport.sendMail({
          from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          headers: { 'Content-Language': mail.language, 'X-Kakehashi-Kind': mail.kind },
        });
      } catch {
        throw new AppError('mail.unavailable');
      }
    },
    close: () => transport.close(),
  };
}

export function createOutboxMailer(db: Db): Mailer {
  return {
    kind: 'outbox',
    async send(mail, within = db) {
      await insertOutboxMessage(within, {
        toAddress: mail.to,
        kind: mail.kind,
        language: mail.language,
        subject: mail.subject,
        bodyText: mail.text,
        organizationId: mail.organizationId ?? null,
      });
    },
    close: () => undefined,
  };
}

export function createMailer(config: { smtpUrl: string | null; mailFrom: string }, db: Db): Mailer {
  return config.smtpUrl ? createSmtpMailer(config.smtpUrl, config.mailFrom) : createOutboxMailer(db);
}
