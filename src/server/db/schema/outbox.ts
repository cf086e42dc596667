import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations } from './organizations.ts';

/**
 * Messages kept instead of sent when no SMTP server is configured (the demo, development):
 * operator administrators read them in the app. They hold e-mail addresses, so they are
 * personal data under the same access rules as the rest: an admin reads the messages about
 * organizations in their operator's scope (organization_id), and those without one (password
 * resets) only when the recipient is a member of such an organization.
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
    /** The organization the message is about (an invitation's); null for personal mail. */
    organizationId: uuid('organization_id').references(() => organizations.id),
  },
  (t) => [index('outbox_messages_created_idx').on(t.createdAt), index('outbox_messages_organization_idx').on(t.organizationId)],
);
