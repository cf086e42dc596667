// A student's own attendance in a program: every session with their status, the total against
// the program's rule for the interview fair, the certificate once they attended a session, and
// the learning materials of curricula with their progress.
import { Alert, Anchor, Button, Checkbox, Group, Loader, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDate } from '../../../lib/format.ts';
import { paths } from '../../../paths.ts';
import { useOwnAttendance, useSetProgress } from '../api/lectures.api.ts';
import { endTime } from './time.ts';

const COLORS = { present: 'teal', late: 'yellow', absent: 'red' } as const;

export function MyAttendancePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('lectures');
  const { language, localized } = useLanguage();
  const own = useOwnAttendance(id);
  const progress = useSetProgress(own.applicationId);
  if (own.error) return <ApiErrorAlert error={own.error} />;
  if (own.noApplication) return <Alert role="status">{t('mine.noApplication')}</Alert>;
  if (own.isPending || !own.data) return <Loader aria-label={t('common:loading')} />;
  const data = own.data;
  const minimum = data.rule?.minimumSessions ?? null;
  return (
    <Stack maw={800}>
      <Anchor component={Link} to={paths.programLectures(id)} size="sm">
        {t('mine.back')}
      </Anchor>
      <Title order={2}>{t('mine.title')}</Title>
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Text fw={600} size="lg">
            {t('mine.total', { attended: data.totals.attended, total: data.totalSessions })}
          </Text>
          {minimum !== null && (
            <>
              <Progress value={minimum === 0 ? 100 : Math.min(100, (data.totals.attended / minimum) * 100)} color={data.eligible ? 'teal' : 'indigo'} aria-label={t('mine.progressLabel')} />
              <Text size="sm">{data.eligible ? t('mine.eligible', { minimum }) : t('mine.notYet', { minimum, missing: minimum - data.totals.attended })}</Text>
            </>
          )}
          {minimum === null && <Text size="sm" c="dimmed">{t('mine.noRule')}</Text>}
          <Group gap="xs">
            <Text size="sm">{t('mine.breakdown', { present: data.totals.present, late: data.totals.late, absent: data.totals.absent })}</Text>
          </Group>
          {data.certificateEligible && (
            <Group gap="xs">
              {(['ja', 'mn', 'en'] as const).map((lang) => (
                <Button key={lang} component="a" href={`/api/applications/${data.applicationId}/attendance/certificate.pdf?lang=${lang}`} variant="light" size="sm" download>
                  {t('mine.certificate', { language: t(`common:language.names.${lang}`) })}
                </Button>
              ))}
            </Group>
          )}
        </Stack>
      </Paper>
      {data.sessions.length > 0 && (
        <Stack gap={6} component="section" aria-label={t('mine.sessions')}>
          <Title order={3} size="h4">
            {t('mine.sessions')}
          </Title>
          <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {data.sessions.map((s) => (
              <Paper key={s.sessionId} component="li" withBorder px="sm" py={6}>
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <Stack gap={0} style={{ minWidth: 0 }}>
                    <Text size="sm" fw={600}>
                      {formatDate(s.date, language)} {s.startTime}–{endTime(s.startTime, s.durationMinutes)}
                    </Text>
                    <Text size="sm" truncate>
                      {localized(s.courseTitle)}
                    </Text>
                  </Stack>
                  {s.status ? <StatusBadge color={COLORS[s.status]}>{t(`status.${s.status}`)}</StatusBadge> : <Text size="sm" c="dimmed">{t('status.unmarked')}</Text>}
                </Group>
              </Paper>
            ))}
          </Stack>
        </Stack>
      )}
      {data.materials.length > 0 && (
        <Stack gap="xs" component="section" aria-label={t('mine.materials')}>
          <Title order={3} size="h4">
            {t('mine.materials')}
          </Title>
          {data.materials.map((m) => (
            <Group key={m.id} gap="sm" wrap="nowrap">
              <Checkbox
                checked={m.completedAt !== null}
                onChange={(e) => progress.mutate({ materialId: m.id, completed: e.currentTarget.checked })}
                aria-label={t('mine.done', { title: localized(m.title) })}
              />
              <Stack gap={0}>
                <Anchor href={m.url} target="_blank" rel="noopener noreferrer">
                  {localized(m.title)}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {localized(m.courseTitle)} · {localized(m.moduleTitle)} · {t(`materialKinds.${m.kind}`)}
                </Text>
              </Stack>
            </Group>
          ))}
          <ApiErrorAlert error={progress.error} />
        </Stack>
      )}
    </Stack>
  );
}
