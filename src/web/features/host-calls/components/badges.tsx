// The call's status (draft, open, closed) and a company's decision (pending, accepted, declined).
import { useTranslation } from 'react-i18next';
import type { HostCallStatus, HostDecision } from '../../../../domain/host-calls/host-call.ts';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';

const CALL_COLORS: Record<HostCallStatus, string> = { draft: 'gray', open: 'green', closed: 'dark' };
const DECISION_COLORS: Record<HostDecision, string> = { pending: 'yellow', accepted: 'green', declined: 'red' };

export function CallStatusBadge({ status }: { status: HostCallStatus }) {
  const { t } = useTranslation('hostCalls');
  return (
    <span data-testid="call-status">
      <StatusBadge color={CALL_COLORS[status]}>{t(`callStatus.${status}`)}</StatusBadge>
    </span>
  );
}

export function DecisionBadge({ decision }: { decision: HostDecision }) {
  const { t } = useTranslation('hostCalls');
  return (
    <span data-testid="decision">
      <StatusBadge color={DECISION_COLORS[decision]}>{t(`decision.${decision}`)}</StatusBadge>
    </span>
  );
}
