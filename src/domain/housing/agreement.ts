// The framework agreement's term (Hitachi: from 17 July 2025 for one year, renewed
// automatically): the current term's end, the next renewal, and from when the operator is
// reminded, as of a given day (the clock is the caller's).
import { addDays, addMonths } from './dates.ts';

export type AgreementTerms = { startsOn: string; termMonths: number; autoRenew: boolean; reminderDays: number; endedOn: string | null };
export type AgreementDates = { currentTermEnds: string | null; nextRenewal: string | null; remindFrom: string | null; reminderDue: boolean };

const NONE: AgreementDates = { currentTermEnds: null, nextRenewal: null, remindFrom: null, reminderDue: false };

export function agreementDates(terms: AgreementTerms, today: string): AgreementDates {
  if (terms.endedOn !== null && terms.endedOn <= today) return NONE;
  // Terms are counted from the start date each time (n terms after it), so a term starting on
  // 31 January never drifts to the 28th for good.
  let n = 1;
  while (terms.autoRenew && addMonths(terms.startsOn, terms.termMonths * n) <= today) n++;
  const termEnd = addMonths(terms.startsOn, terms.termMonths * n);
  const currentTermEnds = addDays(termEnd, -1);
  if (today > currentTermEnds) return { ...NONE, currentTermEnds };
  const remindFrom = addDays(termEnd, -terms.reminderDays);
  // Reminded before a renewal, or before the end of an agreement that does not renew.
  return { currentTermEnds, nextRenewal: terms.autoRenew ? termEnd : null, remindFrom, reminderDue: today >= remindFrom };
}

/**
 * The renewal reminder to mail as of `today`, or null when none is due. `about` is the day the
 * current term gives way (the renewal, or the first day without an agreement that does not
 * renew): the agreement keeps the one it was reminded of, so each is mailed once. The agreement
 * records no notice period of its own, so notice is possible up to the current term's last day.
 */
export type AgreementReminder = { about: string; renews: boolean; currentTermEnds: string; noticeBy: string };

export function dueReminder(terms: AgreementTerms, today: string): AgreementReminder | null {
  const { currentTermEnds, nextRenewal, reminderDue } = agreementDates(terms, today);
  if (!reminderDue || currentTermEnds === null) return null;
  return { about: addDays(currentTermEnds, 1), renews: nextRenewal !== null, currentTermEnds, noticeBy: currentTermEnds };
}

/** Whether the reminder due today (if any) was already mailed. */
export const reminderSent = (terms: AgreementTerms & { renewalRemindedFor: string | null }, today: string): boolean => {
  const due = dueReminder(terms, today);
  return due !== null && terms.renewalRemindedFor === due.about;
};
