// The funnel: a bar per stage (the count, and the share of the stage before) beside the same
// figures as a table, which is the accessible and copyable form of the chart.
import { Card, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgramFunnel } from '../../../../contracts/reports.ts';
import { Chart, type ChartOption } from '../../../components/ui/chart.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatNumber, formatPercent } from '../../../lib/format.ts';

type Step = ProgramFunnel['steps'][number];

export function FunnelSection({ funnel }: { funnel: ProgramFunnel }) {
  const { t } = useTranslation('reports');
  const { language, localized } = useLanguage();
  const known = funnel.steps.filter((s) => s.count !== null);
  const summary = known.map((s) => `${t(`stages.${s.stage}`)} ${formatNumber(s.count!, language)}`).join(' → ');
  const option = useMemo(() => {
    const steps = funnel.steps.filter((s) => s.count !== null);
    return funnelOption(steps, (s) => t(`stages.${s.stage}`), (s) => label(s, language));
  }, [funnel.steps, t, language]);
  return (
    <Card withBorder>
      <Title order={3} size="h4" mb="sm">{t('sections.funnel')}</Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Chart option={option} label={t('chart.funnelLabel', { program: localized(funnel.program.name), summary })} height={Math.max(200, known.length * 48 + 40)} testId="funnel-chart" />
        <Table data-testid="funnel-table" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('table.stage')}</Table.Th>
              <Table.Th ta="right">{t('table.students')}</Table.Th>
              <Table.Th ta="right">{t('table.conversion')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {funnel.steps.map((s) => (
              <Table.Tr key={s.stage} data-stage={s.stage}>
                <Table.Td>{t(`stages.${s.stage}`)}</Table.Td>
                <Table.Td ta="right" fw={600}>{s.count === null ? t('table.unknown') : formatNumber(s.count, language)}</Table.Td>
                <Table.Td ta="right"><Text size="sm" c="dimmed" component="span">{s.conversion === null ? t('table.unknown') : formatPercent(s.conversion, language)}</Text></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </SimpleGrid>
    </Card>
  );
}

const label = (s: Step, language: 'ja' | 'mn' | 'en') => (s.conversion === null ? formatNumber(s.count!, language) : `${formatNumber(s.count!, language)}  (${formatPercent(s.conversion, language)})`);

/** Horizontal bars, the first stage on top, each labelled with its count and share. */
function funnelOption(steps: Step[], name: (s: Step) => string, text: (s: Step) => string): ChartOption {
  return {
    grid: { left: 8, right: 96, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', show: false, max: Math.max(1, ...steps.map((s) => s.count!)) },
    yAxis: { type: 'category', inverse: true, data: steps.map(name), axisTick: { show: false }, axisLine: { show: false }, axisLabel: { width: 120, overflow: 'break' } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    series: [
      {
        type: 'bar',
        data: steps.map((s) => s.count!),
        barMaxWidth: 28,
        itemStyle: { borderRadius: [0, 4, 4, 0] },
        label: { show: true, position: 'right', formatter: (p) => text(steps[p.dataIndex]!), color: '#212529' },
      },
    ],
  };
}
