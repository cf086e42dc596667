// Housing (issue 7): the housing partner's units, the stays in them and their occupancy, the
// proposed allocation of a season's interns, the framework agreement and each season's
// loan-for-use contract, the arrival checklist, and a hiring company's request for a flat.
import { z } from 'zod';
import { CONTRACT_STATUSES, GENDERS, HOUSING_REQUEST_STATUSES, MAX_UNIT_CAPACITY, STAY_KINDS, TASK_OWNERS, UNIT_FACILITIES } from '../domain/housing/housing.ts';
import { geoPoint } from './geo.ts';
import { isoDate, localizedText, localizedTextOut, optionalLocalizedText, version } from './common.ts';

const shortText = (max: number) => z.string().trim().min(1).max(max);
const lendingPeriod = z.object({ from: isoDate, to: isoDate }).strict().refine((p) => p.from < p.to, { message: 'period.order', path: ['to'] });

const studentName = z.object({ nameLatin: z.string(), nameCyrillic: z.string(), nameKatakana: z.string() });

// ---- Units -------------------------------------------------------------------------------

const unitFields = {
  name: shortText(120),
  address: shortText(300),
  postalCode: z.string().trim().regex(/^\d{3}-?\d{4}$/, { message: 'postalCode.invalid' }).nullable(),
  location: geoPoint.nullable(),
  layout: shortText(20),
  capacity: z.number().int().min(1).max(MAX_UNIT_CAPACITY),
  facilities: z.array(z.enum(UNIT_FACILITIES)).max(UNIT_FACILITIES.length),
  sameGenderOnly: z.boolean(),
  rules: optionalLocalizedText,
  lendingPeriods: z.array(lendingPeriod).max(50),
};

export const unitInput = z.object(unitFields).strict();
export type UnitInput = z.infer<typeof unitInput>;
export const unitPatch = z.object(unitFields).partial().extend({ version }).strict();
export type UnitPatch = z.infer<typeof unitPatch>;

export const unitView = z
  .object({
    id: z.uuid(),
    organizationId: z.uuid(),
    name: z.string(),
    address: z.string(),
    postalCode: z.string().nullable(),
    location: geoPoint.nullable(),
    layout: z.string(),
    capacity: z.number().int(),
    facilities: z.array(z.enum(UNIT_FACILITIES)),
    sameGenderOnly: z.boolean(),
    rules: localizedTextOut,
    lendingPeriods: z.array(z.object({ from: z.string(), to: z.string() })),
    photos: z.array(z.object({ id: z.uuid() })),
    archived: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: 'HousingUnit' });
export type UnitView = z.infer<typeof unitView>;
export const unitList = z.object({ items: z.array(unitView) });

// ---- Stays -------------------------------------------------------------------------------

export const stayInput = z
  .object({
    applicationId: z.uuid(),
    unitId: z.uuid(),
    checkIn: isoDate,
    checkOut: isoDate,
    kind: z.enum(STAY_KINDS).default('internship'),
  })
  .strict()
  .refine((s) => s.checkIn < s.checkOut, { message: 'stay.order', path: ['checkOut'] });
export type StayInput = z.infer<typeof stayInput>;

/** A move by hand: another unit, other dates, or both (the stay is then pinned). */
export const stayPatch = z
  .object({ version, unitId: z.uuid().optional(), checkIn: isoDate.optional(), checkOut: isoDate.optional() })
  .strict();
export type StayPatch = z.infer<typeof stayPatch>;

export const stayView = z
  .object({
    id: z.uuid(),
    unitId: z.uuid(),
    applicationId: z.uuid().nullable(),
    occupant: studentName,
    kind: z.enum(STAY_KINDS),
    checkIn: z.string(),
    checkOut: z.string(),
    pinned: z.boolean(),
    /** Only for the operators: the intern's company. */
    companyId: z.uuid().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'Stay' });
export type StayView = z.infer<typeof stayView>;

/** The units × nights picture: the partner sees its own units and the occupants' names only. */
export const occupancyView = z
  .object({
    from: z.string(),
    to: z.string(),
    units: z.array(unitView),
    stays: z.array(stayView),
  })
  .meta({ id: 'Occupancy' });
export type OccupancyView = z.infer<typeof occupancyView>;

export const occupancyQuery = z.object({ from: isoDate.optional(), to: isoDate.optional() });

// ---- The season's board and its allocation ----------------------------------------------

export const seasonView = z.object({
  /** The internship phase's first and last day. */
  internshipStart: z.string(),
  internshipEnd: z.string(),
  /** A night before and after: check-in the day before the internship, check-out the day after it ends. */
  checkIn: z.string(),
  checkOut: z.string(),
});

export const internHousingView = z.object({
  applicationId: z.uuid(),
  userId: z.uuid(),
  student: studentName,
  companyId: z.uuid().nullable(),
  gender: z.enum(GENDERS).nullable(),
  arrivalVersion: z.number().int().nullable(),
});
export type InternHousingView = z.infer<typeof internHousingView>;

export const UNPLACED_REASONS = ['noFreeBed', 'sameGenderRule'] as const;

export const housingBoard = z
  .object({
    season: seasonView.nullable(),
    partners: z.array(z.object({ id: z.uuid(), name: localizedTextOut })),
    companies: z.array(z.object({ id: z.uuid(), name: localizedTextOut, location: geoPoint.nullable() })),
    units: z.array(unitView),
    interns: z.array(internHousingView),
    stays: z.array(stayView),
    /** After a proposal: the interns it could not place, and why. */
    unplaced: z.array(z.object({ applicationId: z.uuid(), reason: z.enum(UNPLACED_REASONS) })),
  })
  .meta({ id: 'HousingBoard' });
export type HousingBoard = z.infer<typeof housingBoard>;

/** `keepPinned: false` starts over: the stays placed by hand are replaced too. */
export const allocateInput = z.object({ keepPinned: z.boolean().default(true) }).strict();


// ---- The intern's own view ---------------------------------------------------------------

export const myStaysView = z.object({
  stays: z.array(
    z.object({
      id: z.uuid(),
      checkIn: z.string(),
      checkOut: z.string(),
      kind: z.enum(STAY_KINDS),
      unit: z.object({ name: z.string(), address: z.string(), postalCode: z.string().nullable(), layout: z.string(), facilities: z.array(z.enum(UNIT_FACILITIES)), rules: localizedTextOut, location: geoPoint.nullable() }),
      partner: z.object({ name: localizedTextOut }),
      operator: z.object({ name: localizedTextOut }),
      /** Who to call: the program's operator staff who look after housing. */
      contacts: z.array(z.object({ name: z.string(), email: z.string() })),
    }),
  ),
});
export type MyStaysView = z.infer<typeof myStaysView>;

// ---- The framework agreement -------------------------------------------------------------

export const agreementInput = z
  .object({
    operatorId: z.uuid(),
    partnerId: z.uuid(),
    title: localizedText,
    startsOn: isoDate,
    termMonths: z.number().int().min(1).max(120).default(12),
    autoRenew: z.boolean().default(true),
    reminderDays: z.number().int().min(0).max(365).default(30),
  })
  .strict();
export type AgreementInput = z.infer<typeof agreementInput>;
export const agreementPatch = z
  .object({ version, title: localizedText.optional(), termMonths: z.number().int().min(1).max(120).optional(), autoRenew: z.boolean().optional(), reminderDays: z.number().int().min(0).max(365).optional(), endedOn: isoDate.nullable().optional() })
  .strict();
export type AgreementPatch = z.infer<typeof agreementPatch>;

export const agreementView = z
  .object({
    id: z.uuid(),
    operator: z.object({ id: z.uuid(), name: localizedTextOut }),
    partner: z.object({ id: z.uuid(), name: localizedTextOut }),
    title: localizedTextOut,
    startsOn: z.string(),
    termMonths: z.number().int(),
    autoRenew: z.boolean(),
    reminderDays: z.number().int(),
    endedOn: z.string().nullable(),
    /** The current term's last day and the next renewal (null once ended or when it does not renew). */
    currentTermEnds: z.string().nullable(),
    nextRenewal: z.string().nullable(),
    /** From this day on the operator is reminded of the renewal. */
    remindFrom: z.string().nullable(),
    reminderDue: z.boolean(),
    /** The renewal (or end) whose reminder was last mailed to the operator, and whether that is the one due now. */
    renewalRemindedFor: z.string().nullable(),
    reminderMailed: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: 'HousingAgreement' });
export type AgreementView = z.infer<typeof agreementView>;
export const agreementList = z.object({ items: z.array(agreementView) });

// ---- The season's loan-for-use contract --------------------------------------------------

export const contractInput = z.object({ agreementId: z.uuid(), conditions: z.array(localizedText).max(20).default([]) }).strict();
export type ContractInput = z.infer<typeof contractInput>;
/** A draft is edited (its conditions) and re-drawn from the current stays as a new revision. */
export const contractPatch = z.object({ version, conditions: z.array(localizedText).max(20).optional() }).strict();
export type ContractPatch = z.infer<typeof contractPatch>;
export const contractTransitionInput = z.object({ version }).strict();

export const contractUnitLine = z.object({ unitId: z.uuid(), name: z.string(), address: z.string(), layout: z.string(), capacity: z.number().int(), from: z.string(), to: z.string() });

export const contractView = z
  .object({
    id: z.uuid(),
    programId: z.uuid(),
    agreementId: z.uuid(),
    contractNumber: z.string(),
    status: z.enum(CONTRACT_STATUSES),
    conditions: z.array(localizedTextOut),
    revision: z.number().int(),
    revisions: z.array(z.object({ revision: z.number().int(), createdAt: z.string() })),
    units: z.array(contractUnitLine),
    sentAt: z.string().nullable(),
    signedAt: z.string().nullable(),
    hasSignedScan: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: 'LoanContract' });
export type ContractView = z.infer<typeof contractView>;
export const contractList = z.object({ items: z.array(contractView) });
export const contractPdfQuery = z.object({ revision: z.coerce.number().int().min(1).optional(), translation: z.enum(['en', 'mn']).optional() });

// ---- Arrival and daily life --------------------------------------------------------------

export const arrivalPatch = z
  .object({ version: z.number().int().min(1).nullable(), gender: z.enum(GENDERS).nullable().optional(), flightNumber: z.string().trim().max(20).nullable().optional(), arrivesAt: z.iso.datetime({ offset: true }).nullable().optional() })
  .strict();
export type ArrivalPatch = z.infer<typeof arrivalPatch>;

export const taskView = z.object({
  id: z.uuid(),
  kind: z.string().nullable(),
  title: localizedTextOut,
  owner: z.enum(TASK_OWNERS),
  dueOn: z.string(),
  done: z.boolean(),
  doneAt: z.string().nullable(),
  note: z.string().nullable(),
  overdue: z.boolean(),
  version: z.number().int(),
});
export type TaskView = z.infer<typeof taskView>;

export const arrivalView = z
  .object({
    applicationId: z.uuid(),
    student: studentName,
    companyId: z.uuid().nullable(),
    gender: z.enum(GENDERS).nullable(),
    flightNumber: z.string().nullable(),
    arrivesAt: z.string().nullable(),
    tasks: z.array(taskView),
    overdue: z.number().int(),
    version: z.number().int().nullable(),
  })
  .meta({ id: 'InternArrival' });
export type ArrivalView = z.infer<typeof arrivalView>;
export const arrivalList = z.object({ items: z.array(arrivalView), today: z.string() });

export const taskPatch = z.object({ version, done: z.boolean().optional(), dueOn: isoDate.optional(), note: z.string().trim().max(1000).nullable().optional() }).strict();
export type TaskPatch = z.infer<typeof taskPatch>;
export const taskInput = z.object({ title: localizedText, owner: z.enum(TASK_OWNERS), dueOn: isoDate }).strict();
export type TaskInput = z.infer<typeof taskInput>;

// ---- After hiring: a company asks for a flat ---------------------------------------------

export const housingRequestInput = z
  .object({ applicationId: z.uuid(), partnerId: z.uuid(), moveInOn: isoDate, note: z.string().trim().max(1000).nullable().default(null) })
  .strict();
export type HousingRequestInput = z.infer<typeof housingRequestInput>;
export const housingRequestAnswer = z
  .object({ version, status: z.enum(['accepted', 'declined']), answer: z.string().trim().max(1000).nullable().default(null), unitId: z.uuid().nullable().default(null) })
  .strict();
export type HousingRequestAnswer = z.infer<typeof housingRequestAnswer>;

export const housingRequestView = z
  .object({
    id: z.uuid(),
    programId: z.uuid(),
    company: z.object({ id: z.uuid(), name: localizedTextOut }),
    partner: z.object({ id: z.uuid(), name: localizedTextOut }),
    applicationId: z.uuid(),
    employee: studentName,
    moveInOn: z.string(),
    note: z.string().nullable(),
    status: z.enum(HOUSING_REQUEST_STATUSES),
    answer: z.string().nullable(),
    unit: z.object({ id: z.uuid(), name: z.string(), address: z.string() }).nullable(),
    answeredAt: z.string().nullable(),
    createdAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'HousingRequest' });
export type HousingRequestView = z.infer<typeof housingRequestView>;
export const housingRequestList = z.object({ items: z.array(housingRequestView) });
