// The navigation's "internship" entry. An intern goes straight to their plan (or picks one of
// several, or is told there is none yet); a company or a college sees the programs it takes part
// in, each with its interns' page and its final report meeting.
import { Anchor, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDateRange, formatFiscalYear } from '../../../lib/format.ts';
import { useAccount } from '../../../lib/session.ts';
import { paths } from '../../../paths.ts';
import { useMyInternships, useProgramsForInternship } from '../api/internship.api.ts';

export function MyInternshipPage() {
  const account = useAccount();
  const { t } = useTranslation('internship');
  if (!account.data) return <Loader aria-label={t('common:loading')} />;
  const intern = account.data.memberships.some((m) => m.role === 'student');
  return intern ? <InternPlans /> : <FollowedPrograms />;
}

function InternPlans() {
  const { t } = useTranslation('internship');
  const { language, localized } = useLanguage();
  const mine = useMyInternships(true);
  if (mine.error) return <ApiErrorAlert error={mine.error} />;
  if (!mine.data) return <Loader aria-label={t('common:loading')} />;
  const items = mine.data.items;
  if (items.length === 1) return <Navigate to={paths.internshipPlan(items[0]!.planId)} replace />;
  return (
    <Stack maw={720}>
      <Title order={2}>{t('mine.title')}</Title>
      {items.length === 0 && (
        <Card withBorder>
          <Text>{t('mine.none')}</Text>
        </Card>
      )}
      {items.map((item) => (
        <Card key={item.planId} withBorder component={Link} to={paths.internshipPlan(item.planId)} className="ip-link-card">
          <Text fw={600}>{localized(item.company.name)}</Text>
          <Text size="sm" c="dimmed">{formatDateRange(item.startsOn, item.endsOn, language)}</Text>
        </Card>
      ))}
    </Stack>
  );
}

function FollowedPrograms() {
  const { t } = useTranslation('internship');
  const { language, localized } = useLanguage();
  const programs = useProgramsForInternship(true);
  if (programs.error) return <ApiErrorAlert error={programs.error} />;
  if (!programs.data) return <Loader aria-label={t('common:loading')} />;
  const items = [...programs.data.items].sort((a, b) => b.fiscalYear - a.fiscalYear);
  return (
    <Stack maw={880}>
      <Title order={2}>{t('overview.title')}</Title>
      <Text size="sm" c="dimmed">{t('mine.programsIntro')}</Text>
      {items.length === 0 && <Text c="dimmed">{t('mine.noPrograms')}</Text>}
      {items.map((program) => (
        <Card key={program.id} withBorder component="section" aria-label={localized(program.name)}>
          <Group justify="space-between" gap="sm">
            <Stack gap={2}>
              <Text size="sm" c="dimmed">{formatFiscalYear(program.fiscalYear, language)}</Text>
              <Anchor component={Link} to={paths.program(program.id)} fw={600}>{localized(program.name)}</Anchor>
            </Stack>
            <Group gap="xs">
              <Button component={Link} to={paths.programInternship(program.id)} variant="light">{t('link.interns')}</Button>
              <Button component={Link} to={paths.programReportMeeting(program.id)} variant="default">{t('link.meeting')}</Button>
            </Group>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
