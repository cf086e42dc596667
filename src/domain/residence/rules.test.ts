import { describe, expect, it } from 'vitest';
import { helloWorkDueOn } from './deadlines.ts';
import { residenceChecklist } from './residence-checklist.ts';
import type { ResidenceCaseFacts } from './residence.ts';
import { residenceReminders } from './reminders.ts';
import { RESIDENCE_RULES, RULE_BASES, rulesOn, type ResidenceRules } from './rules.ts';

const base = RESIDENCE_RULES[0]!;
// A hypothetical amendment from 1 April 2030: 7 days to register the address, Hello Work by the
// 15th for the uninsured, a 60-day card reminder. Appending it is the whole change.
const amended: ResidenceRules = {
  ...base,
  effectiveFrom: '2030-04-01',
  addressRegistration: { ...base.addressRegistration, days: 7 },
  helloWorkReport: { ...base.helloWorkReport, uninsured: { ...base.helloWorkReport.uninsured, dayOfFollowingMonth: 15 } },
  reminders: { ...base.reminders, cardExpiryDaysBefore: [90, 60, 30] },
};
const table = [...RESIDENCE_RULES, amended];

const facts = (arrivedOn: string): ResidenceCaseFacts => ({
  jobStartsOn: '2030-04-06',
  employmentInsured: false,
  coeIssuedOn: '2030-02-10',
  arrivedOn,
  residenceCardExpiresOn: '2031-04-05',
  employmentStartedOn: arrivedOn,
  affiliationChangedOn: null,
});

describe('the rules table', () => {
  it('holds sets in date order, each basis a known code', () => {
    const dates = RESIDENCE_RULES.map((set) => set.effectiveFrom);
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(dates).size).toBe(dates.length);
    for (const set of RESIDENCE_RULES) {
      const bases = JSON.stringify(set).match(/"basis":"[^"]+"/g)!.map((b) => b.slice(9, -1));
      for (const basis of bases) expect(RULE_BASES).toContain(basis);
    }
  });

  it('has the figures of the law as we read it', () => {
    const rules = rulesOn('2026-04-01');
    expect(rules.coeValidity.months).toBe(3);
    expect(rules.addressRegistration.days).toBe(14);
    expect(rules.affiliationNotification.days).toBe(14);
    expect(rules.employerAffiliationNotification).toMatchObject({ days: 14, effortOnly: true });
    expect(rules.renewalWindow.monthsBefore).toBe(3);
    expect(rules.helloWorkReport.insured.dayOfFollowingMonth).toBe(10);
    expect(rules.helloWorkReport.uninsured.dayOfFollowingMonth).toBe('last');
    expect(rules.reminders.cardExpiryDaysBefore).toEqual([90, 30]);
    expect(rules.visaDocumentValidity.months).toBe(3);
  });

  it('chooses the latest set in force on the day, and refuses a day before the first', () => {
    expect(rulesOn('2030-03-31', table)).toBe(base);
    expect(rulesOn('2030-04-01', table)).toBe(amended);
    expect(rulesOn('2031-01-01', [amended, base])).toBe(amended);
    expect(() => rulesOn('2022-07-31')).toThrow(RangeError);
  });
});

describe('a change in the law is one edit', () => {
  it('changes nothing for events before its date', () => {
    expect(residenceChecklist(facts('2030-03-31'), table)).toEqual(residenceChecklist(facts('2030-03-31')));
    expect(helloWorkDueOn('2030-03-31', false, table)).toBe('2030-04-30');
    const steps = residenceChecklist(facts('2030-03-31')).map((step) => ({ ...step, doneOn: null }));
    expect(residenceReminders({ ...facts('2030-03-31'), residenceCardExpiresOn: '2030-03-31' }, steps, '2029-01-01', table)).toEqual(
      residenceReminders({ ...facts('2030-03-31'), residenceCardExpiresOn: '2030-03-31' }, steps, '2029-01-01'),
    );
  });

  it('applies from its date, to the deadlines counting from events on or after it only', () => {
    const before = residenceChecklist(facts('2030-04-01'));
    const after = residenceChecklist(facts('2030-04-01'), table);
    const changed = after.filter((step, i) => JSON.stringify(step) !== JSON.stringify(before[i])).map((step) => step.kind);
    expect(changed).toEqual(['addressRegistration', 'helloWorkReport']);
    expect(after.find((step) => step.kind === 'addressRegistration')!.dueOn).toBe('2030-04-08');
    expect(after.find((step) => step.kind === 'helloWorkReport')!.dueOn).toBe('2030-05-15');
    const steps = after.map((step) => ({ ...step, doneOn: null }));
    const keys = residenceReminders(facts('2030-04-01'), steps, '2030-04-02', table).map((r) => r.key);
    expect(keys).toContain('cardExpiry60:2031-04-05');
  });
});
