import { describe, expect, it } from 'vitest';
import { scheduleOfStay, stayRefusals, type StayScheduleInput } from './visa-pack-schedule.ts';
import { visaPackGaps } from './visa-pack.ts';

// Hitachi FY2024's shape: arrive on Sunday, five weekdays at the company, the report meeting on
// the last day, fly home on Saturday.
const input = (overrides: Partial<StayScheduleInput> = {}): StayScheduleInput => ({
  arrivalOn: '2025-08-17',
  departureOn: '2025-08-23',
  internshipDays: ['2025-08-18', '2025-08-19', '2025-08-20', '2025-08-21', '2025-08-22'].map((on, i) => ({ on, tasks: i === 0 ? '安全教育、工場見学' : '' })),
  hostCompany: { name: { ja: '株式会社日立精機', en: 'Hitachi Seiki' }, address: { ja: '日立市城南町1-3-5' }, phone: '0294-52-3000' },
  inviter: { address: { ja: '日立市西成沢町2-20-1' }, phone: '0294-24-1411' },
  lodging: { ja: '日立市幸町2-5-8' },
  reportMeeting: { on: '2025-08-22', place: '日立地区産業支援センター 会議室' },
  ...overrides,
});

describe('the schedule of stay', () => {
  it('has a row for every day from arrival to departure, the report meeting after that day’s work', () => {
    const rows = scheduleOfStay(input());
    expect(rows.map((r) => `${r.date} ${r.activity.en}`)).toEqual([
      '2025-08-17 Arrival in Japan; transfer to the lodging',
      '2025-08-18 Internship at Hitachi Seiki (安全教育、工場見学)',
      '2025-08-19 Internship at Hitachi Seiki',
      '2025-08-20 Internship at Hitachi Seiki',
      '2025-08-21 Internship at Hitachi Seiki',
      '2025-08-22 Internship at Hitachi Seiki',
      '2025-08-22 Final report meeting (presentation)',
      '2025-08-23 Departure from Japan',
    ]);
    expect(rows[1]).toMatchObject({ place: { ja: '日立市城南町1-3-5' }, contact: '0294-52-3000', activity: { ja: '株式会社日立精機にてインターンシップ（安全教育、工場見学）' } });
    expect(rows[6]).toMatchObject({ place: { ja: '日立地区産業支援センター 会議室' }, contact: '0294-24-1411' });
  });

  it('shows days off at the lodging (or the inviter when no lodging is known) and the inviter to call', () => {
    const rows = scheduleOfStay(input({ departureOn: '2025-08-25', reportMeeting: null }));
    expect(rows.filter((r) => r.activity.en === 'Day off').map((r) => [r.date, r.place.ja, r.contact])).toEqual([
      ['2025-08-23', '日立市幸町2-5-8', '0294-24-1411'],
      ['2025-08-24', '日立市幸町2-5-8', '0294-24-1411'],
    ]);
    expect(scheduleOfStay(input({ lodging: null }))[0]!.place).toEqual({ ja: '日立市西成沢町2-20-1' });
  });

  it('refuses a stay that does not hold the whole internship, naming the date to correct', () => {
    expect(stayRefusals(input())).toEqual([]);
    expect(stayRefusals(input({ arrivalOn: '2025-08-18' }))).toEqual([{ field: 'arrivalOn', code: 'visaPack.arrivalAfterInternshipStarts' }]);
    expect(stayRefusals(input({ departureOn: '2025-08-22' }))).toEqual([{ field: 'departureOn', code: 'visaPack.departureBeforeInternshipEnds' }]);
    expect(stayRefusals(input({ arrivalOn: '2025-08-24' }))).toEqual([{ field: 'departureOn', code: 'visaPack.departureBeforeArrival' }]);
  });
});

describe('what a pack needs on record', () => {
  const full = { address: { ja: '日立市' }, phone: '0294-24-1411', representative: { title: { ja: '理事長' }, name: { ja: '上原 健一' } } };
  const bare = { address: null, phone: null, representative: null };

  it('asks the inviter for everything, the host company for its address unless it guarantees', () => {
    expect(visaPackGaps({ inviter: full, hostCompany: { ...bare, address: { ja: '日立市' } }, guarantor: 'inviter', birthDateOnFile: true })).toEqual([]);
    expect(visaPackGaps({ inviter: bare, hostCompany: bare, guarantor: 'inviter', birthDateOnFile: false })).toEqual([
      'inviter.address',
      'inviter.phone',
      'inviter.representative',
      'hostCompany.address',
      'invitee.birthDate',
    ]);
    expect(visaPackGaps({ inviter: full, hostCompany: { ...bare, address: { ja: '日立市' } }, guarantor: 'hostCompany', birthDateOnFile: true })).toEqual(['hostCompany.phone', 'hostCompany.representative']);
  });
});
