// The program beside the operator's other years (bars of the main stages per fiscal year, the
// table beside), and the region's working-age population as context (a line, forecasts dashed),
// which the operator's people keep up to date.
import { Badge, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgramYears } from '../../../../contracts/reports.ts';
import { FUNNEL_STAGES, type FunnelStage } from '../../../../domain/reports/funnel.ts';
import { Chart, type ChartOption } from '../../../components/ui/chart.tsx';
import { TableScroll } from '../../../components/ui/table-scroll.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatFiscalYearShort, formatNumber } from '../../../lib/format.ts';
import { PopulationModal } from './population-modal.tsx';

const CHART_STAGES: FunnelStage[] = ['lectureAttendees', 'interviewees', 'interns', 'hires'];

export function YearsSection({ years }: { years: ProgramYears }) {
  const { t } = useTranslation('reports');
  const { language, localized } = useLanguage();
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      legend: { top: 0, type: 'scroll' },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'category', data: years.years.map((y) => formatFiscalYearShort(y.fiscalYear, language)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: CHART_STAGES.map((stage) => ({ type: 'bar', name: t(`stages.${stage}`), data: years.years.map((y) => y.counts[stage]), barMaxWidth: 18 })),
    }),
    [years, t, language],
  );
  const stages = FUNNEL_STAGES.filter((s) => years.years.some((y) => y.counts[s] !== null));
  return (
    <Card withBorder>
      <Title order={3} size="h4" mb="sm">{t('sections.years')}</Title>
      <Stack>
        <Chart option={option} label={t('chart.yearsLabel', { operator: localized(years.operator.name) })} height={300} testId="years-chart" />
        <TableScroll label={t('sections.years')} minWidth={720}>
          <Table verticalSpacing="xs" data-testid="years-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('table.fiscalYear')}</Table.Th>
                <Table.Th>{t('table.source')}</Table.Th>
                {stages.map((s) => <Table.Th key={s} ta="right">{t(`stages.${s}`)}</Table.Th>)}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {years.years.map((y) => (
                <Table.Tr key={y.programId} fw={y.current ? 600 : undefined} data-fiscal-year={y.fiscalYear}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {formatFiscalYearShort(y.fiscalYear, language)}
                    {y.current && <Text span size="xs" c="dimmed"> ({t('table.current')})</Text>}
                  </Table.Td>
                  <Table.Td><Text size="sm">{t(`sources.${y.source}`)}</Text></Table.Td>
                  {stages.map((s) => <Table.Td key={s} ta="right">{y.counts[s] === null ? t('table.unknown') : formatNumber(y.counts[s]!, language)}</Table.Td>)}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      </Stack>
    </Card>
  );
}

export function PopulationSection({ years, canEdit }: { years: ProgramYears; canEdit: boolean }) {
  const { t } = useTranslation('reports');
  const { language, localized } = useLanguage();
  const [editing, setEditing] = useState(false);
  const points = years.population;
  const option = useMemo<ChartOption>(() => {
    // Counts solid up to the last one; forecasts dashed from there, so the line does not break.
    const lastCount = points.reduce((last, p, i) => (p.forecast ? last : i), -1);
    const value = (keep: (i: number) => boolean) => points.map((p, i) => [String(p.year), keep(i) ? p.workingAge : null]);
    return {
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: points.map((p) => String(p.year)) },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatNumber(v, language) } },
      series: [
        { type: 'line', name: t('table.census'), data: value((i) => i <= lastCount), symbolSize: 8, connectNulls: false, label: { show: true, position: 'top', formatter: (p) => formatNumber(Number((p.value as [string, number])[1]), language) } },
        { type: 'line', name: t('table.forecast'), data: value((i) => i >= lastCount && (points[i]!.forecast || i === lastCount)), symbolSize: 8, lineStyle: { type: 'dashed' }, label: { show: true, position: 'top', formatter: (p) => (p.dataIndex === lastCount ? '' : formatNumber(Number((p.value as [string, number])[1]), language)) } },
      ],
    };
  }, [points, t, language]);
  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4">{t('sections.population')}</Title>
        {canEdit && <Button variant="light" size="xs" onClick={() => setEditing(true)}>{t('population.edit')}</Button>}
      </Group>
      {points.length === 0 ? (
        <Text c="dimmed">{t('empty.population')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Chart option={option} label={t('chart.populationLabel', { operator: localized(years.operator.name) })} height={260} testId="population-chart" />
          <Table verticalSpacing="xs" data-testid="population-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('table.year')}</Table.Th>
                <Table.Th ta="right">{t('table.workingAge')}</Table.Th>
                <Table.Th>{t('population.source')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {points.map((p) => (
                <Table.Tr key={p.year}>
                  <Table.Td>
                    {p.year} {p.forecast && <Badge size="xs" variant="outline" color="gray.7">{t('population.forecastTag')}</Badge>}
                  </Table.Td>
                  <Table.Td ta="right">{formatNumber(p.workingAge, language)}</Table.Td>
                  <Table.Td><Text size="sm">{p.source}</Text></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </SimpleGrid>
      )}
      {editing && <PopulationModal operatorId={years.operator.id} onClose={() => setEditing(false)} />}
    </Card>
  );
}
