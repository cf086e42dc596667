// Where each step of a case stands on a given day (the clock is the caller's). One status per
// step, the first that holds of: done → overdue → blocked → dueSoon → open. Overdue comes
// before blocked so that a missed legal deadline is never hidden behind an unticked
// prerequisite; blockedBy is returned with every status so the UI can show both.
import { dayNumber } from '../programs/fiscal-year.ts';
import { coeValidUntil } from './deadlines.ts';
import type { ResidenceCaseFacts, ResidenceStepKind } from './residence.ts';
import { RESIDENCE_RULES, type ResidenceRuleTable } from './rules.ts';

export const STEP_STATUSES = ['done', 'overdue', 'blocked', 'dueSoon', 'open'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

/** A step is due soon from this many days before its due date up to the date itself. */
export const DUE_SOON_DAYS = 14;

export type TrackedStep = { kind: ResidenceStepKind; dueOn: string | null; dependsOn: readonly ResidenceStepKind[]; doneOn: string | null };
export type StepState = { kind: ResidenceStepKind; status: StepStatus; blockedBy: ResidenceStepKind[] };

/** Days from `today` to `dueOn`: 0 on the day, negative once past. */
export const daysUntil = (dueOn: string, today: string) => dayNumber(dueOn) - dayNumber(today);

/**
 * The status of each step. A dependency missing from `steps` counts as not done: a list that
 * leaves out a prerequisite cannot claim the step is ready.
 */
export function residenceStepStatuses(steps: readonly TrackedStep[], today: string): StepState[] {
  const done = new Set(steps.filter((step) => step.doneOn !== null).map((step) => step.kind));
  return steps.map((step) => {
    const blockedBy = step.dependsOn.filter((kind) => !done.has(kind));
    return { kind: step.kind, status: statusOf(step, blockedBy.length > 0, today), blockedBy };
  });
}

function statusOf(step: TrackedStep, blocked: boolean, today: string): StepStatus {
  if (step.doneOn !== null) return 'done';
  const left = step.dueOn === null ? null : daysUntil(step.dueOn, today);
  if (left !== null && left < 0) return 'overdue';
  if (blocked) return 'blocked';
  return left !== null && left <= DUE_SOON_DAYS ? 'dueSoon' : 'open';
}

/** The COE was issued, the hire has not landed, and its validity has run out: a new COE is needed. */
export function coeExpired(facts: Pick<ResidenceCaseFacts, 'coeIssuedOn' | 'arrivedOn'>, today: string, table: ResidenceRuleTable = RESIDENCE_RULES): boolean {
  return facts.coeIssuedOn !== null && facts.arrivedOn === null && coeValidUntil(facts.coeIssuedOn, table) < today;
}
