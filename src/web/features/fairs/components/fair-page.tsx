// One interview fair, as each participant needs it. The operators: the scheduler's last run,
// the grid to move interviews by hand, the requests to approve, the set-up, publication. A
// company: its interviews (ask for students, evaluate after) and when it cannot come. A student:
// their interviews (ask for companies) and when they cannot come. A college: its students'.
import { Anchor, Badge, Button, Card, Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { FairView, InterviewView } from '../../../../contracts/fairs.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDateRange, formatNumber } from '../../../lib/format.ts';
import { paths } from '../../../paths.ts';
import { useFair, useInterviews, usePublish, useRunScheduler } from '../api/fairs.api.ts';
import { AvailabilityCard } from './availability-card.tsx';
import { FairFormModal } from './fair-form-modal.tsx';
import { InterviewsCard } from './interviews-card.tsx';
import { ScheduleGrid } from './schedule-grid.tsx';
import { SetupCard } from './setup-card.tsx';
import { UnscheduledList } from './unscheduled-list.tsx';

export function FairPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('fairs');
  const fair = useFair(id);
  const interviews = useInterviews(id);
  const error = fair.error ?? interviews.error;
  if (error) return <ApiErrorAlert error={error} />;
  if (!fair.data || !interviews.data) return <Loader aria-label={t('common:loading')} />;
  const items = interviews.data.items;
  return (
    <Stack>
      <Anchor component={Link} to={paths.programFairs(fair.data.programId)} size="sm" className="no-print">
        {t('backToFairs')}
      </Anchor>
      <FairHeader fair={fair.data} interviews={items} />
      {fair.data.viewer === 'operator' ? <OperatorView fair={fair.data} interviews={items} /> : <ParticipantView fair={fair.data} interviews={items} />}
    </Stack>
  );
}

function FairHeader({ fair, interviews }: { fair: FairView; interviews: InterviewView[] }) {
  const { t } = useTranslation('fairs');
  const { language, localized } = useLanguage();
  const [editing, setEditing] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const run = useRunScheduler(fair.id);
  const publish = usePublish(fair.id);
  const dates = fair.days.map((d) => d.date).sort();
  const operates = fair.viewer === 'operator';
  const approved = interviews.filter((i) => i.status === 'approved').length;
  return (
    <Stack gap="xs">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="xs">
            <Title order={2}>{localized(fair.title)}</Title>
            <StatusBadge color={fair.status === 'published' ? 'teal' : 'gray'}>{t(`status.${fair.status}`)}</StatusBadge>
          </Group>
          <Text c="dimmed">{[formatDateRange(dates[0]!, dates.at(-1)!, language), fair.venue, t('header.slots', { count: fair.slots.length, minutes: fair.slotMinutes })].filter(Boolean).join(' · ')}</Text>
        </Stack>
        <Group className="no-print">
          <Button component={Link} to={paths.fairTimetable(fair.id)} variant="light">
            {t('timetable.link')}
          </Button>
          {operates && (
            <>
              <Button variant="default" onClick={() => setEditing(true)}>
                {t('common:actions.edit')}
              </Button>
              <Button onClick={() => run.mutate(fair.version)} loading={run.isPending} disabled={approved === 0}>
                {t('run.button')}
              </Button>
              {fair.status === 'draft' && (
                <Button color="teal.9" onClick={() => setPublishing(true)} disabled={!fair.lastRun}>
                  {t('publish.button')}
                </Button>
              )}
            </>
          )}
        </Group>
      </Group>
      <ApiErrorAlert error={run.error} />
      {operates && fair.lastRun && (
        <Card withBorder padding="sm" role="status" aria-label={t('run.summaryLabel')}>
          <Group gap="lg">
            <Text size="sm">{t('run.placed', { placed: formatNumber(fair.lastRun.scheduled, language), total: formatNumber(fair.lastRun.scheduled + fair.lastRun.unscheduled, language) })}</Text>
            <Text size="sm">{t('run.makespan', { slots: fair.lastRun.makespan, bound: fair.lastRun.lowerBound })}</Text>
            <StatusBadge color={fair.lastRun.optimality === 'proved' ? 'teal' : 'yellow'}>{t(`run.${fair.lastRun.optimality}`)}</StatusBadge>
            <Text size="sm">{t('run.gaps', { count: fair.lastRun.idleGaps })}</Text>
          </Group>
        </Card>
      )}
      <FairFormModal programId={fair.programId} fair={fair} opened={editing} onClose={() => setEditing(false)} />
      <ConfirmDialog
        opened={publishing}
        title={t('publish.title')}
        message={t('publish.message')}
        confirmLabel={t('publish.confirm')}
        onClose={() => setPublishing(false)}
        onConfirm={() => publish.mutate(fair.version, { onSuccess: () => setPublishing(false) })}
        pending={publish.isPending}
        error={publish.error}
      />
    </Stack>
  );
}

function OperatorView({ fair, interviews }: { fair: FairView; interviews: InterviewView[] }) {
  const { t } = useTranslation('fairs');
  const requested = interviews.filter((i) => i.status === 'requested').length;
  return (
    <Tabs defaultValue={fair.companies.length === 0 ? 'setup' : 'grid'} keepMounted={false}>
      <Tabs.List className="no-print">
        <Tabs.Tab value="grid">{t('tabs.grid')}</Tabs.Tab>
        <Tabs.Tab value="interviews" rightSection={requested > 0 ? <Badge size="sm" circle>{requested}</Badge> : null}>
          {t('tabs.interviews')}
        </Tabs.Tab>
        <Tabs.Tab value="setup">{t('tabs.setup')}</Tabs.Tab>
        <Tabs.Tab value="availability">{t('tabs.availability')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="grid" pt="md">
        <Stack>
          {fair.companies.length === 0 ? <Text c="dimmed">{t('grid.noCompanies')}</Text> : <ScheduleGrid fair={fair} interviews={interviews} operates />}
          <UnscheduledList fair={fair} interviews={interviews} />
        </Stack>
      </Tabs.Panel>
      <Tabs.Panel value="interviews" pt="md">
        <InterviewsCard fair={fair} interviews={interviews} />
      </Tabs.Panel>
      <Tabs.Panel value="setup" pt="md">
        <SetupCard fair={fair} />
      </Tabs.Panel>
      <Tabs.Panel value="availability" pt="md">
        <AvailabilityCard fair={fair} interviews={interviews} />
      </Tabs.Panel>
    </Tabs>
  );
}

function ParticipantView({ fair, interviews }: { fair: FairView; interviews: InterviewView[] }) {
  return (
    <Stack>
      <InterviewsCard fair={fair} interviews={interviews} />
      {fair.viewer !== 'college' && <AvailabilityCard fair={fair} interviews={interviews} />}
    </Stack>
  );
}
