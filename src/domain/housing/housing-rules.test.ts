import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agreementDates, dueReminder, reminderSent } from './agreement.ts';
import { checklistFor, isOverdue } from './arrival-checklist.ts';
import { addDays, addMonths } from './dates.ts';
import { seasonOf } from './season.ts';
import { breaksSameGenderRule, freeBed, reseat, withinLending, type BookedStay } from './stays.ts';

const stay = (id: string, bed: number, checkIn: string, checkOut: string, gender: BookedStay['gender'] = 'female'): BookedStay => ({ id, bed, checkIn, checkOut, gender });

describe('the season', () => {
  it('gives Hitachi 2025 interns a bed from the night before the internship to the morning after it', () => {
    expect(seasonOf({ startDate: '2025-08-19', endDate: '2025-08-30' })).toEqual({ internshipStart: '2025-08-19', internshipEnd: '2025-08-30', checkIn: '2025-08-18', checkOut: '2025-08-31' });
  });
});

describe('calendar arithmetic', () => {
  it('adds days across months and years, and months to a shorter month’s last day', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2025-07-17', 12)).toBe('2026-07-17');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
  });
});

describe('a stay in a unit', () => {
  it('must lie inside one lending period; the check-out day may be the period’s end', () => {
    const periods = [{ from: '2025-08-01', to: '2025-09-01' }];
    expect(withinLending(periods, { checkIn: '2025-08-18', checkOut: '2025-08-31' })).toBe(true);
    expect(withinLending(periods, { checkIn: '2025-08-18', checkOut: '2025-09-01' })).toBe(true);
    expect(withinLending(periods, { checkIn: '2025-07-31', checkOut: '2025-08-10' })).toBe(false);
    expect(withinLending([], { checkIn: '2025-08-18', checkOut: '2025-08-31' })).toBe(false);
  });

  it('takes the lowest bed free on all its nights; back-to-back stays share a bed', () => {
    const others = [stay('a', 1, '2025-08-18', '2025-08-25'), stay('b', 2, '2025-08-20', '2025-08-31')];
    expect(freeBed(2, others, { checkIn: '2025-08-25', checkOut: '2025-08-31' })).toBe(1);
    expect(freeBed(2, others, { checkIn: '2025-08-19', checkOut: '2025-08-21' })).toBeNull();
    expect(freeBed(3, others, { checkIn: '2025-08-19', checkOut: '2025-08-21' })).toBe(3);
  });

  it('keeps the same-gender rule: another gender or an unrecorded one never shares a night', () => {
    const others = [stay('a', 1, '2025-08-18', '2025-08-25', 'female')];
    expect(breaksSameGenderRule(others, { checkIn: '2025-08-20', checkOut: '2025-08-22', gender: 'female' })).toBe(false);
    expect(breaksSameGenderRule(others, { checkIn: '2025-08-20', checkOut: '2025-08-22', gender: 'male' })).toBe(true);
    expect(breaksSameGenderRule(others, { checkIn: '2025-08-20', checkOut: '2025-08-22', gender: null })).toBe(true);
    expect(breaksSameGenderRule(others, { checkIn: '2025-08-25', checkOut: '2025-08-27', gender: 'male' })).toBe(false);
  });

  it('re-seats a unit when no single bed is free although no night is full', () => {
    const a = stay('a', 1, '2025-08-18', '2025-08-19');
    const b = stay('b', 2, '2025-08-19', '2025-08-20');
    const c = { id: 'c', bed: 0, checkIn: '2025-08-18', checkOut: '2025-08-20', gender: null };
    expect(freeBed(2, [a, b], c)).toBeNull();
    const beds = reseat(2, [a, b, c])!;
    expect(new Set([beds.get(a), beds.get(c)]).size).toBe(2);
    expect(new Set([beds.get(b), beds.get(c)]).size).toBe(2);
  });

  it('re-seats with as many beds as the busiest night, never two people in one bed on one night (random stays)', () => {
    const day = (n: number) => addDays('2025-08-01', n);
    const arbitraryStays = fc.array(fc.tuple(fc.nat(20), fc.integer({ min: 1, max: 6 })), { maxLength: 25 }).map((xs) => xs.map(([start, length], i) => ({ id: String(i), checkIn: day(start), checkOut: day(start + length) })));
    fc.assert(
      fc.property(arbitraryStays, fc.integer({ min: 1, max: 6 }), (stays, capacity) => {
        let busiest = 0;
        for (let n = 0; n < 30; n++) busiest = Math.max(busiest, stays.filter((s) => s.checkIn <= day(n) && day(n) < s.checkOut).length);
        const beds = reseat(capacity, stays);
        if (busiest > capacity) return beds === null;
        if (beds === null) return false;
        for (const s of stays) for (const t of stays) if (s !== t && beds.get(s) === beds.get(t) && s.checkIn < t.checkOut && t.checkIn < s.checkOut) return false;
        return [...beds.values()].every((bed) => bed >= 1 && bed <= capacity);
      }),
    );
  });
});

describe('the framework agreement', () => {
  const hitachi = { startsOn: '2025-07-17', termMonths: 12, autoRenew: true, reminderDays: 30, endedOn: null };

  it('runs its first year to 16 July 2026 and reminds the operator from 17 June 2026', () => {
    expect(agreementDates(hitachi, '2025-12-01')).toEqual({ currentTermEnds: '2026-07-16', nextRenewal: '2026-07-17', remindFrom: '2026-06-17', reminderDue: false });
    expect(agreementDates(hitachi, '2026-06-17').reminderDue).toBe(true);
  });

  it('renews itself each year', () => {
    expect(agreementDates(hitachi, '2026-12-06')).toEqual({ currentTermEnds: '2027-07-16', nextRenewal: '2027-07-17', remindFrom: '2027-06-17', reminderDue: false });
    expect(agreementDates(hitachi, '2026-07-17').nextRenewal).toBe('2027-07-17');
  });

  it('without renewal ends after its term; once ended, nothing is due', () => {
    expect(agreementDates({ ...hitachi, autoRenew: false }, '2026-07-01')).toEqual({ currentTermEnds: '2026-07-16', nextRenewal: null, remindFrom: '2026-06-17', reminderDue: true });
    expect(agreementDates({ ...hitachi, autoRenew: false }, '2026-08-01')).toMatchObject({ nextRenewal: null, reminderDue: false });
    expect(agreementDates({ ...hitachi, endedOn: '2026-03-31' }, '2026-04-01')).toEqual({ currentTermEnds: null, nextRenewal: null, remindFrom: null, reminderDue: false });
  });

  it('mails one reminder per renewal: about the renewal date, with notice possible to the term’s last day', () => {
    expect(dueReminder(hitachi, '2026-06-16')).toBeNull();
    expect(dueReminder(hitachi, '2026-06-17')).toEqual({ about: '2026-07-17', renews: true, currentTermEnds: '2026-07-16', noticeBy: '2026-07-16' });
    expect(dueReminder(hitachi, '2027-06-17')?.about).toBe('2027-07-17');
    expect(dueReminder({ ...hitachi, autoRenew: false }, '2026-07-16')).toMatchObject({ about: '2026-07-17', renews: false });
    expect(dueReminder({ ...hitachi, autoRenew: false }, '2026-07-17')).toBeNull();
    expect(dueReminder({ ...hitachi, endedOn: '2026-06-01' }, '2026-06-20')).toBeNull();
    expect(reminderSent({ ...hitachi, renewalRemindedFor: '2026-07-17' }, '2026-06-20')).toBe(true);
    expect(reminderSent({ ...hitachi, renewalRemindedFor: '2026-07-17' }, '2027-06-20')).toBe(false);
  });
});

describe('the arrival checklist', () => {
  it('seeds the Nagaoka roles’ tasks with due dates from the stay, skipping those already there', () => {
    const tasks = checklistFor({ checkIn: '2025-08-18', checkOut: '2025-08-31' }, new Set(['flight']));
    expect(tasks.map((t) => t.kind)).toEqual(['travelInsurance', 'emergencyContacts', 'simOrWifi', 'houseRules', 'airportPickup', 'keyHandover', 'keyReturn', 'checkOutInspection']);
    expect(tasks.find((t) => t.kind === 'keyHandover')).toMatchObject({ owner: 'housing_partner', dueOn: '2025-08-18' });
    expect(tasks.find((t) => t.kind === 'checkOutInspection')).toMatchObject({ owner: 'housing_partner', dueOn: '2025-08-31' });
    expect(tasks.find((t) => t.kind === 'travelInsurance')).toMatchObject({ owner: 'college', dueOn: '2025-08-04' });
  });

  it('calls a task overdue from the day after it was due, until done', () => {
    expect(isOverdue({ dueOn: '2025-08-18', done: false }, '2025-08-18')).toBe(false);
    expect(isOverdue({ dueOn: '2025-08-18', done: false }, '2025-08-19')).toBe(true);
    expect(isOverdue({ dueOn: '2025-08-18', done: true }, '2025-08-19')).toBe(false);
  });
});
