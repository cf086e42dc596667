// The gate in front of every signed-in page: nobody → the sign-in page (coming back here
// afterwards); an administrator without two-step verification → its setup.
import { Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { paths } from '../../../paths.ts';
import { useAccount } from '../../../lib/session.ts';

export function RequireSignIn({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const account = useAccount();
  const location = useLocation();
  if (account.isPending) {
    return (
      <Center mih="60vh">
        <Loader aria-label={t('loading')} />
      </Center>
    );
  }
  if (account.error) return <ApiErrorAlert error={account.error} />;
  if (!account.data) return <Navigate to={`${paths.signIn}?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (account.data.mustEnrollTwoFactor) return <Navigate to={paths.twoFactorSetup} replace />;
  return children;
}
