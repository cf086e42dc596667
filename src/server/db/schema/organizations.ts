import { sql } from 'drizzle-orm';
import { boolean, char, check, doublePrecision, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { ORGANIZATION_KINDS, type Letterhead } from '../../../domain/organizations/organization.ts';
import type { LocalizedText } from '../../../domain/shared/localized-text.ts';
import { auditColumns, idColumn } from './columns.ts';

export const organizationKind = pgEnum('organization_kind', ORGANIZATION_KINDS);

export const organizations = pgTable(
  'organizations',
  {
    id: idColumn(),
    /** A small integer key of its own, for reads of millions of references (the matching's lists, migration 0021). */
    seq: integer('seq').generatedByDefaultAsIdentity().notNull().unique(),
    kind: organizationKind('kind').notNull(),
    name: jsonb('name').$type<LocalizedText>().notNull(),
    country: char('country', { length: 2 }).notNull(),
    city: text('city'),
    website: text('website'),
    /** What its letters carry (the visa pack's invitation and guarantee): domain Letterhead. */
    address: jsonb('address').$type<LocalizedText>(),
    phone: text('phone'),
    representative: jsonb('representative').$type<NonNullable<Letterhead['representative']>>(),
    /** Where the organization is (a host company's workplace): housing prefers flats near it. */
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    /** The operator whose member registered it: its staff see it before it joins a program. */
    registeredBy: uuid('registered_by').references((): AnyPgColumn => organizations.id),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    /** An operator that lets other operators compare with its programs' anonymised aggregates (opt-in). */
    publishesAggregates: boolean('publishes_aggregates').notNull().default(false),
    ...auditColumns(),
  },
  (t) => [
    index('organizations_kind_idx').on(t.kind),
    check('organizations_country_check', sql`${t.country} ~ '^[A-Z]{2}$'`),
    check('organizations_location_check', sql`(${t.latitude} is null) = (${t.longitude} is null) and coalesce(${t.latitude} between -90 and 90 and ${t.longitude} between -180 and 180, true)`),
  ],
);
