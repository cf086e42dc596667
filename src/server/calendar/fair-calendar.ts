// One person's interviews as an iCalendar file (RFC 5545, by the `ics` package), so that a
// student's phone or a company's Outlook shows them at the right time wherever it is: times are
// written in UTC. Each interview keeps its uid and the fair's schedule revision as its sequence,
// so importing a newer file updates the events instead of adding copies.
import { createEvents, type EventAttributes } from 'ics';
import { pickLocalized, type Language } from '../../domain/shared/localized-text.ts';
import { translate } from '../i18n/server-i18n.ts';
import type { TimetableEntry } from '../mail/fair-mail.ts';
import type { FairRow } from '../repositories/fairs.repository.ts';

export type CalendarInput = { fair: Pick<FairRow, 'title' | 'venue' | 'scheduleRevision'>; language: Language; events: (TimetableEntry & { id: string })[] };

export function fairCalendar({ fair, language, events }: CalendarInput): string {
  const title = pickLocalized(fair.title, language);
  const attributes: EventAttributes[] = events.map((e) => ({
    uid: `${e.id}@kakehashi`,
    sequence: fair.scheduleRevision,
    start: e.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: e.endsAt.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: translate(language, 'mail', 'interviewWith', { name: e.counterpart }),
    location: [fair.venue, e.room].filter(Boolean).join(', '),
    description: [title, e.interpreter ? `${translate(language, 'mail', 'interpreter')}: ${e.interpreter}` : null].filter(Boolean).join('\n'),
    status: 'CONFIRMED',
    busyStatus: 'BUSY',
  }));
  const { error, value } = createEvents(attributes, { productId: 'kakehashi/interview-fair', method: 'PUBLISH', calName: title });
  if (error || value === null) throw error ?? new Error('calendar: no output');
  return value;
}
