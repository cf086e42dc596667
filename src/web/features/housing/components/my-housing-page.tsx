// A student's own flat for the internship, made for a phone (a student in Ulaanbaatar reads it
// in Mongolian before flying): the address with a map link, check-in and check-out, what the
// flat has, the house rules in their language and whom to contact; then their arrival
// checklist, where they tick their own tasks.
import { Anchor, Button, Card, Checkbox, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconMail, IconMapPin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ArrivalView, MyStaysView } from '../../../../contracts/housing.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDate, formatDateTime, formatNumber } from '../../../lib/format.ts';
import { paths } from '../../../paths.ts';
import { useArrivals, useUpdateTask } from '../api/arrivals.api.ts';
import { useMyStays, useProgramForHousing } from '../api/housing.api.ts';
import { addDays, dayOfWeek, daysFrom } from './calendar-dates.ts';
import { FacilityList } from './facilities.tsx';
import { useTaskTitle } from './task-table.tsx';
import { mapUrl } from './unit-card.tsx';
import './housing.css';

export function MyHousingPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('housing');
  const { localized } = useLanguage();
  const program = useProgramForHousing(id);
  const stays = useMyStays(id);
  const arrivals = useArrivals(id);
  const error = stays.error ?? arrivals.error;
  return (
    <Stack maw={720}>
      <Anchor component={Link} to={paths.program(id)} size="sm">{t('backToProgram')}</Anchor>
      <Stack gap={2}>
        <Title order={2}>{t('mine.title')}</Title>
        {program.data && <Text c="dimmed">{localized(program.data.name)}</Text>}
      </Stack>
      {error && <ApiErrorAlert error={error} />}
      {stays.isPending ? <Loader aria-label={t('common:loading')} /> : <Stays stays={stays.data ?? null} />}
      {arrivals.data && arrivals.data.items.map((a) => <MyChecklist key={a.applicationId} programId={id} arrival={a} />)}
    </Stack>
  );
}

function Stays({ stays }: { stays: MyStaysView | null }) {
  const { t } = useTranslation('housing');
  if (!stays || stays.stays.length === 0) {
    return (
      <Card withBorder>
        <Text>{t('mine.none')}</Text>
      </Card>
    );
  }
  return stays.stays.map((stay) => <StayCard key={stay.id} stay={stay} />);
}

function StayCard({ stay }: { stay: MyStaysView['stays'][number] }) {
  const { t } = useTranslation('housing');
  const { language, localized } = useLanguage();
  const nights = daysFrom(stay.checkIn, addDays(stay.checkOut, -1)).length;
  const rules = localized(stay.unit.rules);
  const withWeekday = (day: string) => {
    const weekday = t(`calendar.weekday.${dayOfWeek(day)}`);
    return language === 'ja' ? `${formatDate(day, language)}（${weekday}）` : `${formatDate(day, language)} (${weekday})`;
  };
  return (
    <Card withBorder component="article" aria-label={stay.unit.name} data-testid="my-stay">
      <Stack gap="md">
        <Stack gap={2}>
          <Text size="sm" c="dimmed">{localized(stay.partner.name)}</Text>
          <Title order={3}>{stay.unit.name}</Title>
          <Text>
            {stay.unit.postalCode && `〒${stay.unit.postalCode} `}
            <span lang="ja">{stay.unit.address}</span>
          </Text>
        </Stack>
        {stay.unit.location && (
          <Button component="a" href={mapUrl(stay.unit.location)} target="_blank" rel="noopener noreferrer" variant="light" leftSection={<IconMapPin size={18} aria-hidden />} fullWidth size="md">
            {t('mine.map')}
          </Button>
        )}
        <SimpleGrid cols={2} spacing="sm">
          <Fact label={t('stay.checkIn')} value={withWeekday(stay.checkIn)} />
          <Fact label={t('stay.checkOut')} value={withWeekday(stay.checkOut)} />
          <Fact label={t('mine.nights')} value={t('mine.nightsValue', { count: nights, n: formatNumber(nights, language) })} />
          <Fact label={t('unitForm.layout')} value={stay.unit.layout} />
        </SimpleGrid>
        <Stack gap={4}>
          <Text fw={600}>{t('unit.facilities')}</Text>
          <FacilityList facilities={stay.unit.facilities} />
        </Stack>
        <Stack gap={4}>
          <Text fw={600}>{t('unit.rules')}</Text>
          <Text style={{ whiteSpace: 'pre-line' }}>{rules || t('mine.noRules')}</Text>
        </Stack>
        <Stack gap={4}>
          <Text fw={600}>{t('mine.contacts')}</Text>
          <Text size="sm" c="dimmed">{localized(stay.operator.name)}</Text>
          {stay.contacts.length === 0 && <Text size="sm">{t('mine.noContacts')}</Text>}
          {stay.contacts.map((c) => (
            <Stack key={c.email} gap={0}>
              <Text size="sm" fw={500}>{c.name}</Text>
              <Anchor href={`mailto:${c.email}`} size="sm" className="hc-map-link" style={{ overflowWrap: 'anywhere' }}>
                <IconMail size={16} aria-hidden />
                {c.email}
              </Anchor>
            </Stack>
          ))}
        </Stack>
      </Stack>
    </Card>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text fw={600}>{value}</Text>
    </Stack>
  );
}

function MyChecklist({ programId, arrival }: { programId: string; arrival: ArrivalView }) {
  const { t } = useTranslation('housing');
  const { language } = useLanguage();
  const update = useUpdateTask(programId);
  const title = useTaskTitle();
  const tasks = [...arrival.tasks].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  return (
    <Card withBorder component="section" aria-label={t('mine.checklist')}>
      <Stack gap="sm">
        <Title order={3}>{t('mine.checklist')}</Title>
        {(arrival.flightNumber || arrival.arrivesAt) && (
          <Text size="sm">
            {[arrival.flightNumber && t('mine.flight', { flight: arrival.flightNumber }), arrival.arrivesAt && t('arrival.arrivesLine', { at: formatDateTime(arrival.arrivesAt, language, 'Asia/Tokyo') })].filter(Boolean).join(' · ')}
          </Text>
        )}
        <ApiErrorAlert error={update.error} />
        {tasks.length === 0 && <Text size="sm" c="dimmed">{t('arrival.noTasks')}</Text>}
        <Stack gap="xs" role="list">
          {tasks.map((task) => (
            <div key={task.id} role="listitem" className="hc-my-task" data-testid="my-task">
              <Checkbox
                size="md"
                checked={task.done}
                disabled={task.owner !== 'student' || update.isPending}
                onChange={(e) => update.mutate({ id: task.id, patch: { version: task.version, done: e.currentTarget.checked } })}
                label={title(task)}
                description={`${t(`owner.${task.owner}`)} · ${t('mine.dueBy', { date: formatDate(task.dueOn, language) })}${task.note ? ` · ${task.note}` : ''}`}
              />
            </div>
          ))}
        </Stack>
        <Text size="xs" c="dimmed">{t('mine.tickHint')}</Text>
      </Stack>
    </Card>
  );
}
