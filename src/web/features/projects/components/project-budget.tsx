// The budget against the plan: each line's planned amount, cash spent, in-kind value, what
// remains and the share used (a bar), then the totals of cash lines and in-kind contributions
// and the figures per category. Cumulative from the project's start to the period's end.
import { Badge, Card, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FundedProjectView } from '../../../../contracts/funded-projects.ts';
import { Chart, type ChartOption } from '../../../components/ui/chart.tsx';
import { TableScroll } from '../../../components/ui/table-scroll.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { useProjectFormat } from './project-format.ts';

type Figures = FundedProjectView['budget']['cash'];

function FigureCells({ figures }: { figures: Figures }) {
  const { t } = useTranslation('projects');
  const f = useProjectFormat();
  const used = figures.percentUsed;
  return (
    <>
      {[figures.plannedYen, figures.spentYen, figures.inKindYen, figures.remainingYen].map((value, i) => (
        <Table.Td key={i} style={{ whiteSpace: 'nowrap', textAlign: 'right' }}>{f.yen(value)}</Table.Td>
      ))}
      <Table.Td miw={110}>
        <Text size="xs">{f.percent(used)}</Text>
        <Progress value={Math.min(100, used ?? 0)} color={used !== null && used > 100 ? 'red' : 'teal'} aria-label={`${t('budget.used')} ${f.percent(used)}`} />
      </Table.Td>
    </>
  );
}

const HEADERS = ['planned', 'spent', 'inKind', 'remaining', 'used'];

export function ProjectBudget({ view }: { view: FundedProjectView }) {
  const { t } = useTranslation('projects');
  const { localized } = useLanguage();
  const head = (first: string) => (
    <Table.Thead>
      <Table.Tr>
        {[first, ...HEADERS].map((key) => <Table.Th key={key} style={{ whiteSpace: 'nowrap', textAlign: key === first || key === 'used' ? 'left' : 'right' }}>{t(`budget.${key}`)}</Table.Th>)}
      </Table.Tr>
    </Table.Thead>
  );
  return (
    <Stack>
      <Title order={3}>{t('budget.title')}</Title>
      <Text size="sm" c="dimmed">{t('budget.periodNote')}</Text>
      <Card withBorder>
        <TableScroll label={t('budget.tableLabel')} minWidth={760}>
          <Table verticalSpacing="xs">
            {head('line')}
            <Table.Tbody>
              {view.budget.lines.map((line) => (
                <Table.Tr key={line.id} data-testid="budget-line">
                  <Table.Td>
                    <Text size="sm">{line.ordinal}. {localized(line.name)}</Text>
                    <Text size="xs" c="dimmed">{t(`categories.${line.category}`)} <Badge size="xs" variant="light" color={line.inKind ? 'grape' : 'gray'}>{t(line.inKind ? 'budget.inKindKind' : 'budget.cash')}</Badge></Text>
                  </Table.Td>
                  <FigureCells figures={line} />
                </Table.Tr>
              ))}
              <Table.Tr fw={600}><Table.Td>{t('budget.cashTotal')}</Table.Td><FigureCells figures={view.budget.cash} /></Table.Tr>
              <Table.Tr fw={600}><Table.Td>{t('budget.inKindTotal')}</Table.Td><FigureCells figures={view.budget.inKind} /></Table.Tr>
            </Table.Tbody>
          </Table>
        </TableScroll>
      </Card>
      <Card withBorder>
        <Title order={4} size="h5" mb="xs">{t('budget.byCategory')}</Title>
        <CategoryChart view={view} />
        <TableScroll label={t('budget.byCategory')} minWidth={700}>
          <Table verticalSpacing="xs">
            {head('category')}
            <Table.Tbody>
              {view.budget.categories.map((c) => (
                <Table.Tr key={c.category}><Table.Td>{t(`categories.${c.category}`)}</Table.Td><FigureCells figures={c} /></Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      </Card>
    </Stack>
  );
}

/** Planned against used (cash and in kind, stacked) per category; the table below holds the same figures. */
function CategoryChart({ view }: { view: FundedProjectView }) {
  const { t } = useTranslation('projects');
  const categories = view.budget.categories;
  const option = useMemo((): ChartOption => ({
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: categories.map((c) => t(`categories.${c.category}`)), axisLabel: { interval: 0, rotate: categories.length > 4 ? 30 : 0 } },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => `${v / 1_000_000}M` } },
    series: [
      { type: 'bar', name: t('budget.planned'), data: categories.map((c) => c.plannedYen) },
      { type: 'bar', name: t('budget.spent'), stack: 'used', data: categories.map((c) => c.spentYen) },
      { type: 'bar', name: t('budget.inKind'), stack: 'used', data: categories.map((c) => c.inKindYen) },
    ],
  }), [categories, t]);
  return <Chart option={option} label={t('budget.chartLabel')} height={260} testId="budget-chart" />;
}
