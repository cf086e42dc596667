// The schedule of stay (滞在予定表) of an intern's visa pack, drawn from the program's data:
// one row for every day from arrival to departure — the internship days with their planned
// tasks at the host company, the final report meeting, days off at the lodging, and the
// journeys. The embassy reads it to see that every day of the stay is accounted for.
import { addDays } from '../housing/dates.ts';
import { pickLocalized, type LocalizedText } from '../shared/localized-text.ts';

export type StayScheduleRow = { date: string; activity: LocalizedText; place: LocalizedText; contact: string };

export type StayScheduleInput = {
  arrivalOn: string;
  departureOn: string;
  /** The plan's days (weekdays, or every day when the plan includes weekends) and their tasks. */
  internshipDays: readonly { on: string; tasks: string }[];
  hostCompany: { name: LocalizedText; address: LocalizedText; phone: string | null };
  inviter: { address: LocalizedText; phone: string };
  /** The lodging's address; where the intern is when not at the company. */
  lodging: LocalizedText | null;
  reportMeeting: { on: string; place: string } | null;
};

/** Why a stay cannot be drawn: the codes name the field to correct. */
export function stayRefusals(input: Pick<StayScheduleInput, 'arrivalOn' | 'departureOn' | 'internshipDays'>): { field: 'arrivalOn' | 'departureOn'; code: string }[] {
  if (input.departureOn < input.arrivalOn) return [{ field: 'departureOn', code: 'visaPack.departureBeforeArrival' }];
  const days = input.internshipDays.map((d) => d.on).sort();
  const refusals: { field: 'arrivalOn' | 'departureOn'; code: string }[] = [];
  if (days.length > 0 && input.arrivalOn >= days[0]!) refusals.push({ field: 'arrivalOn', code: 'visaPack.arrivalAfterInternshipStarts' });
  if (days.length > 0 && input.departureOn <= days[days.length - 1]!) refusals.push({ field: 'departureOn', code: 'visaPack.departureBeforeInternshipEnds' });
  return refusals;
}

/** The rows in date order; a report meeting on an internship day follows that day's work. */
export function scheduleOfStay(input: StayScheduleInput): StayScheduleRow[] {
  const tasks = new Map(input.internshipDays.map((d) => [d.on, d.tasks.trim()]));
  const rest = input.lodging ?? input.inviter.address;
  const rows: StayScheduleRow[] = [];
  for (let date = input.arrivalOn; date <= input.departureOn; date = addDays(date, 1)) {
    if (date === input.arrivalOn) rows.push({ date, activity: { ja: '来日（入国）、宿泊先へ移動', en: 'Arrival in Japan; transfer to the lodging' }, place: rest, contact: input.inviter.phone });
    else if (date === input.departureOn) rows.push({ date, activity: { ja: '帰国（出国）', en: 'Departure from Japan' }, place: rest, contact: input.inviter.phone });
    else if (tasks.has(date)) rows.push(internshipRow(input, date, tasks.get(date)!));
    if (input.reportMeeting?.on === date) {
      rows.push({ date, activity: { ja: '最終報告会（発表）', en: 'Final report meeting (presentation)' }, place: input.reportMeeting.place ? { ja: input.reportMeeting.place, en: input.reportMeeting.place } : input.inviter.address, contact: input.inviter.phone });
    } else if (date !== input.arrivalOn && date !== input.departureOn && !tasks.has(date)) {
      rows.push({ date, activity: { ja: '休日', en: 'Day off' }, place: rest, contact: input.inviter.phone });
    }
  }
  return rows;
}

function internshipRow(input: StayScheduleInput, date: string, tasks: string): StayScheduleRow {
  const company = input.hostCompany;
  const ja = pickLocalized(company.name, 'ja');
  const en = pickLocalized(company.name, 'en');
  return {
    date,
    activity: { ja: `${ja}にてインターンシップ${tasks ? `（${tasks}）` : ''}`, en: `Internship at ${en}${tasks ? ` (${tasks})` : ''}` },
    place: company.address,
    contact: company.phone ?? input.inviter.phone,
  };
}
