// The funnel broken down: by sending college (a chart of each college's stages beside the
// table), by company (interviewed, hosted, offered, hired, still employed), and the median days
// a student spends in each stage before the next.
import { Card, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgramFunnel } from '../../../../contracts/reports.ts';
import type { FunnelStage } from '../../../../domain/reports/funnel.ts';
import { Chart, type ChartOption } from '../../../components/ui/chart.tsx';
import { TableScroll } from '../../../components/ui/table-scroll.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatNumber } from '../../../lib/format.ts';

const COLLEGE_STAGES: FunnelStage[] = ['applicants', 'lectureAttendees', 'interviewees', 'interns', 'offers', 'hires'];
const COMPANY_STAGES: FunnelStage[] = ['interviewees', 'interns', 'offers', 'hires', 'retained12Months'];

export function CollegesSection({ funnel }: { funnel: ProgramFunnel }) {
  const { t } = useTranslation('reports');
  const { language, localized } = useLanguage();
  const rows = collegeRows(funnel, localized);
  const option = useMemo<ChartOption>(() => {
    const rows = collegeRows(funnel, localized);
    return {
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      legend: { top: 0, type: 'scroll' },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'category', data: rows.map((r) => r.name), axisLabel: { interval: 0, width: 120, overflow: 'break' } },
      yAxis: { type: 'value', minInterval: 1 },
      series: COLLEGE_STAGES.map((stage) => ({ type: 'bar', name: t(`stages.${stage}`), data: rows.map((r) => r.counts[stage] ?? 0), barMaxWidth: 18 })),
    };
  }, [funnel, localized, t]);
  return (
    <Card withBorder>
      <Title order={3} size="h4" mb="sm">{t('sections.colleges')}</Title>
      {rows.length === 0 ? (
        <Text c="dimmed">{t('empty.colleges')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <Chart option={option} label={t('chart.collegesLabel')} height={300} testId="colleges-chart" />
          <CountsTable label={t('sections.colleges')} first={t('table.college')} stages={COLLEGE_STAGES} rows={rows} language={language} testId="colleges-table" />
        </SimpleGrid>
      )}
    </Card>
  );
}

const collegeRows = (funnel: ProgramFunnel, localized: (text: ProgramFunnel['program']['name']) => string) =>
  funnel.byCollege.map((c) => ({ name: localized(c.organization.name), counts: Object.fromEntries(c.steps.map((s) => [s.stage, s.count])) as Record<FunnelStage, number | null> }));

export function CompaniesSection({ funnel }: { funnel: ProgramFunnel }) {
  const { t } = useTranslation('reports');
  const { language, localized } = useLanguage();
  const rows = funnel.byCompany.map((c) => ({ name: localized(c.organization.name), counts: c.counts }));
  return (
    <Card withBorder>
      <Title order={3} size="h4" mb="sm">{t('sections.companies')}</Title>
      {rows.length === 0 ? <Text c="dimmed">{t('empty.companies')}</Text> : <CountsTable label={t('sections.companies')} first={t('table.company')} stages={COMPANY_STAGES} rows={rows} language={language} testId="companies-table" />}
    </Card>
  );
}

export function StageTimesSection({ funnel }: { funnel: ProgramFunnel }) {
  const { t } = useTranslation('reports');
  const { language } = useLanguage();
  const moved = funnel.stageTimes.filter((s) => s.medianDays !== null);
  const option = useMemo<ChartOption>(() => {
    const moved = funnel.stageTimes.filter((s) => s.medianDays !== null);
    return {
      grid: { left: 8, right: 64, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', show: false },
      yAxis: { type: 'category', inverse: true, data: moved.map((s) => `${t(`stages.${s.stage}`)} → ${t(`stages.${s.nextStage}`)}`), axisTick: { show: false }, axisLabel: { width: 150, overflow: 'break' } },
      series: [{ type: 'bar', data: moved.map((s) => Math.round(s.medianDays! * 10) / 10), barMaxWidth: 22, itemStyle: { color: '#0ca678' }, label: { show: true, position: 'right', formatter: (p) => t('chart.days', { count: Number(p.value) }) } }],
    };
  }, [funnel.stageTimes, t]);
  return (
    <Card withBorder>
      <Title order={3} size="h4" mb="sm">{t('sections.stageTimes')}</Title>
      {moved.length === 0 ? (
        <Text c="dimmed">{t('empty.stageTimes')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Chart option={option} label={t('chart.stageTimesLabel')} height={Math.max(160, moved.length * 44 + 24)} testId="stage-times-chart" />
          <Table verticalSpacing="xs" data-testid="stage-times-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('table.from')}</Table.Th>
                <Table.Th>{t('table.to')}</Table.Th>
                <Table.Th ta="right">{t('table.medianDays')}</Table.Th>
                <Table.Th ta="right">{t('table.studentsMoved')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {funnel.stageTimes.map((s) => (
                <Table.Tr key={s.stage}>
                  <Table.Td>{t(`stages.${s.stage}`)}</Table.Td>
                  <Table.Td>{t(`stages.${s.nextStage}`)}</Table.Td>
                  <Table.Td ta="right">{s.medianDays === null ? t('table.unknown') : formatNumber(Math.round(s.medianDays * 10) / 10, language)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(s.students, language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </SimpleGrid>
      )}
    </Card>
  );
}

type CountsTableProps = { label: string; first: string; stages: FunnelStage[]; rows: { name: string; counts: Record<FunnelStage, number | null> }[]; language: 'ja' | 'mn' | 'en'; testId: string };

function CountsTable({ label, first, stages, rows, language, testId }: CountsTableProps) {
  const { t } = useTranslation('reports');
  return (
    <TableScroll label={label} minWidth={560}>
      <Table verticalSpacing="xs" data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{first}</Table.Th>
            {stages.map((s) => <Table.Th key={s} ta="right">{t(`stages.${s}`)}</Table.Th>)}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.name}>
              <Table.Td>{r.name}</Table.Td>
              {stages.map((s) => <Table.Td key={s} ta="right">{r.counts[s] === null ? t('table.unknown') : formatNumber(r.counts[s]!, language)}</Table.Td>)}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
