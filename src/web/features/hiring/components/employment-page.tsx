// One hire's page (issue 8 items 4 and 6), seen by the operators, the employer and the employee:
// who works where from when and whether they stayed; the residence paperwork as a dated checklist
// (with the plain notice that it is a checklist, not legal advice); and the check-ins at 1, 3, 6
// and 12 months. The employee reads it on a phone in their language: their open check-in first.
import { Alert, Anchor, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { EmploymentView } from '../../../../contracts/hiring.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDate } from '../../../lib/format.ts';
import { studentName } from '../../../lib/student-name.ts';
import { paths } from '../../../paths.ts';
import { useEmployment } from '../api/employments.api.ts';
import { CheckIns } from './check-ins.tsx';
import { RetentionBadge, WarningBadge } from './hiring-badges.tsx';
import { ResidenceSection } from './residence-section.tsx';
import { RetentionModal } from './retention-modal.tsx';
import './hiring.css';
import { READABLE_TITLE } from './hiring-format.ts';

export function EmploymentPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('hiring');
  const employment = useEmployment(id);
  if (employment.error) return <ApiErrorAlert error={employment.error} />;
  if (!employment.data) return <Loader aria-label={t('common:loading')} />;
  const e = employment.data;
  // The employee's open check-in comes first; otherwise the paperwork does.
  const answerFirst = e.viewer === 'student' && e.checkIns.some((c) => c.state === 'open' && !c.answers.some((a) => a.respondent === 'employee'));
  return (
    <Stack maw={960}>
      <Anchor component={Link} to={e.viewer === 'operator' ? paths.programEmployments(e.programId) : paths.programHiring(e.programId)} size="sm">
        {e.viewer === 'operator' ? t('link.backToHires') : t('link.backToHiring')}
      </Anchor>
      <EmploymentHeader employment={e} />
      {answerFirst ? (
        <>
          <CheckIns employment={e} />
          <ResidenceSection employment={e} />
        </>
      ) : (
        <>
          <ResidenceSection employment={e} />
          <CheckIns employment={e} />
        </>
      )}
    </Stack>
  );
}

function EmploymentHeader({ employment: e }: { employment: EmploymentView }) {
  const { t } = useTranslation('hiring');
  const { language, localized } = useLanguage();
  const [changing, setChanging] = useState(false);
  const name = studentName(e.student, language);
  const keeps = e.viewer === 'operator' || e.viewer === 'company';
  return (
    <Stack gap="xs">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={2}>
          <Text size="sm" c="dimmed">{e.viewer === 'student' ? t('hire.mineKicker') : t('hire.kicker')}</Text>
          <Title order={2}>{name.primary}</Title>
          {name.secondary && name.secondary !== name.primary && <Text size="sm" c="dimmed">{name.secondary}</Text>}
        </Stack>
        {keeps && <Button variant="default" onClick={() => setChanging(true)}>{t('retention.change')}</Button>}
      </Group>
      <Card withBorder padding="sm">
        <Group gap="lg" wrap="wrap" align="flex-start">
          <Fact label={t('hire.employer')} value={localized(e.company.name)} />
          <Fact label={t('hire.startsOn')} value={formatDate(e.startsOn, language)} />
          <Stack gap={2}>
            <Text size="xs" c="dimmed">{t('retention.title')}</Text>
            <RetentionBadge retention={e.retention} />
            {e.retention !== 'employed' && (
              <Text size="xs">
                {[e.retentionReason && t(`retention.reason.${e.retentionReason}`), e.retentionChangedOn && formatDate(e.retentionChangedOn, language)].filter(Boolean).join(' · ')}
              </Text>
            )}
          </Stack>
        </Group>
      </Card>
      {keeps && e.warnings.length > 0 && (
        <Alert color="orange" icon={<IconInfoCircle size={20} aria-hidden />} title={t('hire.warnings')} styles={READABLE_TITLE}>
          <Group gap={6}>{e.warnings.map((w) => <WarningBadge key={w} warning={w} />)}</Group>
        </Alert>
      )}
      {changing && <RetentionModal employment={e} onClose={() => setChanging(false)} />}
    </Stack>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text fw={600}>{value}</Text>
    </Stack>
  );
}
