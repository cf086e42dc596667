import { useTranslation } from 'react-i18next';
import type { PipelineStatus } from '../../../../domain/pipeline/pipeline-status.ts';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';

const COLORS: Record<PipelineStatus, string> = {
  applied: 'blue',
  screened: 'cyan',
  lecture_attendee: 'teal',
  interviewee: 'indigo',
  intern_candidate: 'violet',
  intern: 'grape',
  offered: 'orange',
  hired: 'green',
  withdrawn: 'gray',
  declined: 'red',
};

/** A student's status in the program's pipeline, in the reader's language. */
export function PipelineStatusBadge({ status }: { status: PipelineStatus }) {
  const { t } = useTranslation('applications');
  return (
    <span data-testid="pipeline-status" data-status={status}>
      <StatusBadge color={COLORS[status]}>{t(`status.${status}`)}</StatusBadge>
    </span>
  );
}
