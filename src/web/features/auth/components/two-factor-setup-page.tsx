// Operator administrators must have two-step verification: until they set it up, this is the
// only page they can use.
import { Alert, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { paths } from '../../../paths.ts';
import { useSignOut } from '../api/auth.api.ts';
import { useAccount } from '../../../lib/session.ts';
import { AuthCard } from '../../../components/ui/auth-card.tsx';
import { TwoFactorEnrolment } from './two-factor-enrolment.tsx';

export function TwoFactorSetupPage() {
  const { t } = useTranslation('auth');
  const navigate = useNavigate();
  const account = useAccount();
  const signOut = useSignOut();
  if (account.data === null) return <Navigate to={paths.signIn} replace />;
  if (account.data && !account.data.mustEnrollTwoFactor) return <Navigate to={paths.home} replace />;
  return (
    <AuthCard title={t('enrol.requiredTitle')}>
      <Alert color="indigo" variant="light">
        {t('enrol.requiredBody')}
      </Alert>
      <TwoFactorEnrolment onDone={() => navigate(paths.home, { replace: true })} />
      <Group justify="flex-end">
        <Button variant="subtle" onClick={() => signOut.mutate()}>
          {t('signOut')}
        </Button>
      </Group>
    </AuthCard>
  );
}
