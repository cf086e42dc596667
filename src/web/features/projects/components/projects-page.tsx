// A program's funded projects (issue 9 item 4), for its operators and its funders: the
// project's header (funder, period, budget and its use), a period picker and the report's
// downloads (XLSX, PDF in Japanese, CSV), the activities with their indicators, the budget and
// the period's expenses. Operators enter actuals and expenses; a funder reads the same
// aggregates with no buttons to change them. No student is named anywhere on it.
import { Alert, Button, Card, Group, Loader, NativeSelect, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { FundedProjectView } from '../../../../contracts/funded-projects.ts';
import type { ReportPeriod } from '../../../../domain/reports/report-period.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDateRange } from '../../../lib/format.ts';
import { reportUrl, useFundedProject, useFundedProjects } from '../api/funded-projects.api.ts';
import { PeriodPicker } from './period-picker.tsx';
import { ProjectBudget } from './project-budget.tsx';
import { ProjectExpenses } from './project-expenses.tsx';
import { useProjectFormat } from './project-format.ts';
import { ProjectIndicators } from './project-indicators.tsx';

export function ProjectsPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('projects');
  const { localized } = useLanguage();
  const list = useFundedProjects(id);
  const [chosen, setChosen] = useState<string | null>(null);
  const [period, setPeriod] = useState<ReportPeriod | null>(null);
  const projectId = chosen ?? list.data?.items[0]?.id ?? null;
  const project = useFundedProject(projectId, period);
  const items = list.data?.items ?? [];
  return (
    <Stack>
      <Stack gap={4}>
        <Title order={2}>{t('title')}</Title>
        <Text size="sm" maw={760}>{t('intro')}</Text>
      </Stack>
      {list.error ? (
        <ApiErrorAlert error={list.error} />
      ) : !list.data ? (
        <Loader aria-label={t('common:loading')} />
      ) : items.length === 0 ? (
        <Card withBorder><Text>{t('empty')}</Text></Card>
      ) : (
        <>
          {items.length > 1 && (
            <NativeSelect label={t('project')} value={projectId ?? ''} onChange={(e) => { setChosen(e.currentTarget.value); setPeriod(null); }} data={items.map((p) => ({ value: p.id, label: localized(p.name) }))} maw={520} />
          )}
          {project.error ? <ApiErrorAlert error={project.error} /> : !project.data ? <Loader aria-label={t('common:loading')} /> : <ProjectReport view={project.data} onPeriod={setPeriod} />}
        </>
      )}
    </Stack>
  );
}

function ProjectReport({ view, onPeriod }: { view: FundedProjectView; onPeriod: (period: ReportPeriod) => void }) {
  const { t } = useTranslation('projects');
  const { language } = useLanguage();
  return (
    <Stack gap="lg">
      <ProjectHeader view={view} />
      {!view.canEdit && <Alert color="blue" variant="light">{t('readOnly')}</Alert>}
      <Card withBorder>
        <Stack>
          <PeriodPicker key={view.id} project={view} value={view.period} onChange={onPeriod} />
          <Text size="sm" c="dimmed" data-testid="report-period">{t('period.showing', { from: formatDateRange(view.period.from, view.period.from, language), to: formatDateRange(view.period.to, view.period.to, language) })}</Text>
          <Stack gap={4}>
            <Text size="sm" fw={600}>{t('downloads.label')}</Text>
            <Group gap="xs">
              {(['xlsx', 'pdf', 'csv'] as const).map((format) => (
                <Button key={format} component="a" href={reportUrl(view.id, view.period, format, language)} download variant="light" size="sm">{t(`downloads.${format}`)}</Button>
              ))}
            </Group>
          </Stack>
        </Stack>
      </Card>
      <ProjectIndicators view={view} />
      <ProjectBudget view={view} />
      <ProjectExpenses view={view} />
    </Stack>
  );
}

function ProjectHeader({ view }: { view: FundedProjectView }) {
  const { t } = useTranslation('projects');
  const { language, localized } = useLanguage();
  const f = useProjectFormat();
  const stats: [string, string][] = [
    ['header.funder', localized(view.funder.name)],
    ['header.period', formatDateRange(view.startsOn, view.endsOn, language)],
    ['header.budget', f.yen(view.budgetYen)],
    ['header.spent', f.yen(view.budget.cash.spentYen)],
    ['header.inKind', f.yen(view.budget.inKind.inKindYen)],
    ['header.remaining', f.yen(view.budget.budgetRemainingYen)],
  ];
  return (
    <Stack gap="xs">
      <Title order={3} data-testid="project-name">{localized(view.name)}</Title>
      <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs">
        {stats.map(([key, value]) => (
          <Paper key={key} withBorder p="xs">
            <Text size="xs" c="dimmed">{t(key)}</Text>
            <Text size="sm" fw={600} data-testid={key.replace('header.', 'header-')}>{value}</Text>
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}


