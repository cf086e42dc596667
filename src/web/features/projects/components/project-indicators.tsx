// Each activity with its indicators: baseline, target, the actual for the period (counted from
// the records or entered with evidence) and the progress towards the target as a bar. The
// operators enter actuals here; a funder sees the same figures without the button.
import { Badge, Button, Card, Progress, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FundedProjectView, IndicatorView } from '../../../../contracts/funded-projects.ts';
import { TableScroll } from '../../../components/ui/table-scroll.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDateRange } from '../../../lib/format.ts';
import { ActualModal } from './actual-modal.tsx';
import { useProjectFormat } from './project-format.ts';

export function ProjectIndicators({ view }: { view: FundedProjectView }) {
  const { t } = useTranslation('projects');
  const { localized } = useLanguage();
  const [entering, setEntering] = useState<IndicatorView | null>(null);
  const groups = [
    ...view.activities.map((a) => ({ key: a.id, title: `${a.ordinal}. ${localized(a.name)}`, indicators: a.indicators })),
    ...(view.indicators.length ? [{ key: 'project', title: t('indicators.projectWide'), indicators: view.indicators }] : []),
  ];
  return (
    <Stack>
      <Title order={3}>{t('indicators.title')}</Title>
      {groups.map((group) => (
        <Card withBorder key={group.key}>
          <Title order={4} size="h5" mb="xs">{group.title}</Title>
          <TableScroll label={`${t('indicators.tableLabel')}: ${group.title}`} minWidth={640}>
            {/* Fixed columns, so that every activity's table lines up with the others. */}
            <Table verticalSpacing="xs" layout="fixed">
              <Table.Thead>
                <Table.Tr>
                  {['indicator', 'baseline', 'target', 'actual', 'progress'].map((key) => <Table.Th key={key} w={key === 'indicator' ? '38%' : undefined} style={{ whiteSpace: 'nowrap' }}>{t(`indicators.${key}`)}</Table.Th>)}
                  {view.canEdit && <Table.Th w={130}><VisuallyHidden>{t('common:actions.actions')}</VisuallyHidden></Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {group.indicators.map((i) => <IndicatorRow key={i.id} indicator={i} canEdit={view.canEdit} onEnter={() => setEntering(i)} />)}
              </Table.Tbody>
            </Table>
          </TableScroll>
        </Card>
      ))}
      {entering && <ActualModal indicator={entering} period={view.period} onClose={() => setEntering(null)} />}
    </Stack>
  );
}

function IndicatorRow({ indicator: i, canEdit, onEnter }: { indicator: IndicatorView; canEdit: boolean; onEnter: () => void }) {
  const { t } = useTranslation('projects');
  const { language, localized } = useLanguage();
  const f = useProjectFormat();
  const unit = t(`units.${i.unit}`);
  const progress = i.progressPercent;
  return (
    <Table.Tr data-testid="indicator-row" style={{ verticalAlign: 'top' }}>
      <Table.Td>
        <Text size="sm" fw={500}>{localized(i.name)}</Text>
        <Badge size="xs" variant="light" color={i.metric ? 'blue' : 'gray'}>{i.metric ? `${t('indicators.computed')}: ${t(`metrics.${i.metric}`)}` : t('indicators.entered')}</Badge>
        {!i.metric && i.actuals.length > 0 && (
          <details>
            <summary style={{ cursor: 'pointer', fontSize: 'var(--mantine-font-size-xs)' }}>{t('indicators.history', { count: i.actuals.length })}</summary>
            <Stack gap={2} mt={4}>
              {i.actuals.map((a) => (
                <Text key={a.id} size="xs" c="dimmed">
                  {formatDateRange(a.periodStart, a.periodEnd, language)}: {f.figure(a.value)} {unit} — {t('indicators.evidence')}: {a.evidence}
                </Text>
              ))}
            </Stack>
          </details>
        )}
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{f.figure(i.baseline)} {unit}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{f.figure(i.target)} {unit}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }} data-testid="indicator-actual">{i.actual === null ? <Text size="sm" c="dimmed">{t('indicators.notReported')}</Text> : `${f.figure(i.actual)} ${unit}`}</Table.Td>
      <Table.Td miw={120}>
        <Text size="xs">{f.percent(progress)}</Text>
        <Progress value={Math.max(0, Math.min(100, progress ?? 0))} color={progress !== null && progress >= 100 ? 'teal' : 'blue'} aria-label={`${t('indicators.progress')} ${f.percent(progress)}`} />
      </Table.Td>
      {canEdit && (
        <Table.Td>
          {!i.metric && <Button size="xs" variant="light" onClick={onEnter}>{t('indicators.enter')}</Button>}
        </Table.Td>
      )}
    </Table.Tr>
  );
}
