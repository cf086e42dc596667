import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../housing/dates.ts';
import { dayNumber } from '../programs/fiscal-year.ts';
import { coeValidUntil } from './deadlines.ts';
import { residenceChecklist, type ResidenceStep } from './residence-checklist.ts';
import { RESIDENCE_STEP_KINDS, type ResidenceCaseFacts, type ResidenceStepKind } from './residence.ts';

const buildFacts = (overrides: Partial<ResidenceCaseFacts> = {}): ResidenceCaseFacts => ({
  jobStartsOn: '2026-04-01',
  employmentInsured: true,
  coeIssuedOn: null,
  arrivedOn: null,
  residenceCardExpiresOn: null,
  employmentStartedOn: null,
  affiliationChangedOn: null,
  ...overrides,
});
const step = (steps: ResidenceStep[], kind: ResidenceStepKind) => steps.find((s) => s.kind === kind);

describe('a Mongolian KOSEN graduate hired from 1 April 2026', () => {
  it('starts with planning targets counted back from the job’s start, and unknown legal dates', () => {
    const steps = residenceChecklist(buildFacts());
    expect(steps.map((s) => s.kind)).toEqual(['eligibilityCheck', 'coeApplication', 'coeIssued', 'visaApplication', 'visaIssued', 'arrival', 'residenceCard', 'addressRegistration', 'helloWorkReport']);
    expect(step(steps, 'eligibilityCheck')).toMatchObject({ owner: 'operator', dueOn: '2025-12-01', dueKind: 'planning', dueBasis: 'kakehashi.planning' });
    expect(step(steps, 'coeApplication')).toMatchObject({ owner: 'employer', dueOn: '2026-01-01', dueKind: 'planning', basis: 'immigrationControlAct.art7-2' });
    expect(step(steps, 'coeApplication')!.documents).toEqual(expect.arrayContaining(['passportCopy', 'diploma', 'employmentContract', 'companyRegistration', 'photo']));
    expect(step(steps, 'visaApplication')).toMatchObject({ owner: 'employee', dueOn: '2026-03-11', dependsOn: ['coeIssued'] });
    expect(step(steps, 'visaApplication')!.documents).toEqual(['passport', 'visaApplicationForm', 'photo', 'coe']);
    expect(step(steps, 'arrival')).toMatchObject({ dueOn: '2026-03-27', dueKind: 'planning' });
    expect(step(steps, 'addressRegistration')).toMatchObject({ dueOn: null, dueKind: 'legal', basis: 'immigrationControlAct.art19-7' });
    expect(step(steps, 'helloWorkReport')).toMatchObject({ owner: 'employer', dueOn: null, basis: 'employmentMeasuresAct.art28' });
  });

  it('dates the address and the Hello Work report from arrival and the employment start', () => {
    const steps = residenceChecklist(buildFacts({ coeIssuedOn: '2026-01-20', arrivedOn: '2026-03-27', employmentStartedOn: '2026-04-01' }));
    expect(step(steps, 'residenceCard')).toMatchObject({ dueOn: '2026-03-27', dueKind: 'legal', basis: 'immigrationControlAct.art19-6' });
    expect(step(steps, 'addressRegistration')).toMatchObject({ dueOn: '2026-04-10', dueKind: 'legal' });
    expect(step(steps, 'helloWorkReport')).toMatchObject({ dueOn: '2026-05-10', dueBasis: 'employmentInsuranceOrdinance.art6', documents: ['employmentInsuranceAcquisitionForm', 'residenceCard'] });
    const uninsured = residenceChecklist(buildFacts({ employmentInsured: false, employmentStartedOn: '2026-04-01' }));
    expect(step(uninsured, 'helloWorkReport')).toMatchObject({ dueOn: '2026-05-31', dueBasis: 'employmentMeasuresOrdinance.art12', documents: ['foreignEmploymentReportForm', 'residenceCard'] });
    const endOfJanuary = residenceChecklist(buildFacts({ employmentInsured: false, employmentStartedOn: '2026-01-31' }));
    expect(step(endOfJanuary, 'helloWorkReport')!.dueOn).toBe('2026-02-28');
  });

  it('makes the COE’s validity the legal bound of the visa and the landing when it lapses before the targets', () => {
    const steps = residenceChecklist(buildFacts({ coeIssuedOn: '2025-12-05' }));
    expect(step(steps, 'visaApplication')).toMatchObject({ dueOn: '2026-03-05', dueKind: 'legal', dueBasis: 'immigrationControlAct.art7-2' });
    expect(step(steps, 'arrival')).toMatchObject({ dueOn: '2026-03-05', dueKind: 'legal' });
  });

  it('adds the later steps when their facts are known: a change of employer, the renewal window', () => {
    const steps = residenceChecklist(buildFacts({ residenceCardExpiresOn: '2027-03-31', affiliationChangedOn: '2026-10-15' }));
    expect(step(steps, 'affiliationNotification')).toMatchObject({ owner: 'employee', dueOn: '2026-10-29', basis: 'immigrationControlAct.art19-16' });
    expect(step(steps, 'renewal')).toMatchObject({ owner: 'employee', opensOn: '2026-12-31', dueOn: '2027-03-31', dueKind: 'legal', basis: 'immigrationControlAct.art21' });
    // Art. 19-17 exempts employers who report to Hello Work, which every employer here must.
    expect(step(steps, 'employerAffiliationNotification')).toBeUndefined();
  });
});

const jobStart = fc.integer({ min: dayNumber('2023-03-01'), max: dayNumber('2035-12-31') }).map((n) => addDays('1970-01-01', n));

describe('every checklist', () => {
  it('lists steps in the kinds’ order, each depending only on steps before it', () => {
    fc.assert(
      fc.property(jobStart, fc.boolean(), fc.boolean(), (jobStartsOn, changed, renews) => {
        const steps = residenceChecklist(buildFacts({ jobStartsOn, affiliationChangedOn: changed ? jobStartsOn : null, residenceCardExpiresOn: renews ? addDays(jobStartsOn, 365) : null }));
        const order = steps.map((s) => RESIDENCE_STEP_KINDS.indexOf(s.kind));
        expect([...order].sort((a, b) => a - b)).toEqual(order);
        const seen = new Set<ResidenceStepKind>();
        for (const s of steps) {
          for (const dependency of s.dependsOn) expect(seen.has(dependency)).toBe(true);
          seen.add(s.kind);
        }
      }),
    );
  });

  it('plans the steps before landing in order, all before the job starts, and never after the COE lapses', () => {
    fc.assert(
      fc.property(jobStart, fc.integer({ min: 10, max: 200 }), (jobStartsOn, coeDaysBefore) => {
        const coeIssuedOn = addDays(jobStartsOn, -coeDaysBefore);
        const planned = residenceChecklist(buildFacts({ jobStartsOn })).slice(0, 6).map((s) => s.dueOn!);
        expect([...planned].sort()).toEqual(planned);
        expect(planned.every((due) => due < jobStartsOn)).toBe(true);
        // A COE issued early may lapse before the targets: landing is then due by its last day.
        const steps = residenceChecklist(buildFacts({ jobStartsOn, coeIssuedOn }));
        for (const kind of ['visaApplication', 'visaIssued', 'arrival'] as const) expect(step(steps, kind)!.dueOn! <= coeValidUntil(coeIssuedOn)).toBe(true);
      }),
    );
  });
});
