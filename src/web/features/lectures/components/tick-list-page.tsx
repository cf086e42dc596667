// A session's tick list, made for staff on a phone in the lecture room: the counts stay at the
// top, every student on the roster is one card (Latin and Cyrillic name) with three large
// buttons, present / late / absent. Each tick is saved at once with the version the card
// showed; if another staff member ticked the same student meanwhile, the list reloads and
// says so instead of overwriting. The roster is filled from here too.
import { Alert, Anchor, Box, Button, Group, Loader, Paper, Select, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { TickList, TickRow } from '../../../../contracts/lectures.ts';
import { ATTENDANCE_STATUSES, type AttendanceStatus } from '../../../../domain/lectures/lectures.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { formatDate } from '../../../lib/format.ts';
import { paths } from '../../../paths.ts';
import { useAddToRoster, useMark, useProgramApplications, useTickList } from '../api/lectures.api.ts';
import { endTime } from './time.ts';

// Pressed buttons: shades dark enough for white text (late is yellow with black text).
const COLORS: Record<AttendanceStatus, { bg: string; fg: string }> = {
  present: { bg: 'var(--mantine-color-teal-9)', fg: 'var(--mantine-color-white)' },
  late: { bg: 'var(--mantine-color-yellow-4)', fg: 'var(--mantine-color-black)' },
  absent: { bg: 'var(--mantine-color-red-9)', fg: 'var(--mantine-color-white)' },
};

export function TickListPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('lectures');
  const { language, localized } = useLanguage();
  const list = useTickList(id);
  const mark = useMark(id);
  const [query, setQuery] = useState('');
  const [unmarkedOnly, setUnmarkedOnly] = useState(false);
  if (list.error) return <ApiErrorAlert error={list.error} />;
  if (!list.data) return <Loader aria-label={t('common:loading')} />;
  const { session, course, counts, items } = list.data;
  const q = query.trim().toLowerCase();
  const shown = items.filter((i) => (!unmarkedOnly || i.status === null) && (!q || i.nameLatin.toLowerCase().includes(q) || i.nameCyrillic.toLowerCase().includes(q)));
  const conflict = mark.error instanceof ApiError && mark.error.status === 409;
  return (
    <Stack gap="sm" maw={640}>
      <Anchor component={Link} to={paths.programLectures(list.data.programId)} size="sm">
        {t('tick.back')}
      </Anchor>
      <Stack gap={0}>
        <Title order={2} size="h3">
          {localized(course.title)}
        </Title>
        <Text size="sm" c="dimmed">
          {formatDate(session.date, language)} {session.startTime}–{endTime(session.startTime, session.durationMinutes)} · {[session.venue, session.room].filter(Boolean).join(' · ')}
        </Text>
      </Stack>
      <Counts counts={counts} />
      {conflict && (
        <Alert color="orange" role="alert" title={t('tick.conflictTitle')}>
          {t('tick.conflict')}
        </Alert>
      )}
      {mark.error && !conflict && <ApiErrorAlert error={mark.error} />}
      <Roster programId={list.data.programId} sessionId={id} list={list.data} />
      {items.length > 0 && (
        <Group align="flex-end" gap="sm" wrap="nowrap">
          <TextInput type="search" label={t('tick.search')} value={query} onChange={(e) => setQuery(e.currentTarget.value)} style={{ flex: 1 }} />
          <Switch label={t('tick.unmarkedOnly')} checked={unmarkedOnly} onChange={(e) => setUnmarkedOnly(e.currentTarget.checked)} pb={8} />
        </Group>
      )}
      <Stack gap={8} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('tick.listLabel')}>
        {shown.map((row) => (
          <StudentRow key={row.applicationId} row={row} onMark={(status) => mark.mutate({ applicationId: row.applicationId, input: { status, version: row.version } })} />
        ))}
      </Stack>
    </Stack>
  );
}

function Counts({ counts }: { counts: TickList['counts'] }) {
  const { t } = useTranslation('lectures');
  const cells: { key: string; value: number; color: string }[] = [
    { key: 'present', value: counts.present, color: 'teal.8' },
    { key: 'late', value: counts.late, color: 'yellow.9' },
    { key: 'absent', value: counts.absent, color: 'red.8' },
    { key: 'unmarked', value: counts.unmarked, color: 'gray.7' },
  ];
  return (
    <Paper withBorder p={6} pos="sticky" top={60} style={{ zIndex: 5 }} role="status" aria-label={t('tick.countsLabel')}>
      <Group grow gap={4}>
        {cells.map((c) => (
          <Stack key={c.key} gap={0} align="center">
            <Text fw={700} size="xl" c={c.color} lh={1.1}>
              {c.value}
            </Text>
            <Text size="xs">{t(`status.${c.key}`)}</Text>
          </Stack>
        ))}
      </Group>
    </Paper>
  );
}

const StudentRow = memo(function StudentRow({ row, onMark }: { row: TickRow; onMark: (status: AttendanceStatus) => void }) {
  const { t } = useTranslation('lectures');
  return (
    <Box component="li">
      <Paper withBorder p="xs" aria-label={row.nameLatin}>
        <Group justify="space-between" gap={4} mb={6} wrap="nowrap">
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Text fw={600} truncate>
              {row.nameLatin}
            </Text>
            <Text size="sm" c="dimmed" lang="mn" truncate>
              {row.nameCyrillic}
            </Text>
          </Stack>
          {row.method === 'qr_scan' && (
            <Text size="xs" c="dimmed">
              {t('tick.byQr')}
            </Text>
          )}
        </Group>
        <Group grow gap={6} role="group" aria-label={t('tick.statusFor', { name: row.nameLatin })}>
          {ATTENDANCE_STATUSES.map((status) => (
            <Button
              key={status}
              h={48}
              variant="default"
              aria-pressed={row.status === status}
              onClick={() => row.status !== status && onMark(status)}
              styles={row.status === status ? { root: { backgroundColor: COLORS[status].bg, borderColor: COLORS[status].bg, color: COLORS[status].fg } } : undefined}
            >
              {t(`status.${status}`)}
            </Button>
          ))}
        </Group>
      </Paper>
    </Box>
  );
});

/** Fill the roster: everyone of the program who is screened or further, or one student at a time. */
function Roster({ programId, sessionId, list }: { programId: string; sessionId: string; list: TickList }) {
  const { t } = useTranslation('lectures');
  const add = useAddToRoster(sessionId);
  const [open, setOpen] = useState(list.items.length === 0);
  const applications = useProgramApplications(open ? programId : undefined);
  const onRoster = new Set(list.items.map((i) => i.applicationId));
  const candidates = (applications.data?.items ?? []).filter((a) => !onRoster.has(a.id) && a.status !== 'applied' && a.status !== 'withdrawn' && a.status !== 'declined');
  if (!open) {
    return (
      <Button variant="subtle" size="xs" onClick={() => setOpen(true)} style={{ alignSelf: 'flex-start' }}>
        {t('roster.open', { count: list.items.length })}
      </Button>
    );
  }
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Text fw={600}>{t('roster.title')}</Text>
        {list.items.length === 0 && <Text size="sm">{t('roster.empty')}</Text>}
        <Button onClick={() => add.mutate({ wholeProgram: true })} loading={add.isPending}>
          {t('roster.wholeProgram')}
        </Button>
        <Select
          label={t('roster.addOne')}
          placeholder={t('roster.pick')}
          data={candidates.map((a) => ({ value: a.id, label: `${a.nameLatin} (${a.nameCyrillic})` }))}
          value={null}
          onChange={(value) => value && add.mutate({ applicationIds: [value] })}
          searchable
          nothingFoundMessage={t('roster.nobody')}
        />
        {add.data && <Text size="sm">{t('roster.added', { count: add.data.added })}</Text>}
        <ApiErrorAlert error={add.error ?? applications.error} />
      </Stack>
    </Paper>
  );
}
