// A fair's timetable as a sheet: one row per scheduled interview in slot order (time at the venue,
// Japan time when it differs, the student's three spellings, company, room, interpreter), as the
// timetables show them to their reader; narrowed to one company, room, student or interpreter
// when the reader's timetable is.
import { z } from 'zod';
import type { FairView, InterviewView } from '../../contracts/fairs.ts';
import { tableExportQuery } from '../../contracts/table-export.ts';
import { LANGUAGES, pickLocalized, type Language } from '../../domain/shared/localized-text.ts';
import { translate } from '../i18n/server-i18n.ts';
import { exportColumn, type Sheet } from './table-file.ts';

const ns = 'fairs';
const JAPAN = 'Asia/Tokyo';

/** The timetable's own choice: a company (and one of its rooms), a student or an interpreter. */
export const fairInterviewsExportQuery = tableExportQuery.extend({
  company: z.uuid().optional(),
  room: z.coerce.number().int().min(0).max(49).optional(),
  application: z.uuid().optional(),
  interpreter: z.uuid().optional(),
});
export type FairInterviewsExportQuery = z.infer<typeof fairInterviewsExportQuery>;

export function fairInterviewsSheet(fair: FairView, interviews: readonly InterviewView[], filter: Omit<FairInterviewsExportQuery, 'format' | 'language'>, language: Language): Sheet {
  const t = (key: string, params?: Record<string, unknown>) => translate(language, ns, key, params);
  const slots = new Map(fair.slots.map((s) => [s.id, s]));
  const companyOrder = new Map(fair.companies.map((c, i) => [c.organizationId, i]));
  const rows = interviews
    .filter((i) => i.slotId !== null && slots.has(i.slotId) && matches(i, filter))
    .sort((a, b) => slots.get(a.slotId!)!.position - slots.get(b.slotId!)!.position || (companyOrder.get(a.organizationId) ?? 0) - (companyOrder.get(b.organizationId) ?? 0) || (a.room ?? 0) - (b.room ?? 0));
  const at = fair.slots[0]?.startsAt ?? new Date().toISOString();
  const showJapan = fair.slots.some((s) => clock(s.startsAt, fair.timeZone) !== clock(s.startsAt, JAPAN));
  const headed = (key: string, labelKey: string, zone: string) => ({ ...exportColumn(key, ns, labelKey), labels: Object.fromEntries(LANGUAGES.map((l) => [l, translate(l, ns, labelKey, { zone: zoneLabel(zone, at) })])) as Record<Language, string> });
  const columns = [
    headed('time', 'timetable.time', fair.timeZone),
    ...(showJapan ? [headed('japanTime', 'timetable.japanTime', JAPAN)] : []),
    exportColumn('nameLatin', 'applications', 'fields.nameLatin'),
    exportColumn('nameCyrillic', 'applications', 'fields.nameCyrillic'),
    exportColumn('nameKatakana', 'applications', 'fields.nameKatakana'),
    exportColumn('company', ns, 'interviews.company'),
    exportColumn('room', ns, 'grid.roomLabel'),
    exportColumn('interpreter', ns, 'interpreter'),
  ];
  return {
    name: t('timetable.title'),
    columns,
    rows: rows.map((i) => {
      const slot = slots.get(i.slotId!)!;
      const company = fair.companies.find((c) => c.organizationId === i.organizationId);
      const room = i.room ?? 0;
      return {
        time: `${venueDate(slot.startsAt, fair.timeZone)} ${clock(slot.startsAt, fair.timeZone)}–${clock(slot.endsAt, fair.timeZone)}`,
        japanTime: `${clock(slot.startsAt, JAPAN)}–${clock(slot.endsAt, JAPAN)}`,
        nameLatin: i.student.nameLatin,
        nameCyrillic: i.student.nameCyrillic,
        nameKatakana: i.student.nameKatakana,
        company: pickLocalized(i.companyName, language),
        room: company?.roomNames[room] || t('grid.room', { number: room + 1 }),
        interpreter: fair.interpreters.find((x) => x.id === i.interpreterId)?.name ?? (i.needsInterpreter ? t('interpreter') : ''),
      };
    }),
  };
}

function matches(i: InterviewView, filter: Omit<FairInterviewsExportQuery, 'format' | 'language'>): boolean {
  if (filter.company !== undefined && i.organizationId !== filter.company) return false;
  if (filter.room !== undefined && i.room !== filter.room) return false;
  if (filter.application !== undefined && i.applicationId !== filter.application) return false;
  return filter.interpreter === undefined || i.interpreterId === filter.interpreter;
}

const clock = (iso: string, timeZone: string) => new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
/** 2025-06-22: the day at the venue, sortable in every language. */
const venueDate = (iso: string, timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
const zoneLabel = (timeZone: string, iso: string) => new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'shortOffset' }).formatToParts(new Date(iso)).find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
