import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';

/** Active, or switched off (no sign-in, sessions ended). */
export function MemberStatusBadge({ disabledAt }: { disabledAt: string | null }) {
  const { t } = useTranslation('people');
  return <StatusBadge color={disabledAt ? 'red' : 'teal'}>{disabledAt ? t('members.deactivated') : t('members.active')}</StatusBadge>;
}
