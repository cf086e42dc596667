import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../housing/dates.ts';
import { dayNumber } from '../programs/fiscal-year.ts';
import { residenceReminders } from './reminders.ts';
import { residenceChecklist } from './residence-checklist.ts';
import { RESIDENCE_STEP_KINDS, type ResidenceCaseFacts, type ResidenceStepKind } from './residence.ts';

const hired: ResidenceCaseFacts = {
  jobStartsOn: '2026-04-01',
  employmentInsured: true,
  coeIssuedOn: '2026-01-20',
  arrivedOn: '2026-03-27',
  residenceCardExpiresOn: '2027-03-31',
  employmentStartedOn: '2026-04-01',
  affiliationChangedOn: null,
};
const withDone = (facts: ResidenceCaseFacts, done: ReadonlySet<ResidenceStepKind>) => residenceChecklist(facts).map((step) => ({ ...step, doneOn: done.has(step.kind) ? facts.jobStartsOn : null }));
const landed = new Set<ResidenceStepKind>(['eligibilityCheck', 'coeApplication', 'coeIssued', 'visaApplication', 'visaIssued', 'arrival', 'residenceCard']);
const everything = new Set<ResidenceStepKind>(RESIDENCE_STEP_KINDS.filter((kind) => kind !== 'renewal'));

describe('the reminders of a hire', () => {
  it('remind everyone 90 and 30 days before the card expires, and when the renewal window opens', () => {
    const reminders = residenceReminders(hired, withDone(hired, everything), '2026-06-01');
    expect(reminders.map(({ key, sendOn }) => [key, sendOn])).toEqual([
      ['cardExpiry90:2027-03-31', '2026-12-31'],
      ['renewalWindowOpens:2027-03-31', '2026-12-31'],
      ['cardExpiry30:2027-03-31', '2027-03-01'],
    ]);
    expect(reminders[0]).toMatchObject({ kind: 'cardExpiry', targetOn: '2027-03-31', daysBefore: 90, to: ['employee', 'employer', 'operator'] });
  });

  it('remind the employer 7 days before the Hello Work report is due, and the owner of each step due', () => {
    const reminders = residenceReminders(hired, withDone(hired, landed), '2026-03-28');
    expect(reminders.find((r) => r.kind === 'helloWorkDue')).toEqual({ key: 'helloWorkDue7:2026-05-10', kind: 'helloWorkDue', sendOn: '2026-05-03', targetOn: '2026-05-10', to: ['employer'], daysBefore: 7 });
    expect(reminders.find((r) => r.kind === 'stepDue')).toEqual({
      key: 'stepDue7:addressRegistration:2026-04-10',
      kind: 'stepDue',
      sendOn: '2026-04-03',
      targetOn: '2026-04-10',
      to: ['employee', 'operator'],
      daysBefore: 7,
      step: 'addressRegistration',
    });
  });

  it('warn before an unused COE lapses, and stop once the hire has landed', () => {
    const waiting = { ...hired, coeIssuedOn: '2026-01-10', arrivedOn: null, residenceCardExpiresOn: null, employmentStartedOn: null };
    const keys = residenceReminders(waiting, withDone(waiting, new Set()), '2026-02-01').filter((r) => r.kind === 'coeExpiry');
    expect(keys.map(({ key, sendOn }) => [key, sendOn])).toEqual([
      ['coeExpiry30:2026-04-10', '2026-03-11'],
      ['coeExpiry7:2026-04-10', '2026-04-03'],
    ]);
    expect(residenceReminders(hired, withDone(hired, landed), '2026-02-01').some((r) => r.kind === 'coeExpiry')).toBe(false);
  });

  it('send a missed reminder now while its target is ahead, only the nearest of one target, and drop it once the target has passed', () => {
    const late = residenceReminders(hired, withDone(hired, everything), '2027-03-10');
    expect(late.map(({ key, sendOn }) => [key, sendOn])).toEqual([
      ['cardExpiry30:2027-03-31', '2027-03-10'],
      ['renewalWindowOpens:2027-03-31', '2027-03-10'],
    ]);
    expect(residenceReminders(hired, withDone(hired, everything), '2027-03-31').map((r) => r.key)).toEqual(['cardExpiry30:2027-03-31', 'renewalWindowOpens:2027-03-31']);
    expect(residenceReminders(hired, withDone(hired, everything), '2027-04-01')).toEqual([]);
  });

  it('keep card reminders after the renewal is filed, until the new card’s expiry replaces them', () => {
    const filed = withDone(hired, new Set([...everything, 'renewal']));
    // The 90-day reminder's day has passed: it is due now (the caller skips it if already sent).
    expect(residenceReminders(hired, filed, '2027-01-15').map(({ key, sendOn }) => [key, sendOn])).toEqual([
      ['cardExpiry90:2027-03-31', '2027-01-15'],
      ['cardExpiry30:2027-03-31', '2027-03-01'],
    ]);
    const renewed = { ...hired, residenceCardExpiresOn: '2030-03-31' };
    expect(residenceReminders(renewed, withDone(renewed, everything), '2027-04-10').map((r) => r.key)).toEqual(['cardExpiry90:2030-03-31', 'renewalWindowOpens:2030-03-31', 'cardExpiry30:2030-03-31']);
  });
});

const day = (from: string, to: string) => fc.integer({ min: dayNumber(from), max: dayNumber(to) }).map((n) => addDays('1970-01-01', n));
const anyCase = fc.record({
  jobStartsOn: day('2024-01-01', '2030-12-31'),
  employmentInsured: fc.boolean(),
  coeDaysBefore: fc.option(fc.integer({ min: 10, max: 150 })),
  arrivalDaysBefore: fc.option(fc.integer({ min: -5, max: 9 })),
  cardYears: fc.option(fc.integer({ min: 1, max: 5 })),
  changedAfterDays: fc.option(fc.integer({ min: 30, max: 900 })),
  done: fc.subarray([...RESIDENCE_STEP_KINDS]),
  todayOffset: fc.integer({ min: -200, max: 2000 }),
  laterBy: fc.integer({ min: 0, max: 400 }),
});

type AnyCase = typeof anyCase extends fc.Arbitrary<infer T> ? T : never;

function build(c: AnyCase) {
  const coeIssuedOn = c.coeDaysBefore === null ? null : addDays(c.jobStartsOn, -c.coeDaysBefore);
  const arrivedOn = coeIssuedOn === null || c.arrivalDaysBefore === null ? null : addDays(c.jobStartsOn, -c.arrivalDaysBefore);
  const facts: ResidenceCaseFacts = {
    jobStartsOn: c.jobStartsOn,
    employmentInsured: c.employmentInsured,
    coeIssuedOn,
    arrivedOn,
    residenceCardExpiresOn: arrivedOn === null || c.cardYears === null ? null : addDays(arrivedOn, 365 * c.cardYears),
    employmentStartedOn: arrivedOn === null ? null : c.jobStartsOn,
    affiliationChangedOn: arrivedOn === null || c.changedAfterDays === null ? null : addDays(c.jobStartsOn, c.changedAfterDays),
  };
  return { facts, steps: withDone(facts, new Set(c.done)), today: addDays(c.jobStartsOn, c.todayOffset) };
}

describe('every set of reminders', () => {
  it('sends each on or after today and on or before its target, under unique keys', () => {
    fc.assert(
      fc.property(anyCase, (c) => {
        const { facts, steps, today } = build(c);
        const reminders = residenceReminders(facts, steps, today);
        for (const r of reminders) {
          expect(r.sendOn >= today && r.sendOn <= r.targetOn).toBe(true);
          if (r.daysBefore !== undefined && r.sendOn > today) expect(r.sendOn).toBe(addDays(r.targetOn, -r.daysBefore));
        }
        expect(new Set(reminders.map((r) => r.key)).size).toBe(reminders.length);
      }),
    );
  });

  it('recomputed later, invents no key, keeps what each key means, and moves only late send days', () => {
    fc.assert(
      fc.property(anyCase, (c) => {
        const { facts, steps, today } = build(c);
        const later = addDays(today, c.laterBy);
        const first = new Map(residenceReminders(facts, steps, today).map((r) => [r.key, r]));
        for (const r of residenceReminders(facts, steps, later)) {
          const earlier = first.get(r.key)!;
          expect(earlier).toBeDefined();
          expect({ ...r, sendOn: null }).toEqual({ ...earlier, sendOn: null });
          expect(r.sendOn).toBe(earlier.sendOn > later ? earlier.sendOn : later);
        }
      }),
    );
  });
});
