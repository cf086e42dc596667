// The student's application as it now stands: the translated status, what was sent, and the
// history of moves (when, by whom in which capacity, why).
import { Card, Group, Loader, SimpleGrid, Stack, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgramDetail } from '../../../../contracts/programs.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { useApplication } from '../api/applications.api.ts';
import { PipelineStatusBadge } from './pipeline-status-badge.tsx';

export function ApplicationStatusCard({ applicationId, program }: { applicationId: string; program: ProgramDetail }) {
  const { t } = useTranslation('applications');
  const { language, localized } = useLanguage();
  const application = useApplication(applicationId);
  if (application.error) return <ApiErrorAlert error={application.error} />;
  if (!application.data) return <Loader aria-label={t('common:loading')} />;
  const a = application.data;
  const names = new Map(program.participations.map((p) => [p.organization.id, localized(p.organization.name)]));
  const rows: [string, string][] = [
    [t('fields.nameLatin'), a.nameLatin],
    [t('fields.nameCyrillic'), a.nameCyrillic],
    [t('fields.nameKatakana'), a.nameKatakana],
    [t('fields.department'), a.department],
    [t('fields.graduationYear'), String(a.graduationYear)],
    [t('fields.jlptLevel'), a.jlptDate ? `${t(`jlpt.${a.jlptLevel}`)} (${formatDate(a.jlptDate, language)})` : t(`jlpt.${a.jlptLevel}`)],
    [t('fields.skills'), a.skills.join(', ') || '—'],
    [t('fields.companiesOfInterest'), a.companiesOfInterest.map((id) => names.get(id) ?? id).join(', ') || '—'],
  ];
  return (
    <Card withBorder>
      <Stack>
        <Group justify="space-between" gap="xs">
          <Title order={3}>{t('own.title')}</Title>
          <PipelineStatusBadge status={a.status} />
        </Group>
        <Text size="sm">{t(`statusHelp.${a.status}`)}</Text>
        {/* Label above value: the three-script names stay readable on a phone. */}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs" component="dl" aria-label={t('own.sent')} m={0}>
          {rows.map(([label, value]) => (
            <Stack key={label} gap={0}>
              <Text component="dt" size="xs" c="dimmed">{label}</Text>
              <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>{value}</Text>
            </Stack>
          ))}
        </SimpleGrid>
        <Title order={4}>{t('history.title')}</Title>
        <Timeline active={a.history.length} bulletSize={14} lineWidth={2} data-testid="application-history">
          <Timeline.Item title={t('status.applied')}>
            <Text size="xs" c="dimmed">{formatDateTime(a.createdAt, language)}</Text>
          </Timeline.Item>
          {a.history.map((h) => (
            <Timeline.Item key={h.at + h.to} title={t(`status.${h.to}`)}>
              <Text size="xs" c="dimmed">
                {t('history.by', { at: formatDateTime(h.at, language), by: t(`actorKinds.${h.byKind}`) })}
              </Text>
              {h.reasonCode && <Text size="sm">{t(`reasons.${h.reasonCode}`)}</Text>}
              {h.note && <Text size="sm">{h.note}</Text>}
            </Timeline.Item>
          ))}
        </Timeline>
      </Stack>
    </Card>
  );
}
