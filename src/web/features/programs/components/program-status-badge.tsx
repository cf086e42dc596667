import { useTranslation } from 'react-i18next';
import { programStatus } from '../../../../domain/programs/program-status.ts';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { todayInJapan } from '../../../lib/format.ts';

const COLORS = { unscheduled: 'gray', planned: 'blue', running: 'green', completed: 'dark', archived: 'gray' } as const;

export function ProgramStatusBadge({ startDate, endDate, archived }: { startDate: string | null; endDate: string | null; archived: boolean }) {
  const { t } = useTranslation('programs');
  const status = archived ? 'archived' : programStatus(startDate, endDate, todayInJapan());
  return <StatusBadge color={COLORS[status]}>{t(`status.${status}`)}</StatusBadge>;
}
