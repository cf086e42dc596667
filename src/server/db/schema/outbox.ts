import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Messages kept instead of sent when no SMTP server is configured (the demo, development):
 * operator administrators read them in the app. They hold e-mail addresses, so they are
 * personal data under the same access rules as the rest.
 */
export const outboxMessages = pgTable(
  'outbox_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    toAddress: text('to_address').notNull(),
    kind: text('kind').notNull(),
    language: text('language').notNull(),
    subject: text('subject').notNull(),
    bodyText: text('body_text').notNull(),
  },
  (t) => [index('outbox_messages_created_idx').on(t.createdAt)],
);
