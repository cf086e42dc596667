// Housing (issue 7): the vocabulary of the housing partner's units, the stays in them, the
// loan-for-use contracts and the arrival checklist. Pure data and small rules; the database
// holds the guarantees that must survive concurrency (db/schema/housing.ts).

/** What a unit offers; shown as icons and words in each language. */
export const UNIT_FACILITIES = ['furniture', 'bedding', 'wifi', 'kitchen', 'washing_machine', 'air_conditioner', 'bicycle_parking', 'parking'] as const;
export type UnitFacility = (typeof UNIT_FACILITIES)[number];

/** Most people a unit may be lent for: a bed is a row, so the bound keeps the table small. */
export const MAX_UNIT_CAPACITY = 20;

/** Why someone stays: the internship season, or after hiring, as the company's new employee. */
export const STAY_KINDS = ['internship', 'employment'] as const;
export type StayKind = (typeof STAY_KINDS)[number];

export const GENDERS = ['female', 'male'] as const;

/** A season's loan-for-use contract: drafted by the operator, sent to the partner, signed (the scan uploaded). */
export const CONTRACT_STATUSES = ['draft', 'sent', 'signed'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

/** A hiring company's request for the partner's flats for its new employee. */
export const HOUSING_REQUEST_STATUSES = ['requested', 'accepted', 'declined', 'withdrawn'] as const;
export type HousingRequestStatus = (typeof HOUSING_REQUEST_STATUSES)[number];

/** Who owns an arrival task: the roles of the Nagaoka project's table, by kind of party. */
export const TASK_OWNERS = ['operator', 'company', 'college', 'student', 'housing_partner'] as const;
export type TaskOwner = (typeof TASK_OWNERS)[number];

/** The error codes of housing (domain/errors/app-error.ts lists them with the others). */
export const HOUSING_REFUSALS = [
  'housing.occupantElsewhere',
  'housing.unitFull',
  'housing.outsideLending',
  'housing.sameGenderRule',
  'housing.noSeason',
  'housing.bedsInUse',
  'housing.contractNotDraft',
  'housing.contractNotSent',
  'housing.requestAnswered',
  'housing.notHired',
  'housing.noScan',
] as const;
export type HousingRefusal = (typeof HOUSING_REFUSALS)[number];
