// The student's own view of one program (issue 4): the consent notice first, then the
// application form, then the status and its history, the CV and portfolio; consent can be
// withdrawn at any time; everything held about the student downloads as JSON or CSV.
import { Anchor, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { paths } from '../../../paths.ts';
import { useApplications, useOwnConsent, useProgramForApplications } from '../api/applications.api.ts';
import { ApplicationFilesCard } from './application-files-card.tsx';
import { ApplicationForm } from './application-form.tsx';
import { MyDataCard } from './my-data-card.tsx';
import { ApplicationStatusCard } from './application-status-card.tsx';
import { ConsentNotice } from './consent-notice.tsx';
import { WithdrawConsent } from './withdraw-consent.tsx';

export function ApplyPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('applications');
  const { localized } = useLanguage();
  const program = useProgramForApplications(id);
  const consent = useOwnConsent(id);
  const applications = useApplications(id);
  const error = program.error ?? consent.error ?? applications.error;
  if (error) return <ApiErrorAlert error={error} />;
  if (!program.data || consent.data === undefined || !applications.data) return <Loader aria-label={t('common:loading')} />;
  const own = applications.data.items[0];
  const active = consent.data && consent.data.withdrawnAt === null ? consent.data : null;
  return (
    <Stack maw={760}>
      <Anchor component={Link} to={paths.program(id)} size="sm">
        {t('apply.back')}
      </Anchor>
      <Stack gap={4}>
        <Title order={2}>{t('apply.title')}</Title>
        <Text c="dimmed">{localized(program.data.name)}</Text>
      </Stack>
      {own && <ApplicationStatusCard applicationId={own.id} program={program.data} />}
      {own && <ApplicationFilesCard applicationId={own.id} programId={id} readOnly={own.status === 'withdrawn'} />}
      {!active && <ConsentNotice program={program.data} withdrawnAt={consent.data?.withdrawnAt ?? null} />}
      {active && !own && <ApplicationForm program={program.data} consent={active} />}
      {active && <WithdrawConsent programId={id} consent={active} />}
      <MyDataCard />
    </Stack>
  );
}
