// Regions compared: the program's operator beside every operator that publishes its anonymised
// aggregates (counts per fiscal year and stage, never a name), hires by year as lines, the table
// beside; and, for the operator's people, the switch that publishes their own.
import { Badge, Card, Group, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegionComparison } from '../../../../contracts/reports.ts';
import type { FunnelStage } from '../../../../domain/reports/funnel.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { Chart, type ChartOption } from '../../../components/ui/chart.tsx';
import { TableScroll } from '../../../components/ui/table-scroll.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatFiscalYearShort, formatNumber } from '../../../lib/format.ts';
import { useReportSharing, useSetReportSharing } from '../api/reports.api.ts';

const STAGES: FunnelStage[] = ['lectureAttendees', 'interviewees', 'interns', 'hires'];

export function RegionsSection({ regions, operatorId, canPublish }: { regions: RegionComparison; operatorId: string; canPublish: boolean }) {
  const { t } = useTranslation('reports');
  const { language, localized } = useLanguage();
  const option = useMemo<ChartOption>(() => {
    const fiscalYears = [...new Set(regions.regions.flatMap((r) => r.years.map((y) => y.fiscalYear)))].sort();
    return {
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      legend: { top: 0, type: 'scroll' },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: fiscalYears.map((y) => formatFiscalYearShort(y, language)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: regions.regions.map((r) => ({ type: 'line', name: localized(r.operator.name), symbolSize: 8, connectNulls: true, data: fiscalYears.map((fy) => r.years.find((y) => y.fiscalYear === fy)?.counts.hires ?? null) })),
    };
  }, [regions, language, localized]);
  const others = regions.regions.filter((r) => !r.own);
  return (
    <Card withBorder>
      <Title order={3} size="h4" mb="sm">{t('sections.regions')}</Title>
      <Stack>
        {canPublish && <SharingSwitch operatorId={operatorId} />}
        {others.length === 0 && <Text c="dimmed">{t('empty.regions')}</Text>}
        <Text size="sm" fw={500}>{t('chart.regionsLabel')}</Text>
        <Chart option={option} label={t('chart.regionsLabel')} height={260} testId="regions-chart" />
        <TableScroll label={t('sections.regions')} minWidth={640}>
          <Table verticalSpacing="xs" data-testid="regions-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('table.operator')}</Table.Th>
                <Table.Th>{t('table.fiscalYear')}</Table.Th>
                {STAGES.map((s) => <Table.Th key={s} ta="right">{t(`stages.${s}`)}</Table.Th>)}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {regions.regions.flatMap((r) =>
                r.years.map((y) => (
                  <Table.Tr key={`${r.operator.id}-${y.fiscalYear}`}>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <Text size="sm">{localized(r.operator.name)}</Text>
                        {r.own && <Badge size="xs" variant="outline" color="indigo.8">{t('sharing.ownRegion')}</Badge>}
                      </Group>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatFiscalYearShort(y.fiscalYear, language)}</Table.Td>
                    {STAGES.map((s) => <Table.Td key={s} ta="right">{y.counts[s] === null ? t('table.unknown') : formatNumber(y.counts[s]!, language)}</Table.Td>)}
                  </Table.Tr>
                )),
              )}
            </Table.Tbody>
          </Table>
        </TableScroll>
      </Stack>
    </Card>
  );
}

function SharingSwitch({ operatorId }: { operatorId: string }) {
  const { t } = useTranslation('reports');
  const sharing = useReportSharing(operatorId, true);
  const set = useSetReportSharing(operatorId);
  if (!sharing.data) return null;
  return (
    <Stack gap={4}>
      <Switch
        label={t('sharing.publish')}
        description={t('sharing.help')}
        checked={sharing.data.publishesAggregates}
        disabled={set.isPending}
        onChange={(e) => set.mutate({ publishesAggregates: e.currentTarget.checked, version: sharing.data!.version })}
      />
      <ApiErrorAlert error={set.error} />
    </Stack>
  );
}
