// Identity documents of a person (a student above all): passport and residence-card numbers
// and the birth date, each encrypted with AES-256-GCM bound to its column name
// (crypto/field-cipher.ts). The database never holds them in the clear.
import { date, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth.ts';

export const identityDocuments = pgTable('identity_documents', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  passportNumberEncrypted: text('passport_number_encrypted'),
  passportExpiresOn: date('passport_expires_on'),
  residenceCardNumberEncrypted: text('residence_card_number_encrypted'),
  residenceCardExpiresOn: date('residence_card_expires_on'),
  birthDateEncrypted: text('birth_date_encrypted'),
  /** ISO 3166-1 alpha-2. */
  nationality: text('nationality'),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
