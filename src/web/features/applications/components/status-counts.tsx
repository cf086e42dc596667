// Counts per status at the top of the screening board, under the other filters; each chip
// filters the board to its status (and back to all).
import { Chip, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PIPELINE_STATUSES, type PipelineStatus } from '../../../../domain/pipeline/pipeline-status.ts';

type Props = { counts: Record<PipelineStatus, number>; value: PipelineStatus | null; onChange: (status: PipelineStatus | null) => void };

export function StatusCounts({ counts, value, onChange }: Props) {
  const { t } = useTranslation('applications');
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const shown = PIPELINE_STATUSES.filter((s) => counts[s] > 0 || s === value);
  return (
    <Group gap={6} role="group" aria-label={t('board.counts')} data-testid="status-counts">
      <Chip checked={value === null} onChange={() => onChange(null)} size="sm" variant="outline" data-testid="count-all">
        {t('board.countAll', { count: total })}
      </Chip>
      {shown.map((s) => (
        <Chip key={s} checked={value === s} onChange={() => onChange(value === s ? null : s)} size="sm" variant="outline" data-testid={`count-${s}`}>
          {t('board.countStatus', { status: t(`status.${s}`), count: counts[s] })}
        </Chip>
      ))}
    </Group>
  );
}
