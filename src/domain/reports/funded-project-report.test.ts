import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { enteredActualFor, progressPercent } from './indicator-progress.ts';
import { actualPeriodRefusals, budgetSummary, expenseRefusals } from './project-budget.ts';
import { clipToProject, periodOf, periodsOfProject } from './report-period.ts';

const jica = { startsOn: '2023-09-01', endsOn: '2026-08-31' };

describe('report periods', () => {
  it('a month, a quarter, a fiscal year and the whole project, cut to the project', () => {
    expect(periodOf('month', '2024-02-10', jica)).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(periodOf('quarter', '2024-05-10', jica)).toEqual({ from: '2024-04-01', to: '2024-06-30' });
    expect(periodOf('quarter', '2023-08-10', jica)).toEqual({ from: '2023-09-01', to: '2023-09-30' });
    expect(periodOf('fiscalYear', '2024-02-10', jica)).toEqual({ from: '2023-09-01', to: '2024-03-31' });
    expect(periodOf('fiscalYear', '2026-05-01', jica)).toEqual({ from: '2026-04-01', to: '2026-08-31' });
    expect(periodOf('project', '2000-01-01', jica)).toEqual({ from: '2023-09-01', to: '2026-08-31' });
    expect(periodOf('month', '2027-01-01', jica)).toBeNull();
    expect(clipToProject({ from: '2020-01-01', to: '2023-08-31' }, jica)).toBeNull();
  });

  it('the periods of a kind tile the project without gaps or overlaps', () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, fc.constantFrom('month' as const, 'quarter' as const, 'fiscalYear' as const), (a, b, kind) => {
        const project = a <= b ? { startsOn: a, endsOn: b } : { startsOn: b, endsOn: a };
        const periods = periodsOfProject(kind, project);
        expect(periods[0]!.from).toBe(project.startsOn);
        expect(periods.at(-1)!.to).toBe(project.endsOn);
        for (let i = 1; i < periods.length; i++) {
          const next = new Date(`${periods[i - 1]!.to}T00:00:00Z`);
          next.setUTCDate(next.getUTCDate() + 1);
          expect(periods[i]!.from).toBe(next.toISOString().slice(0, 10));
        }
      }),
    );
  });
});

describe('an indicator’s actual for a period', () => {
  const actuals = [
    { periodStart: '2024-04-01', periodEnd: '2024-04-30', value: 3 },
    { periodStart: '2024-05-01', periodEnd: '2024-05-31', value: 4 },
    { periodStart: '2024-04-01', periodEnd: '2024-09-30', value: 100 },
  ];
  it('amounts add up over the actuals inside the period; levels take the latest', () => {
    expect(enteredActualFor('people', actuals, { from: '2024-04-01', to: '2024-06-30' })).toBe(7);
    expect(enteredActualFor('percent', [...actuals.slice(0, 2)], { from: '2024-04-01', to: '2024-06-30' })).toBe(4);
    expect(enteredActualFor('hours', actuals, { from: '2024-04-01', to: '2025-03-31' })).toBe(107);
    expect(enteredActualFor('people', actuals, { from: '2025-04-01', to: '2025-06-30' })).toBeNull();
  });

  it('a sum over a period is the sum over the months that tile it', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 11 }), fc.integer({ min: 0, max: 50 })), { maxLength: 20 }), (entries) => {
        const rows = entries.map(([m]) => periodOf('month', `2024-${String(m + 1).padStart(2, '0')}-15`, { startsOn: '2024-01-01', endsOn: '2024-12-31' })!).map((p, i) => ({ periodStart: p.from, periodEnd: p.to, value: entries[i]![1] }));
        const year = enteredActualFor('count', rows, { from: '2024-01-01', to: '2024-12-31' }) ?? 0;
        const months = periodsOfProject('month', { startsOn: '2024-01-01', endsOn: '2024-12-31' }).reduce((s, p) => s + (enteredActualFor('count', rows, p) ?? 0), 0);
        expect(year).toBe(months);
      }),
    );
  });

  it('progress from baseline to target', () => {
    expect(progressPercent(0, 8, 4)).toBe(50);
    expect(progressPercent(20, 60, 50)).toBe(75);
    expect(progressPercent(0, 8, 10)).toBe(125);
    expect(progressPercent(5, 5, 5)).toBe(100);
    expect(progressPercent(0, 8, null)).toBeNull();
  });
});

describe('the budget', () => {
  const lines = [
    { id: 'travel', category: 'travel' as const, plannedYen: 1_000_000, inKind: false },
    { id: 'staff', category: 'personnel' as const, plannedYen: 3_000_000, inKind: false },
    { id: 'lectures', category: 'training' as const, plannedYen: 500_000, inKind: true },
  ];
  const expenses = [
    { budgetLineId: 'travel', spentOn: '2024-06-10', amountYen: 250_000 },
    { budgetLineId: 'travel', spentOn: '2025-06-10', amountYen: 300_000 },
    { budgetLineId: 'lectures', spentOn: '2024-06-15', amountYen: 120_000 },
  ];
  it('per line, per category, cash apart from in kind, cumulative to the period’s end', () => {
    const s = budgetSummary(60_000_000, lines, expenses, { from: '2024-04-01', to: '2025-03-31' });
    expect(s.lines[0]).toMatchObject({ spentYen: 250_000, inKindYen: 0, periodYen: 250_000, remainingYen: 750_000, percentUsed: 25 });
    expect(s.lines[2]).toMatchObject({ spentYen: 0, inKindYen: 120_000, remainingYen: 380_000, percentUsed: 24 });
    expect(s.cash).toMatchObject({ plannedYen: 4_000_000, spentYen: 250_000 });
    expect(s.inKind).toMatchObject({ plannedYen: 500_000, inKindYen: 120_000 });
    expect(s.budgetRemainingYen).toBe(59_750_000);
    const later = budgetSummary(60_000_000, lines, expenses, { from: '2025-04-01', to: '2026-03-31' });
    expect(later.lines[0]).toMatchObject({ spentYen: 550_000, periodYen: 300_000 });
  });

  it('categories and the two kinds add up to the lines', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('travel', 'staff', 'lectures'), fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 900 })), { maxLength: 30 }), (raw) => {
        const ex = raw.map(([budgetLineId, amountYen, d]) => ({ budgetLineId, amountYen, spentOn: new Date(Date.UTC(2023, 8, 1 + d)).toISOString().slice(0, 10) }));
        const s = budgetSummary(60_000_000, lines, ex, { from: '2023-09-01', to: '2026-08-31' });
        const used = s.lines.reduce((t, l) => t + l.spentYen + l.inKindYen, 0);
        expect(s.cash.spentYen + s.inKind.inKindYen).toBe(used);
        expect(s.categories.reduce((t, c) => t + c.spentYen + c.inKindYen, 0)).toBe(used);
        expect(used).toBe(ex.reduce((t, e) => t + e.amountYen, 0));
      }),
    );
  });

  it('refuses expenses outside the project, negative, or of the wrong kind for the line', () => {
    expect(expenseRefusals({ spentOn: '2023-08-31', amountYen: 1, contributorId: null }, { inKind: false }, jica).map((i) => i.code)).toEqual(['fundedProject.outsideProject']);
    expect(expenseRefusals({ spentOn: '2024-01-01', amountYen: -5, contributorId: null }, { inKind: false }, jica).map((i) => i.field)).toEqual(['amountYen']);
    expect(expenseRefusals({ spentOn: '2024-01-01', amountYen: 5, contributorId: 'org' }, { inKind: false }, jica).map((i) => i.code)).toEqual(['fundedProject.inKindOnCashLine']);
    expect(expenseRefusals({ spentOn: '2024-01-01', amountYen: 5, contributorId: null }, { inKind: true }, jica).map((i) => i.code)).toEqual(['fundedProject.contributorRequired']);
    expect(expenseRefusals({ spentOn: '2024-01-01', amountYen: 5, contributorId: 'org' }, { inKind: true }, jica)).toEqual([]);
    expect(actualPeriodRefusals({ periodStart: '2024-02-01', periodEnd: '2024-01-01' }, jica)[0]!.field).toBe('periodEnd');
    expect(actualPeriodRefusals({ periodStart: '2026-08-01', periodEnd: '2026-09-30' }, jica)[0]!.code).toBe('fundedProject.outsideProject');
  });
});
