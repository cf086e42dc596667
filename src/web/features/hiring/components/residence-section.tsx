// The residence paperwork of a hire (Engineer/Specialist in Humanities/International Services):
// the plain notice that this is a checklist and not legal advice, the facts the dates count from
// (kept by the employer and the operators; the employee reads them), the dated checklist and the
// reminders with their send days.
import { Alert, Card, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconScale } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { EmploymentView } from '../../../../contracts/hiring.ts';
import { RemindersList } from './reminders-list.tsx';
import { ResidenceFacts } from './residence-facts.tsx';
import { ResidenceSteps } from './residence-steps.tsx';
import { READABLE_TITLE } from './hiring-format.ts';

export function ResidenceSection({ employment }: { employment: EmploymentView }) {
  const { t } = useTranslation('hiring');
  const keeps = employment.viewer !== 'student';
  return (
    <Card withBorder component="section" aria-labelledby="hb-residence">
      <Stack>
        <Stack gap={2}>
          <Title order={3} id="hb-residence">{t('residence.title')}</Title>
          <Text size="sm" c="dimmed">{t('residence.status')}</Text>
        </Stack>
        <Alert color="blue" variant="light" icon={<IconScale size={20} aria-hidden />} title={t('residence.notice.title')} data-testid="not-legal-advice">
          {t('residence.notice.body')}
        </Alert>
        {employment.residence.coeExpired && (
          <Alert color="red" role="alert" icon={<IconAlertTriangle size={20} aria-hidden />} title={t('residence.coeExpired.title')} styles={READABLE_TITLE}>
            {t('residence.coeExpired.body')}
          </Alert>
        )}
        {keeps && <ResidenceFacts employment={employment} />}
        <ResidenceSteps employment={employment} />
        {!keeps && <ResidenceFacts employment={employment} />}
        <RemindersList employment={employment} />
      </Stack>
    </Card>
  );
}
