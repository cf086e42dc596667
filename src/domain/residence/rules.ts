// The figures of a foreign hire's residence paperwork, as dated data in one place. A change in
// the law is one edit: append a set with the day it takes effect. Each deadline is computed
// with the set in force on the day of the event it counts from (the COE's issue for its
// validity, arrival for the address, the start of employment for Hello Work, the change for the
// affiliation notices, the card's expiry for the renewal window and its reminders, the job's
// start for planning targets), so a later set moves nothing that counts from an earlier day.
// Bases are codes the docs page (docs/residence-paperwork.md) and the UI translate.

export const RULE_BASES = [
  'immigrationControlAct.art6-1', // a foreigner lands with a valid passport and visa
  'immigrationControlAct.art7-1-2', // the activity fits a status and its landing criteria
  'immigrationControlAct.art7-2', // the Certificate of Eligibility, good for 3 months
  'immigrationControlAct.art9', // landing permission
  'immigrationControlAct.art19-6', // residence card issued on landing
  'immigrationControlAct.art19-7', // address notified within 14 days of settling
  'immigrationControlAct.art19-16', // the resident's notice of a change of contracting organisation
  'immigrationControlAct.art19-17', // the organisation's own notice (effort duty)
  'immigrationControlAct.art21', // renewal of the period of stay
  'isa.renewalAcceptanceGuidance', // applications accepted from about 3 months before expiry
  'employmentMeasuresAct.art28', // report of employment of a foreign national (Hello Work)
  'employmentInsuranceOrdinance.art6', // insured: with the acquisition form, by the 10th of next month
  'employmentMeasuresOrdinance.art12', // uninsured: by the last day of next month
  'mofa.visaApplicationGuidance', // documents issued within 3 months before the application
  'kakehashi.planning', // our planning targets: not law
  'kakehashi.reminderPolicy', // when we remind: not law
] as const;
export type RuleBasis = (typeof RULE_BASES)[number];

type Rule<T> = Readonly<T & { basis: RuleBasis }>;

/** A target counted back from the job's start: whole months (month ends clamp) or days. */
export type LeadTime = { readonly monthsBefore: number } | { readonly daysBefore: number };
export const PLANNED_STEP_KINDS = ['eligibilityCheck', 'coeApplication', 'coeIssued', 'visaApplication', 'visaIssued', 'arrival'] as const;
export type PlannedStepKind = (typeof PLANNED_STEP_KINDS)[number];

export type ResidenceRules = Readonly<{
  effectiveFrom: string;
  coeValidity: Rule<{ months: number }>;
  addressRegistration: Rule<{ days: number }>;
  affiliationNotification: Rule<{ days: number }>;
  /** Art. 19-17 exempts employers who must report to Hello Work under art. 28, i.e. every employer of this flow. */
  employerAffiliationNotification: Rule<{ days: number; effortOnly: boolean; exemptIfHelloWorkReporter: boolean }>;
  renewalWindow: Rule<{ monthsBefore: number }>;
  helloWorkReport: Rule<{ insured: Rule<{ dayOfFollowingMonth: number | 'last' }>; uninsured: Rule<{ dayOfFollowingMonth: number | 'last' }> }>;
  visaDocumentValidity: Rule<{ months: number }>;
  reminders: Rule<{ cardExpiryDaysBefore: readonly number[]; coeExpiryDaysBefore: readonly number[]; helloWorkDaysBefore: number; stepDueDaysBefore: number }>;
  planning: Rule<{ leadTimes: Readonly<Record<PlannedStepKind, LeadTime>> }>;
}>;
export type ResidenceRuleTable = readonly ResidenceRules[];

// From 1 August 2022 every figure below is the law as we read it: COEs created from that day
// are again good for 3 months (the COVID measures gave 6 months or a fixed end before it).
// Earlier days are not encoded, so rulesOn refuses them rather than guess.
export const RESIDENCE_RULES: ResidenceRuleTable = [
  {
    effectiveFrom: '2022-08-01',
    coeValidity: { months: 3, basis: 'immigrationControlAct.art7-2' },
    addressRegistration: { days: 14, basis: 'immigrationControlAct.art19-7' },
    affiliationNotification: { days: 14, basis: 'immigrationControlAct.art19-16' },
    employerAffiliationNotification: { days: 14, effortOnly: true, exemptIfHelloWorkReporter: true, basis: 'immigrationControlAct.art19-17' },
    renewalWindow: { monthsBefore: 3, basis: 'isa.renewalAcceptanceGuidance' },
    helloWorkReport: {
      basis: 'employmentMeasuresAct.art28',
      insured: { dayOfFollowingMonth: 10, basis: 'employmentInsuranceOrdinance.art6' },
      uninsured: { dayOfFollowingMonth: 'last', basis: 'employmentMeasuresOrdinance.art12' },
    },
    visaDocumentValidity: { months: 3, basis: 'mofa.visaApplicationGuidance' },
    reminders: { cardExpiryDaysBefore: [90, 30], coeExpiryDaysBefore: [30, 7], helloWorkDaysBefore: 7, stepDueDaysBefore: 7, basis: 'kakehashi.reminderPolicy' },
    // Planning targets, not legal deadlines: a COE takes one to three months, a visa about a
    // week, and the hire should land a few days before the first working day.
    planning: {
      basis: 'kakehashi.planning',
      leadTimes: {
        eligibilityCheck: { monthsBefore: 4 },
        coeApplication: { monthsBefore: 3 },
        coeIssued: { monthsBefore: 1 },
        visaApplication: { daysBefore: 21 },
        visaIssued: { daysBefore: 10 },
        arrival: { daysBefore: 5 },
      },
    },
  },
];

/** The set in force on `isoDate`: the latest whose effectiveFrom is on or before it. */
export function rulesOn(isoDate: string, table: ResidenceRuleTable = RESIDENCE_RULES): ResidenceRules {
  let chosen: ResidenceRules | null = null;
  for (const set of table) if (set.effectiveFrom <= isoDate && (chosen === null || set.effectiveFrom > chosen.effectiveFrom)) chosen = set;
  if (chosen === null) throw new RangeError(`no residence rules in force on ${isoDate}`);
  return chosen;
}
