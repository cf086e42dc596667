// A program's reports (issue 9): the funnel and its breakdowns, the program across the
// operator's years with the region's working-age population, regions compared, and the tables
// to download. Read by the program's operators and funders; aggregates only.
import { Alert, Anchor, Button, Group, Loader, Menu, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ProgramFunnel } from '../../../../contracts/reports.ts';
import { REPORT_TABLES } from '../../../../contracts/reports.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDate, formatFiscalYear } from '../../../lib/format.ts';
import { usePermissions } from '../../../lib/session.ts';
import { paths } from '../../../paths.ts';
import { useProgram } from '../../programs/api/programs.api.ts';
import { reportExportUrl, useProgramFunnel, useProgramYears, useRegions } from '../api/reports.api.ts';
import { CollegesSection, CompaniesSection, StageTimesSection } from './breakdown-sections.tsx';
import { FunnelSection } from './funnel-section.tsx';
import { RegionsSection } from './regions-section.tsx';
import { PopulationSection, YearsSection } from './years-section.tsx';

export function ReportsPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('reports');
  const { language, localized } = useLanguage();
  const program = useProgram(id);
  const funnel = useProgramFunnel(id);
  const years = useProgramYears(id);
  const regions = useRegions(id);
  const permissions = usePermissions();
  const viewer = program.data ? permissions.reportsViewer(program.data) : null;
  const error = funnel.error ?? years.error ?? program.error;
  if (error) return <ApiErrorAlert error={error} />;
  if (!funnel.data || !program.data) return <Loader aria-label={t('common:loading')} />;
  const data = funnel.data;
  const operatorId = data.program.operator.id;
  return (
    <Stack>
      <Anchor component={Link} to={paths.program(id)} size="sm">{localized(data.program.name)}</Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Text fw={600} c="indigo.8">{formatFiscalYear(data.program.fiscalYear, language)}</Text>
          <Title order={2}>{t('pageTitle', { program: localized(data.program.name) })}</Title>
          <Text size="sm" c="dimmed">{t('asOf', { date: formatDate(data.asOf, language) })} · {t(`sources.${data.source}`)}</Text>
        </Stack>
        <Group>
          <Button component={Link} to={paths.programProjects(id)} variant="light">{t('projectsLink')}</Button>
          <Downloads programId={id} />
        </Group>
      </Group>
      <Alert variant="light" color={data.source === 'reported' ? 'yellow' : 'indigo'} p="sm">
        <Text size="sm">{t(`sourceHelp.${data.source}`)}</Text>
      </Alert>
      {data.source === 'recorded' && data.steps[0]!.count === 0 ? (
        <Text c="dimmed">{t('empty.noRecords')}</Text>
      ) : (
        <>
          <FunnelSection funnel={data} />
          {data.source === 'recorded' && <Breakdowns funnel={data} />}
        </>
      )}
      {years.data && <YearsSection years={years.data} />}
      {years.data && <PopulationSection years={years.data} canEdit={viewer === 'operator' && permissions.editOrganization(operatorId)} />}
      {regions.data && <RegionsSection regions={regions.data} operatorId={operatorId} canPublish={viewer === 'operator' && permissions.editOrganization(operatorId)} />}
    </Stack>
  );
}

function Breakdowns({ funnel }: { funnel: ProgramFunnel }) {
  return (
    <>
      <CollegesSection funnel={funnel} />
      <CompaniesSection funnel={funnel} />
      <StageTimesSection funnel={funnel} />
    </>
  );
}

function Downloads({ programId }: { programId: string }) {
  const { t } = useTranslation('reports');
  const { language } = useLanguage();
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button leftSection={<IconDownload size={16} />}>{t('download.label')}</Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item component="a" href={reportExportUrl(programId, 'xlsx', language)} download>{t('download.xlsx')}</Menu.Item>
        <Menu.Divider />
        {REPORT_TABLES.map((table) => (
          <Menu.Item key={table} component="a" href={reportExportUrl(programId, 'csv', language, table)} download>
            {t('download.csv', { table: t(`export.sheets.${table}`) })}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
