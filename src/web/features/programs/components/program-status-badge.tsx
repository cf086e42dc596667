import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { programStatus } from '../../../../domain/programs/program-status.ts';
import { todayInJapan } from '../../../lib/format.ts';

// Mantine's light badges in plain green or blue are too pale for contrast: the darkest shades.
const COLORS = { unscheduled: 'gray.8', planned: 'blue.9', running: 'green.9', completed: 'dark' } as const;

export function ProgramStatusBadge({ startDate, endDate, archived }: { startDate: string | null; endDate: string | null; archived: boolean }) {
  const { t } = useTranslation('programs');
  if (archived) return <Badge color="gray" variant="outline" style={{ flexShrink: 0 }}>{t('status.archived')}</Badge>;
  const status = programStatus(startDate, endDate, todayInJapan());
  return (
    <Badge color={COLORS[status]} variant="light" style={{ flexShrink: 0 }}>
      {t(`status.${status}`)}
    </Badge>
  );
}
