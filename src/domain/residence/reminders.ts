// The reminders a job queue should hold for one case, recomputed after every edit of the case.
//
// Keys are stable: a key names the kind, the offset, the step and the target date, never the
// send day (e.g. 'cardExpiry90:2027-03-31', 'stepDue7:addressRegistration:2026-04-15'). The
// caller diffs by key: a key already sent is skipped, a key still queued but no longer returned
// is cancelled, a new key is queued. A moved target (a corrected arrival, a renewed card) makes
// new keys, and the same diff cancels the old ones.
//
// Late reminders: one whose send day has passed while its target is today or later is returned
// due now (sendOn = today) rather than dropped; of the reminders of one target that are due now,
// only the nearest the target is kept (a case entered 20 days before the card expires gets the
// 30-day reminder, not the 90-day one too). One whose target has passed is dropped: an overdue
// step is the statuses' business (step-status.ts), not the queue's.
//
// Card-expiry reminders go out even when the renewal is marked done: they stop only when the
// card's expiry changes (the new card), because an expiry must never be missed.
import { addDays } from '../housing/dates.ts';
import { coeValidUntil, renewalWindowOpensOn } from './deadlines.ts';
import type { ResidenceStep } from './residence-checklist.ts';
import type { ResidenceCaseFacts, ResidenceParty, ResidenceStepKind } from './residence.ts';
import { RESIDENCE_RULES, rulesOn, type ResidenceRuleTable } from './rules.ts';

export const REMINDER_KINDS = ['cardExpiry', 'renewalWindowOpens', 'stepDue', 'helloWorkDue', 'coeExpiry'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export type ResidenceReminder = {
  key: string;
  kind: ReminderKind;
  sendOn: string;
  /** The date the reminder is about (an expiry, a due date); sendOn is never after it. */
  targetOn: string;
  to: readonly ResidenceParty[];
  daysBefore?: number;
  step?: ResidenceStepKind;
};

type StepWithDone = Pick<ResidenceStep, 'kind' | 'owner' | 'dueOn'> & { doneOn: string | null };

const EVERYONE: readonly ResidenceParty[] = ['employee', 'employer', 'operator'];
// Outcomes of someone else's decision or of landing itself, and steps with reminders of their own.
const NO_STEP_REMINDER: ReadonlySet<ResidenceStepKind> = new Set(['coeIssued', 'visaIssued', 'residenceCard', 'helloWorkReport', 'renewal']);

const ahead = (kind: ReminderKind, targetOn: string, daysBefore: number, to: readonly ResidenceParty[], step?: ResidenceStepKind): ResidenceReminder => ({
  key: `${kind}${daysBefore}:${step === undefined ? '' : `${step}:`}${targetOn}`,
  kind,
  sendOn: addDays(targetOn, -daysBefore),
  targetOn,
  to,
  daysBefore,
  ...(step === undefined ? {} : { step }),
});

function scheduled(facts: ResidenceCaseFacts, steps: readonly StepWithDone[], table: ResidenceRuleTable): ResidenceReminder[] {
  const done = new Set(steps.filter((step) => step.doneOn !== null).map((step) => step.kind));
  const out: ResidenceReminder[] = [];
  const expires = facts.residenceCardExpiresOn;
  if (expires !== null) {
    for (const days of rulesOn(expires, table).reminders.cardExpiryDaysBefore) out.push(ahead('cardExpiry', expires, days, EVERYONE));
    if (!done.has('renewal')) out.push({ key: `renewalWindowOpens:${expires}`, kind: 'renewalWindowOpens', sendOn: renewalWindowOpensOn(expires, table), targetOn: expires, to: EVERYONE });
  }
  if (facts.coeIssuedOn !== null && facts.arrivedOn === null && !done.has('arrival')) {
    const validUntil = coeValidUntil(facts.coeIssuedOn, table);
    for (const days of rulesOn(validUntil, table).reminders.coeExpiryDaysBefore) out.push(ahead('coeExpiry', validUntil, days, EVERYONE));
  }
  for (const step of steps) {
    if (step.dueOn === null || step.doneOn !== null) continue;
    const rules = rulesOn(step.dueOn, table).reminders;
    if (step.kind === 'helloWorkReport') out.push(ahead('helloWorkDue', step.dueOn, rules.helloWorkDaysBefore, ['employer']));
    else if (!NO_STEP_REMINDER.has(step.kind)) out.push(ahead('stepDue', step.dueOn, rules.stepDueDaysBefore, [...new Set<ResidenceParty>([step.owner, 'operator'])], step.kind));
  }
  return out;
}

/** The reminders to queue as of `today`, by send day then key. */
export function residenceReminders(facts: ResidenceCaseFacts, steps: readonly StepWithDone[], today: string, table: ResidenceRuleTable = RESIDENCE_RULES): ResidenceReminder[] {
  const live = scheduled(facts, steps, table).filter((reminder) => reminder.targetOn >= today);
  // Of the late reminders of one target, the one sent latest (nearest the target) stands for all.
  const nearestLate = new Map<string, ResidenceReminder>();
  for (const reminder of live) {
    if (reminder.sendOn > today) continue;
    const group = `${reminder.kind}:${reminder.step ?? ''}:${reminder.targetOn}`;
    const kept = nearestLate.get(group);
    if (kept === undefined || reminder.sendOn > kept.sendOn) nearestLate.set(group, reminder);
  }
  const kept = new Set(nearestLate.values());
  return live
    .filter((reminder) => reminder.sendOn > today || kept.has(reminder))
    .map((reminder) => (reminder.sendOn < today ? { ...reminder, sendOn: today } : reminder))
    .sort((a, b) => (a.sendOn === b.sendOn ? (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) : a.sendOn < b.sendOn ? -1 : 1));
}
