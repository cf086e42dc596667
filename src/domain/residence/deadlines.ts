// Each legal date of the paperwork as a function of the event it counts from, with the rule
// set in force on that event's day (rules.ts). The checklist, statuses, reminders and the
// intern's visa pack all read their dates here, so a figure is applied in one way only.
import { addDays, addMonths } from '../housing/dates.ts';
import { dayOfFollowingMonth, daysPeriodEnd, monthsPeriodEnd } from './periods.ts';
import { RESIDENCE_RULES, rulesOn, type LeadTime, type ResidenceRuleTable } from './rules.ts';

/** Last day on which a COE issued on `issuedOn` can be used to land (the certificate lapses after). */
export const coeValidUntil = (issuedOn: string, table: ResidenceRuleTable = RESIDENCE_RULES) => monthsPeriodEnd(issuedOn, rulesOn(issuedOn, table).coeValidity.months);

/** Last day to register the address, counted from arrival: the day one settles is not known, and it is never before landing. */
export const addressRegistrationDueOn = (arrivedOn: string, table: ResidenceRuleTable = RESIDENCE_RULES) => daysPeriodEnd(arrivedOn, rulesOn(arrivedOn, table).addressRegistration.days);

export const affiliationNotificationDueOn = (changedOn: string, table: ResidenceRuleTable = RESIDENCE_RULES) => daysPeriodEnd(changedOn, rulesOn(changedOn, table).affiliationNotification.days);

export const employerAffiliationNotificationDueOn = (changedOn: string, table: ResidenceRuleTable = RESIDENCE_RULES) =>
  daysPeriodEnd(changedOn, rulesOn(changedOn, table).employerAffiliationNotification.days);

/** The Hello Work report's last day: the 10th (insured) or the last day (uninsured) of the month after the month employment began. */
export function helloWorkDueOn(employmentStartedOn: string, insured: boolean, table: ResidenceRuleTable = RESIDENCE_RULES): string {
  const rule = rulesOn(employmentStartedOn, table).helloWorkReport;
  return dayOfFollowingMonth(employmentStartedOn, (insured ? rule.insured : rule.uninsured).dayOfFollowingMonth);
}

/**
 * First day a renewal is accepted. The bureau says "about 3 months before"; counting back whole
 * months from the expiry (31 March → 31 December, 31 May → 28/29 February) keeps the opening on
 * or before any reading of "about", so the reminder never comes late.
 */
export const renewalWindowOpensOn = (cardExpiresOn: string, table: ResidenceRuleTable = RESIDENCE_RULES) => addMonths(cardExpiresOn, -rulesOn(cardExpiresOn, table).renewalWindow.monthsBefore);

/** Last day a document issued on `issuedOn` may go with a visa application (issued within 3 months before it). */
export const visaDocumentValidUntil = (issuedOn: string, table: ResidenceRuleTable = RESIDENCE_RULES) => monthsPeriodEnd(issuedOn, rulesOn(issuedOn, table).visaDocumentValidity.months);

/** A day counted back from `target` by a lead time. */
export const before = (target: string, lead: LeadTime) => ('monthsBefore' in lead ? addMonths(target, -lead.monthsBefore) : addDays(target, -lead.daysBefore));
