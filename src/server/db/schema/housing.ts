// Housing (issue 7): the housing partner's units (each with one row per bed), the stays in
// them, the framework agreement between an operator and a partner, each season's loan-for-use
// contract with its revisions, the arrival checklist per intern, and a hiring company's request
// for the partner's flats.
//
// The database itself keeps the two promises a booking makes, whatever the application code
// does under concurrency (exclusion constraints, added by hand in migration 0014 because
// drizzle-kit cannot say them):
// - nobody is in two places at once: no two stays of one person overlap;
// - no unit holds more people than it has beds on any night: a stay holds one bed, a bed
//   (unit, bed) exists only up to the unit's capacity (foreign key), and no two stays of one
//   bed overlap. Beds are an allocation detail the service chooses; people see capacity.
// Units belong to their partner (no program): the access policy says who sees them. Stays,
// contracts, arrivals and requests are visible with their program (row-level security).
import { sql } from 'drizzle-orm';
import { boolean, check, date, doublePrecision, foreignKey, index, integer, jsonb, pgEnum, pgPolicy, pgTable, primaryKey, smallint, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { CONTRACT_STATUSES, GENDERS, HOUSING_REQUEST_STATUSES, STAY_KINDS, TASK_OWNERS, type UnitFacility } from '../../../domain/housing/housing.ts';
import type { LocalizedText } from '../../../domain/shared/localized-text.ts';
import { studentApplications } from './applications.ts';
import { users } from './auth.ts';
import { auditColumns, idColumn } from './columns.ts';
import { organizations } from './organizations.ts';
import { programs } from './programs.ts';

const byProgram = (name: string, programId: unknown) => pgPolicy(name, { for: 'all', using: sql`kakehashi_program_visible(${programId})`, withCheck: sql`kakehashi_program_visible(${programId})` });
const program = () => uuid('program_id').notNull().references(() => programs.id, { onDelete: 'cascade' });

export const stayKind = pgEnum('stay_kind', STAY_KINDS);
export const gender = pgEnum('gender', GENDERS);
export const contractStatus = pgEnum('loan_contract_status', CONTRACT_STATUSES);
export const housingRequestStatus = pgEnum('housing_request_status', HOUSING_REQUEST_STATUSES);
export const taskOwner = pgEnum('arrival_task_owner', TASK_OWNERS);

/** A period the partner lends a unit for: from the first night (check-in) to the check-out day. */
export type LendingPeriod = { from: string; to: string };

export const housingUnits = pgTable(
  'housing_units',
  {
    id: idColumn(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    name: text('name').notNull(),
    address: text('address').notNull(),
    postalCode: text('postal_code'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    /** The Japanese floor-plan code (1K, 1LDK, …). */
    layout: text('layout').notNull(),
    capacity: integer('capacity').notNull(),
    facilities: jsonb('facilities').$type<UnitFacility[]>().notNull().default([]),
    sameGenderOnly: boolean('same_gender_only').notNull().default(false),
    rules: jsonb('rules').$type<LocalizedText>().notNull().default({}),
    lendingPeriods: jsonb('lending_periods').$type<LendingPeriod[]>().notNull().default([]),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    ...auditColumns(),
  },
  (t) => [
    index('housing_units_organization_idx').on(t.organizationId),
    check('housing_units_capacity_check', sql`${t.capacity} between 1 and 20`),
    check('housing_units_location_check', sql`(${t.latitude} is null) = (${t.longitude} is null) and coalesce(${t.latitude} between -90 and 90 and ${t.longitude} between -180 and 180, true)`),
  ],
);

/** Beds 1..capacity of a unit; the service adds and removes them with the capacity. */
export const housingUnitBeds = pgTable(
  'housing_unit_beds',
  {
    unitId: uuid('unit_id').notNull().references(() => housingUnits.id, { onDelete: 'cascade' }),
    bed: smallint('bed').notNull(),
  },
  (t) => [primaryKey({ name: 'housing_unit_beds_pk', columns: [t.unitId, t.bed] }), check('housing_unit_beds_bed_check', sql`${t.bed} >= 1`)],
);

export const housingUnitPhotos = pgTable(
  'housing_unit_photos',
  {
    id: idColumn(),
    unitId: uuid('unit_id').notNull().references(() => housingUnits.id, { onDelete: 'cascade' }),
    storageName: text('storage_name').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    position: integer('position').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('housing_unit_photos_storage_name_unique').on(t.storageName), index('housing_unit_photos_unit_idx').on(t.unitId)],
);

/** One person in one bed from check-in to check-out (the nights [checkIn, checkOut)). */
export const stays = pgTable(
  'stays',
  {
    id: idColumn(),
    programId: program(),
    unitId: uuid('unit_id').notNull(),
    bed: smallint('bed').notNull(),
    occupantUserId: uuid('occupant_user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id').references(() => studentApplications.id, { onDelete: 'cascade' }),
    kind: stayKind('kind').notNull().default('internship'),
    checkIn: date('check_in', { mode: 'string' }).notNull(),
    checkOut: date('check_out', { mode: 'string' }).notNull(),
    /** Placed by the operator by hand: a new proposal keeps it where it is. */
    pinned: boolean('pinned').notNull().default(false),
    ...auditColumns(),
  },
  (t) => [
    foreignKey({ name: 'stays_bed_fk', columns: [t.unitId, t.bed], foreignColumns: [housingUnitBeds.unitId, housingUnitBeds.bed] }),
    check('stays_dates_check', sql`${t.checkIn} < ${t.checkOut}`),
    index('stays_program_idx').on(t.programId),
    index('stays_unit_idx').on(t.unitId, t.checkIn),
    byProgram('stays_by_program', t.programId),
  ],
).enableRLS();

/** The framework agreement between an operator and its housing partner (Hitachi: from 17 July 2025, one year, renewed automatically). */
export const housingAgreements = pgTable(
  'housing_agreements',
  {
    id: idColumn(),
    operatorId: uuid('operator_id').notNull().references(() => organizations.id),
    partnerId: uuid('partner_id').notNull().references(() => organizations.id),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    termMonths: integer('term_months').notNull().default(12),
    autoRenew: boolean('auto_renew').notNull().default(true),
    /** How long before a renewal date the operator is reminded (and may still give notice). */
    reminderDays: integer('reminder_days').notNull().default(30),
    /** The renewal date whose reminder has been mailed, so that each renewal is reminded of once. */
    renewalRemindedFor: date('renewal_reminded_for', { mode: 'string' }),
    endedOn: date('ended_on', { mode: 'string' }),
    ...auditColumns(),
  },
  (t) => [
    index('housing_agreements_operator_idx').on(t.operatorId),
    index('housing_agreements_partner_idx').on(t.partnerId),
    check('housing_agreements_term_check', sql`${t.termMonths} between 1 and 120`),
    check('housing_agreements_reminder_check', sql`${t.reminderDays} between 0 and 365`),
  ],
);

/** A season's loan-for-use contract (使用貸借契約) under an agreement; its text is a revision. */
export const loanContracts = pgTable(
  'loan_contracts',
  {
    id: idColumn(),
    programId: program(),
    agreementId: uuid('agreement_id').notNull().references(() => housingAgreements.id),
    contractNumber: text('contract_number').notNull(),
    status: contractStatus('status').notNull().default('draft'),
    conditions: jsonb('conditions').$type<LocalizedText[]>().notNull().default([]),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    signedAt: timestamp('signed_at', { withTimezone: true }),
    signedStorageName: text('signed_storage_name'),
    signedMediaType: text('signed_media_type'),
    signedSha256: text('signed_sha256'),
    ...auditColumns(),
  },
  (t) => [
    unique('loan_contracts_number_unique').on(t.programId, t.contractNumber),
    check('loan_contracts_signed_has_scan', sql`${t.status} <> 'signed' or ${t.signedStorageName} is not null`),
    byProgram('loan_contracts_by_program', t.programId),
  ],
).enableRLS();

/** What one revision of a contract said (units and periods as they were), so any version can be printed again. */
export const loanContractRevisions = pgTable(
  'loan_contract_revisions',
  {
    id: idColumn(),
    contractId: uuid('contract_id').notNull().references(() => loanContracts.id, { onDelete: 'cascade' }),
    programId: program(),
    revision: integer('revision').notNull(),
    content: jsonb('content').$type<Record<string, unknown>>().notNull(),
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('loan_contract_revisions_unique').on(t.contractId, t.revision), byProgram('loan_contract_revisions_by_program', t.programId)],
).enableRLS();

/** One intern's arrival in a program: what housing needs to know, and the checklist below. */
export const internArrivals = pgTable(
  'intern_arrivals',
  {
    id: idColumn(),
    programId: program(),
    applicationId: uuid('application_id').notNull().references(() => studentApplications.id, { onDelete: 'cascade' }),
    /** For the units' same-gender rule only; null when not recorded. */
    gender: gender('gender'),
    flightNumber: text('flight_number'),
    arrivesAt: timestamp('arrives_at', { withTimezone: true }),
    ...auditColumns(),
  },
  (t) => [unique('intern_arrivals_application_unique').on(t.programId, t.applicationId), byProgram('intern_arrivals_by_program', t.programId)],
).enableRLS();

export const arrivalTasks = pgTable(
  'arrival_tasks',
  {
    id: idColumn(),
    programId: program(),
    arrivalId: uuid('arrival_id').notNull().references(() => internArrivals.id, { onDelete: 'cascade' }),
    /** A task of the checklist template (domain/housing/arrival-checklist.ts), or null for one added by hand. */
    kind: text('kind'),
    title: jsonb('title').$type<LocalizedText>().notNull().default({}),
    owner: taskOwner('owner').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    doneAt: timestamp('done_at', { withTimezone: true }),
    doneByUserId: uuid('done_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    note: text('note'),
    position: integer('position').notNull().default(0),
    ...auditColumns(),
  },
  (t) => [index('arrival_tasks_arrival_idx').on(t.arrivalId), unique('arrival_tasks_kind_unique').on(t.arrivalId, t.kind), byProgram('arrival_tasks_by_program', t.programId)],
).enableRLS();

/** After hiring: a company asks the partner for a flat for its new employee; the partner answers. */
export const housingRequests = pgTable(
  'housing_requests',
  {
    id: idColumn(),
    programId: program(),
    companyId: uuid('company_id').notNull().references(() => organizations.id),
    partnerId: uuid('partner_id').notNull().references(() => organizations.id),
    applicationId: uuid('application_id').notNull().references(() => studentApplications.id, { onDelete: 'cascade' }),
    moveInOn: date('move_in_on', { mode: 'string' }).notNull(),
    note: text('note'),
    status: housingRequestStatus('status').notNull().default('requested'),
    answer: text('answer'),
    unitId: uuid('unit_id').references(() => housingUnits.id),
    answeredByUserId: uuid('answered_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    ...auditColumns(),
  },
  (t) => [index('housing_requests_program_idx').on(t.programId), byProgram('housing_requests_by_program', t.programId)],
).enableRLS();
