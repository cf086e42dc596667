import { describe, expect, it } from 'vitest';
import { residenceChecklist } from './residence-checklist.ts';
import type { ResidenceCaseFacts, ResidenceStepKind } from './residence.ts';
import { coeExpired, residenceStepStatuses, type TrackedStep } from './step-status.ts';

const tracked = (kind: ResidenceStepKind, dueOn: string | null, doneOn: string | null = null, dependsOn: ResidenceStepKind[] = []): TrackedStep => ({ kind, dueOn, dependsOn, doneOn });
const statusOf = (steps: TrackedStep[], today: string) => Object.fromEntries(residenceStepStatuses(steps, today).map((s) => [s.kind, s.status]));

describe('the status of a step', () => {
  it('is done, overdue, blocked, due soon (14 days up to the day) or open', () => {
    const steps = [
      tracked('coeApplication', '2026-01-01', '2025-12-20'),
      tracked('coeIssued', '2026-03-01', null, ['coeApplication']),
      tracked('visaApplication', '2026-03-11', null, ['coeIssued']),
      tracked('addressRegistration', '2026-02-01'),
      tracked('helloWorkReport', null),
    ];
    expect(statusOf(steps, '2026-02-15')).toEqual({ coeApplication: 'done', coeIssued: 'dueSoon', visaApplication: 'blocked', addressRegistration: 'overdue', helloWorkReport: 'open' });
    expect(statusOf(steps, '2026-02-14')).toMatchObject({ coeIssued: 'open' });
    expect(statusOf(steps, '2026-03-01')).toMatchObject({ coeIssued: 'dueSoon' });
    expect(statusOf(steps, '2026-03-02')).toMatchObject({ coeIssued: 'overdue' });
  });

  it('shows an overdue step as overdue even when a prerequisite is not ticked, and says which', () => {
    const [, report] = residenceStepStatuses([tracked('residenceCard', '2026-03-27'), tracked('helloWorkReport', '2026-05-10', null, ['residenceCard'])], '2026-05-11');
    expect(report).toEqual({ kind: 'helloWorkReport', status: 'overdue', blockedBy: ['residenceCard'] });
  });

  it('counts a dependency missing from the list as not done', () => {
    expect(statusOf([tracked('visaApplication', '2026-12-01', null, ['coeIssued'])], '2026-01-01')).toEqual({ visaApplication: 'blocked' });
  });

  it('works on a whole checklist with its done days', () => {
    const facts: ResidenceCaseFacts = { jobStartsOn: '2026-04-01', employmentInsured: true, coeIssuedOn: '2026-01-20', arrivedOn: '2026-03-27', residenceCardExpiresOn: null, employmentStartedOn: '2026-04-01', affiliationChangedOn: null };
    const doneUpTo = new Set<ResidenceStepKind>(['eligibilityCheck', 'coeApplication', 'coeIssued', 'visaApplication', 'visaIssued', 'arrival', 'residenceCard']);
    const steps = residenceChecklist(facts).map((step) => ({ ...step, doneOn: doneUpTo.has(step.kind) ? '2026-03-27' : null }));
    expect(statusOf(steps, '2026-04-05')).toMatchObject({ addressRegistration: 'dueSoon', helloWorkReport: 'open' });
    expect(statusOf(steps, '2026-04-11')).toMatchObject({ addressRegistration: 'overdue' });
  });
});

describe('a COE left unused', () => {
  it('lapses after its 3 months unless the hire has landed', () => {
    const facts = { coeIssuedOn: '2026-01-10', arrivedOn: null };
    expect(coeExpired(facts, '2026-04-10')).toBe(false);
    expect(coeExpired(facts, '2026-04-11')).toBe(true);
    expect(coeExpired({ ...facts, arrivedOn: '2026-04-01' }, '2026-05-01')).toBe(false);
    expect(coeExpired({ coeIssuedOn: null, arrivedOn: null }, '2030-01-01')).toBe(false);
  });
});
