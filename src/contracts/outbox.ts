// The messages kept in the app when no SMTP server is configured.
import { z } from 'zod';
import { languageSchema, pageOf, pageQuery } from './common.ts';

export const outboxQuery = z.object({ ...pageQuery });
export type OutboxQuery = z.infer<typeof outboxQuery>;

export const outboxMessage = z
  .object({
    id: z.uuid(),
    to: z.string(),
    kind: z.string(),
    language: languageSchema,
    subject: z.string(),
    body: z.string(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'OutboxMessage' });

export const outboxPage = pageOf(outboxMessage).extend({ mailer: z.enum(['smtp', 'outbox']) });
export type OutboxPage = z.infer<typeof outboxPage>;
