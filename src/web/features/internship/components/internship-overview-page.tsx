// A program's interns during the internship: the operators see every intern, a company its
// own, a college its students. Each row: the intern, company, mentor and dates, the reports as a
// small bar of days and the attendance rate, and the incidents with a warning while someone who
// must be told has not been. The operators make the plans of the interns who have none.
import { Anchor, Badge, Button, Card, Group, Loader, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { InternshipOverview } from '../../../../contracts/internship.ts';

type Item = InternshipOverview['items'][number];
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { DownloadMenu } from '../../../components/ui/download-menu.tsx';
import { TableScroll } from '../../../components/ui/table-scroll.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDateRange, formatNumber } from '../../../lib/format.ts';
import { paths } from '../../../paths.ts';
import { useCreatePlans, useInternshipOverview, useProgramForInternship } from '../api/internship.api.ts';
import { AttendanceRate, ReportBar, ReportLegend } from './report-progress.tsx';
import { StudentNameText } from './student-name.tsx';
import './internship.css';

export function InternshipOverviewPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('internship');
  const { localized } = useLanguage();
  const program = useProgramForInternship(id);
  const overview = useInternshipOverview(id);
  const create = useCreatePlans(id);
  const data = overview.data;
  const withoutPlan = data ? data.items.filter((i) => i.planId === null).length : 0;
  return (
    <Stack>
      <Anchor component={Link} to={paths.program(id)} size="sm">{t('backToProgram')}</Anchor>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={2}>{t('overview.title')}</Title>
          {program.data && <Text c="dimmed">{localized(program.data.name)}</Text>}
        </Stack>
        <Group>
          {data && data.items.length > 0 && <DownloadMenu listPath={`/api/programs/${id}/internship`} listName={t('overview.tableLabel')} />}
          <Button component={Link} to={paths.programReportMeeting(id)} variant="light">{t('link.meeting')}</Button>
          {data?.canPlan && <Button component={Link} to={paths.programVisaPacks(id)} variant="light">{t('link.visaPacks')}</Button>}
          {data?.canPlan && withoutPlan > 0 && (
            <Button loading={create.isPending} onClick={() => create.mutate()}>{t('overview.createPlans', { count: withoutPlan })}</Button>
          )}
        </Group>
      </Group>
      <ApiErrorAlert error={create.error} />
      {overview.error ? <ApiErrorAlert error={overview.error} /> : !data ? <Loader aria-label={t('common:loading')} /> : <InternTable overview={data} />}
    </Stack>
  );
}

function InternTable({ overview }: { overview: InternshipOverview }) {
  const { t } = useTranslation('internship');
  const { language, localized } = useLanguage();
  // A phone gets one card per intern; a wider screen the table.
  const phone = useMediaQuery('(max-width: 48em)');
  if (overview.items.length === 0) {
    return (
      <Card withBorder>
        <Text>{t('overview.empty')}</Text>
      </Card>
    );
  }
  if (phone) {
    return (
      <Stack gap="sm">
        {overview.items.map((item) => <InternCard key={item.applicationId} item={item} />)}
        <ReportLegend />
      </Stack>
    );
  }
  return (
    <Card withBorder>
      <Stack>
        <TableScroll label={t('overview.tableLabel')} minWidth={900}>
          <Table verticalSpacing="sm" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                {['overview.student', 'overview.company', 'plan.mentor', 'plan.period', 'overview.reports', 'overview.attendance', 'overview.incidents'].map((key) => (
                  <Table.Th key={key} style={{ whiteSpace: 'nowrap' }}>{t(key)}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {overview.items.map((item) => (
                <Table.Tr key={item.applicationId} data-testid="intern-row">
                  <Table.Td><InternName item={item} /></Table.Td>
                  <Table.Td>{item.company ? localized(item.company.name) : '—'}</Table.Td>
                  <Table.Td>{item.mentorName ?? <Text span size="sm" c="dimmed">{t('plan.noMentor')}</Text>}</Table.Td>
                  <Table.Td>{item.startsOn && item.endsOn ? formatDateRange(item.startsOn, item.endsOn, language) : <Text span size="sm" c="dimmed">{t('overview.noPlan')}</Text>}</Table.Td>
                  <Table.Td>{item.progress ? <ReportBar progress={item.progress} /> : '—'}</Table.Td>
                  <Table.Td>{item.progress ? <AttendanceRate progress={item.progress} /> : '—'}</Table.Td>
                  <Table.Td><Incidents item={item} /></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
        <ReportLegend />
      </Stack>
    </Card>
  );
}

function InternName({ item }: { item: Item }) {
  if (!item.planId) return <StudentNameText names={item.student} />;
  return (
    <Anchor component={Link} to={paths.internshipPlan(item.planId)}>
      <StudentNameText names={item.student} />
    </Anchor>
  );
}

function Incidents({ item }: { item: Item }) {
  const { t } = useTranslation('internship');
  const { language } = useLanguage();
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm">{formatNumber(item.incidents, language)}</Text>
      {item.untold > 0 && (
        <Badge color="red.9" variant="filled" leftSection={<IconAlertTriangle size={12} aria-hidden />} tt="none" styles={{ root: { overflow: 'visible' }, label: { overflow: 'visible', textOverflow: 'clip' } }}>
          {t('overview.untold', { count: item.untold })}
        </Badge>
      )}
    </Group>
  );
}

/** One intern on a phone: the same facts as a table row, stacked. */
function InternCard({ item }: { item: Item }) {
  const { t } = useTranslation('internship');
  const { language, localized } = useLanguage();
  const fact = (label: string, value: ReactNode) => (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text size="sm" component="div">{value}</Text>
    </Stack>
  );
  return (
    <Card withBorder padding="sm" data-testid="intern-row">
      <Stack gap="xs">
        <InternName item={item} />
        <SimpleGrid cols={2} spacing="xs">
          {fact(t('overview.company'), item.company ? localized(item.company.name) : '—')}
          {fact(t('plan.mentor'), item.mentorName ?? t('plan.noMentor'))}
          {fact(t('plan.period'), item.startsOn && item.endsOn ? formatDateRange(item.startsOn, item.endsOn, language) : t('overview.noPlan'))}
          {fact(t('overview.attendance'), item.progress ? <AttendanceRate progress={item.progress} /> : '—')}
        </SimpleGrid>
        {item.progress && fact(t('overview.reports'), <ReportBar progress={item.progress} width="100%" />)}
        {fact(t('overview.incidents'), <Incidents item={item} />)}
      </Stack>
    </Card>
  );
}
