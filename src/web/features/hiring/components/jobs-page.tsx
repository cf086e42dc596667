// The navigation's "my job" / "hiring" entry. A student goes to their job applications (or, once
// hired, to their hire's page); with internships in several programs, they pick one. A company
// sees the programs it takes part in, each with its hiring board and its hires.
import { Anchor, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatFiscalYear } from '../../../lib/format.ts';
import { useAccount } from '../../../lib/session.ts';
import { paths } from '../../../paths.ts';
import { useHiringBoard, useMyInternshipsForHiring, useProgramForHiring, useProgramsForHiring } from '../api/hiring.api.ts';
import { OfferStateBadge, OutcomeBadge } from './hiring-badges.tsx';
import './hiring.css';

export function JobsPage() {
  const account = useAccount();
  const { t } = useTranslation('hiring');
  if (!account.data) return <Loader aria-label={t('common:loading')} />;
  return account.data.memberships.some((m) => m.role === 'student') ? <StudentJobs /> : <CompanyPrograms />;
}

function StudentJobs() {
  const { t } = useTranslation('hiring');
  const mine = useMyInternshipsForHiring(true);
  // Without an internship plan (an intern placed but not yet planned), the programs the student sees.
  const programs = useProgramsForHiring(mine.data?.items.length === 0);
  const error = mine.error ?? programs.error;
  if (error) return <ApiErrorAlert error={error} />;
  if (!mine.data || (mine.data.items.length === 0 && !programs.data)) return <Loader aria-label={t('common:loading')} />;
  const planned = [...new Set(mine.data.items.map((i) => i.programId))];
  if (planned.length === 1) return <OneProgram programId={planned[0]!} />;
  const programIds = planned.length > 0 ? planned : (programs.data?.items ?? []).map((p) => p.id);
  return (
    <Stack maw={720}>
      <Title order={2}>{t('nav.mine')}</Title>
      {planned.length === 0 && <Text size="sm" c="dimmed">{t('mine.noInternship')}</Text>}
      {programIds.map((id) => <ProgramJobs key={id} programId={id} onlyWithApplications={planned.length === 0} />)}
    </Stack>
  );
}

/** A single program: straight to the hire's page once hired, otherwise to the applications. */
function OneProgram({ programId }: { programId: string }) {
  const { t } = useTranslation('hiring');
  const board = useHiringBoard(programId);
  if (board.error) return <ApiErrorAlert error={board.error} />;
  if (!board.data) return <Loader aria-label={t('common:loading')} />;
  const hired = board.data.items.find((i) => i.employmentId);
  return <Navigate to={hired?.employmentId ? paths.employment(hired.employmentId) : paths.programHiring(programId)} replace />;
}

function ProgramJobs({ programId, onlyWithApplications }: { programId: string; onlyWithApplications: boolean }) {
  const { t } = useTranslation('hiring');
  const { language, localized } = useLanguage();
  const program = useProgramForHiring(programId);
  const board = useHiringBoard(programId);
  const name = program.data ? localized(program.data.name) : '';
  if (onlyWithApplications && (!board.data || (board.data.items.length === 0 && board.data.canApply.length === 0))) return null;
  return (
    <Card withBorder component="section" aria-label={name}>
      <Stack gap="xs">
        {program.data && <Text size="sm" c="dimmed">{formatFiscalYear(program.data.fiscalYear, language)}</Text>}
        <Anchor component={Link} to={paths.programHiring(programId)} fw={600}>{name || t('common:loading')}</Anchor>
        <ApiErrorAlert error={board.error} />
        {board.data?.items.map((item) => (
          <Group key={item.id} gap="xs" wrap="wrap">
            <Text size="sm">{localized(item.company.name)}</Text>
            <OutcomeBadge outcome={item.outcome} />
            {item.offers[0] && <OfferStateBadge state={item.offers[0].state} />}
            {item.employmentId && <Button component={Link} to={paths.employment(item.employmentId)} size="xs" variant="light">{t('link.myHire')}</Button>}
          </Group>
        ))}
        {board.data && board.data.items.length === 0 && <Text size="sm" c="dimmed">{t('mine.noneYet')}</Text>}
      </Stack>
    </Card>
  );
}

function CompanyPrograms() {
  const { t } = useTranslation('hiring');
  const { language, localized } = useLanguage();
  const programs = useProgramsForHiring(true);
  if (programs.error) return <ApiErrorAlert error={programs.error} />;
  if (!programs.data) return <Loader aria-label={t('common:loading')} />;
  const items = [...programs.data.items].sort((a, b) => b.fiscalYear - a.fiscalYear);
  return (
    <Stack maw={880}>
      <Title order={2}>{t('nav.follow')}</Title>
      <Text size="sm" c="dimmed">{t('follow.intro')}</Text>
      {items.length === 0 && <Text c="dimmed">{t('follow.none')}</Text>}
      {items.map((program) => (
        <Card key={program.id} withBorder component="section" aria-label={localized(program.name)}>
          <Group justify="space-between" gap="sm">
            <Stack gap={2}>
              <Text size="sm" c="dimmed">{formatFiscalYear(program.fiscalYear, language)}</Text>
              <Anchor component={Link} to={paths.program(program.id)} fw={600}>{localized(program.name)}</Anchor>
            </Stack>
            <Group gap="xs">
              <Button component={Link} to={paths.programHiring(program.id)} variant="light">{t('link.board')}</Button>
              <Button component={Link} to={paths.programEmployments(program.id)} variant="default">{t('link.hires')}</Button>
            </Group>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
