// The final report meeting (報告会) of a program: when and where, the running order with each
// talk's start time, title and slides; the operators set it up and order the talks, the
// presenting intern gives a title and uploads slides, the host companies score each talk on the
// rubric, and the operators and companies see the results per student.
import { Anchor, Button, Card, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ReportMeetingView } from '../../../../contracts/internship.ts';
import { talkTimes } from '../../../../domain/internship/report-meeting.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatNumber } from '../../../lib/format.ts';
import { paths } from '../../../paths.ts';
import { useProgramForInternship } from '../api/internship.api.ts';
import { useReportMeeting } from '../api/report-meeting.api.ts';
import { dayLabel } from './internship-format.ts';
import { MeetingFormModal } from './meeting-form-modal.tsx';
import { MeetingResults } from './meeting-results.tsx';
import { RunningOrder } from './running-order.tsx';
import './internship.css';

export function ReportMeetingPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('internship');
  const { localized } = useLanguage();
  const program = useProgramForInternship(id);
  const meeting = useReportMeeting(id);
  return (
    <Stack maw={1100}>
      <Anchor component={Link} to={paths.program(id)} size="sm">{t('backToProgram')}</Anchor>
      <Stack gap={4}>
        <Title order={2}>{t('meeting.title')}</Title>
        {program.data && <Text c="dimmed">{localized(program.data.name)}</Text>}
      </Stack>
      {meeting.error ? <ApiErrorAlert error={meeting.error} /> : !meeting.data ? <Loader aria-label={t('common:loading')} /> : <MeetingBody programId={id} view={meeting.data} />}
    </Stack>
  );
}

function MeetingBody({ programId, view }: { programId: string; view: ReportMeetingView }) {
  const { t } = useTranslation('internship');
  return (
    <>
      <MeetingFacts programId={programId} view={view} />
      {view.meeting && (
        <>
          <Title order={3}>{t('meeting.order')}</Title>
          {view.talks.length === 0 ? <Text c="dimmed">{t('meeting.noTalks')}</Text> : <RunningOrder programId={programId} view={view} meeting={view.meeting} />}
          {(view.canManage || view.canScore) && view.talks.length > 0 && <MeetingResults view={view} meeting={view.meeting} />}
        </>
      )}
    </>
  );
}

function MeetingFacts({ programId, view }: { programId: string; view: ReportMeetingView }) {
  const { t } = useTranslation('internship');
  const { language } = useLanguage();
  const [editing, setEditing] = useState(false);
  const m = view.meeting;
  const ends = m ? talkTimes(m.startsAt, m.minutesPerTalk, view.talks.length + 1).at(-1)! : '';
  return (
    <Card withBorder component="section" aria-label={t('meeting.when')}>
      {m ? (
        <Stack gap="sm">
          <Group justify="space-between" align="flex-start">
            <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm" style={{ flex: 1, minWidth: 260 }}>
              <Fact label={t('meeting.heldOn')} value={dayLabel(m.heldOn, language, (d) => t(`weekday.${d}`))} />
              <Fact label={t('meeting.time')} value={view.talks.length > 0 ? `${m.startsAt}–${ends}` : m.startsAt} />
              <Fact label={t('meeting.place')} value={m.place || '—'} />
              <Fact label={t('meeting.minutesPerTalk')} value={t('meeting.minutes', { n: formatNumber(m.minutesPerTalk, language), count: m.minutesPerTalk })} />
            </SimpleGrid>
            {view.canManage && <Button variant="default" onClick={() => setEditing(true)}>{t('meeting.edit')}</Button>}
          </Group>
        </Stack>
      ) : (
        <Group justify="space-between">
          <Text c="dimmed">{view.canManage ? t('meeting.notSetUpManage') : t('meeting.notSetUp')}</Text>
          {view.canManage && <Button onClick={() => setEditing(true)}>{t('meeting.setUp')}</Button>}
        </Group>
      )}
      {editing && <MeetingFormModal programId={programId} meeting={m} onClose={() => setEditing(false)} />}
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
