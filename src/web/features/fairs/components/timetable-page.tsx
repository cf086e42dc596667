// Printable timetables: per company, per student, per room and per interpreter, in the reader's
// language with venue and Japan times; each person's as an .ics file too. Operators pick any
// timetable; a company sees its own, a student theirs, a coordinator their students'.
import { Anchor, Button, Group, Loader, SegmentedControl, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconCalendarDown, IconPrinter } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { FairView, InterviewView } from '../../../../contracts/fairs.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { DownloadMenu } from '../../../components/ui/download-menu.tsx';
import { TableScroll } from '../../../components/ui/table-scroll.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { useAccount } from '../../../lib/session.ts';
import { studentName } from '../../../lib/student-name.ts';
import { paths } from '../../../paths.ts';
import { calendarUrl, useFair, useInterviews } from '../api/fairs.api.ts';
import { roomLabel } from './schedule-grid.tsx';
import { clock, differsFromJapan, JAPAN, slotDay, zoneLabel } from './slot-time.ts';

export const TIMETABLE_VIEWS = ['company', 'student', 'room', 'interpreter'] as const;
type View = (typeof TIMETABLE_VIEWS)[number];

export function TimetablePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('fairs');
  const fair = useFair(id);
  const interviews = useInterviews(id);
  const error = fair.error ?? interviews.error;
  if (error) return <ApiErrorAlert error={error} />;
  if (!fair.data || !interviews.data) return <Loader aria-label={t('common:loading')} />;
  return <Timetables fair={fair.data} interviews={interviews.data.items.filter((i) => i.slotId !== null)} />;
}

function Timetables({ fair, interviews }: { fair: FairView; interviews: InterviewView[] }) {
  const { t } = useTranslation('fairs');
  const { language, localized } = useLanguage();
  const account = useAccount();
  const [params, setParams] = useSearchParams();
  const views = viewsFor(fair);
  const view = (views.includes(params.get('view') as View) ? params.get('view') : views[0]) as View;
  const options = optionsOf(fair, interviews, view, account.data?.memberships.map((m) => m.organization.id) ?? [], language, localized, t);
  const chosen = options.find((o) => o.value === params.get('id')) ?? options[0];
  const rows = chosen ? interviews.filter(chosen.has).sort((a, b) => position(fair, a) - position(fair, b)) : [];
  const choose = (next: Partial<{ view: View; id: string }>) => setParams({ view: next.view ?? view, ...(next.id ? { id: next.id } : {}) });
  const showJapan = fair.slots.some((s) => differsFromJapan(fair.timeZone, s.startsAt));
  return (
    <Stack>
      <Anchor component={Link} to={paths.fair(fair.id)} size="sm" className="no-print">
        {t('timetable.back')}
      </Anchor>
      <Stack gap={2}>
        <Title order={2}>{chosen ? chosen.label : t('timetable.title')}</Title>
        <Text c="dimmed">{[localized(fair.title), fair.venue, t(`timetable.views.${view}`)].filter(Boolean).join(' · ')}</Text>
      </Stack>
      <Group className="no-print" align="flex-end">
        {views.length > 1 && <SegmentedControl data={views.map((v) => ({ value: v, label: t(`timetable.views.${v}`) }))} value={view} onChange={(v) => choose({ view: v as View })} />}
        {options.length > 1 && <Select label={t(`timetable.pick.${view}`)} data={options.map(({ value, label }) => ({ value, label }))} value={chosen?.value ?? null} onChange={(v) => v && choose({ id: v })} searchable w={300} allowDeselect={false} comboboxProps={{ withinPortal: true }} />}
        <Button variant="default" leftSection={<IconPrinter size={18} />} onClick={() => window.print()}>
          {t('timetable.print')}
        </Button>
        {chosen?.calendar && (
          <Button component="a" href={calendarUrl(fair.id, chosen.calendar, language)} download="interviews.ics" variant="light" leftSection={<IconCalendarDown size={18} />}>
            {t('timetable.ics')}
          </Button>
        )}
        {rows.length > 0 && <DownloadMenu listPath={`/api/fairs/${fair.id}/interviews`} listName={chosen?.label ?? t('timetable.title')} query={chosen?.download ?? {}} />}
      </Group>
      {rows.length === 0 ? (
        <Text c="dimmed">{t('timetable.empty')}</Text>
      ) : (
        <TableScroll label={chosen?.label ?? t('timetable.title')} minWidth={560}>
        <Table withTableBorder striped aria-label={chosen?.label}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('timetable.time', { zone: zoneLabel(fair.timeZone) })}</Table.Th>
              {showJapan && <Table.Th>{t('timetable.japanTime', { zone: zoneLabel(JAPAN) })}</Table.Th>}
              {view !== 'student' && <Table.Th>{t('interviews.student')}</Table.Th>}
              {view !== 'company' && view !== 'room' && <Table.Th>{t('interviews.company')}</Table.Th>}
              {view !== 'room' && <Table.Th>{t('grid.roomLabel')}</Table.Th>}
              <Table.Th>{t('interpreter')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((i) => {
              const slot = fair.slots.find((s) => s.id === i.slotId)!;
              const names = studentName(i.student, language);
              return (
                <Table.Tr key={i.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {slotDay(slot.startsAt, fair.timeZone, language)} {clock(slot.startsAt, fair.timeZone)}–{clock(slot.endsAt, fair.timeZone)}
                  </Table.Td>
                  {showJapan && <Table.Td style={{ whiteSpace: 'nowrap' }}>{clock(slot.startsAt, JAPAN)}–{clock(slot.endsAt, JAPAN)}</Table.Td>}
                  {view !== 'student' && (
                    <Table.Td>
                      {names.primary}
                      {names.secondary && <Text span size="xs" c="dimmed">{` ${names.secondary}`}</Text>}
                    </Table.Td>
                  )}
                  {view !== 'company' && view !== 'room' && <Table.Td>{localized(i.companyName)}</Table.Td>}
                  {view !== 'room' && <Table.Td>{roomLabel(fair, i.organizationId, i.room ?? 0, t)}</Table.Td>}
                  <Table.Td>{fair.interpreters.find((x) => x.id === i.interpreterId)?.name ?? (i.needsInterpreter ? t('interpreter') : '')}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        </TableScroll>
      )}
    </Stack>
  );
}

const position = (fair: FairView, i: InterviewView) => fair.slots.find((s) => s.id === i.slotId)?.position ?? 0;

function viewsFor(fair: FairView): View[] {
  if (fair.viewer === 'operator') return [...TIMETABLE_VIEWS];
  if (fair.viewer === 'company') return ['company', 'room'];
  return ['student'];
}

type Option = {
  value: string;
  label: string;
  has: (i: InterviewView) => boolean;
  calendar: { company: string } | { application: string } | { interpreter: string } | null;
  /** The same timetable as a file: the export's filter. */
  download: Record<string, string>;
};

function optionsOf(fair: FairView, interviews: InterviewView[], view: View, ownOrganizations: string[], language: 'ja' | 'mn' | 'en', localized: (t: FairView['title']) => string, t: TFunction<'fairs'>): Option[] {
  const companies = fair.companies.filter((c) => fair.viewer === 'operator' || ownOrganizations.includes(c.organizationId));
  if (view === 'company') return companies.map((c) => ({ value: c.organizationId, label: localized(c.name), has: (i) => i.organizationId === c.organizationId, calendar: { company: c.organizationId }, download: { company: c.organizationId } }));
  if (view === 'room') {
    return companies.flatMap((c) =>
      Array.from({ length: c.rooms }, (_, r) => ({ value: `${c.organizationId}:${r}`, label: `${localized(c.name)} · ${roomLabel(fair, c.organizationId, r, t)}`, has: (i: InterviewView) => i.organizationId === c.organizationId && i.room === r, calendar: null, download: { company: c.organizationId, room: String(r) } })),
    );
  }
  if (view === 'interpreter') return fair.interpreters.map((x) => ({ value: x.id, label: x.name, has: (i) => i.interpreterId === x.id, calendar: { interpreter: x.id }, download: { interpreter: x.id } }));
  const students = new Map(interviews.map((i) => [i.applicationId, studentName(i.student, language).primary]));
  return [...students].map(([id, label]) => ({ value: id, label, has: (i) => i.applicationId === id, calendar: { application: id }, download: { application: id } }));
}
