// Sign-in: e-mail and password, then the six-digit code when two-step verification is on.
// The demo accounts, when the server has them, are listed below with a button to use each.
import { Anchor, Button, Checkbox, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { fieldErrorsOf } from '../../../components/ui/form-errors.ts';
import { paths } from '../../../paths.ts';
import { useSecondFactor, useSignIn } from '../api/auth.api.ts';
import { useAccount } from '../../../lib/session.ts';
import { AuthCard } from '../../../components/ui/auth-card.tsx';
import { DemoAccountsCard } from './demo-accounts-card.tsx';
import { safeNext } from './safe-next.ts';

export function SignInPage() {
  const { t } = useTranslation('auth');
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const account = useAccount();
  const signIn = useSignIn();
  const secondFactor = useSecondFactor();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [trustDevice, setTrustDevice] = useState(false);
  const needsCode = signIn.data?.status === 'twoFactorRequired';

  if (account.data) return <Navigate to={next} replace />;

  const submitPassword = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate({ email, password }, { onSuccess: (r) => r.status === 'signedIn' && navigate(next, { replace: true }) });
  };
  const submitCode = (event: FormEvent) => {
    event.preventDefault();
    secondFactor.mutate({ code, trustDevice }, { onSuccess: () => navigate(next, { replace: true }) });
  };
  const fieldErrors = fieldErrorsOf(signIn.error);

  return (
    <AuthCard title={needsCode ? t('twoFactor.title') : t('signIn.title')} aside={needsCode ? null : <DemoAccountsCard onUse={(e, p) => { setEmail(e); setPassword(p); }} />}>
      {needsCode ? (
        <form onSubmit={submitCode} noValidate>
          <Stack>
            <TextInput
              label={t('twoFactor.code')}
              description={t('twoFactor.codeHelp')}
              value={code}
              onChange={(e) => setCode(e.currentTarget.value)}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              required
              data-autofocus
              error={fieldErrorsOf(secondFactor.error).code}
            />
            <Checkbox label={t('twoFactor.trustDevice')} checked={trustDevice} onChange={(e) => setTrustDevice(e.currentTarget.checked)} />
            <ApiErrorAlert error={secondFactor.error} />
            <Button type="submit" loading={secondFactor.isPending}>
              {t('twoFactor.verify')}
            </Button>
          </Stack>
        </form>
      ) : (
        <form onSubmit={submitPassword} noValidate>
          <Stack>
            <TextInput label={t('fields.email')} type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.currentTarget.value)} required error={fieldErrors.email} />
            <PasswordInput label={t('fields.password')} autoComplete="current-password" value={password} onChange={(e) => setPassword(e.currentTarget.value)} required error={fieldErrors.password} />
            <ApiErrorAlert error={signIn.error} />
            <Button type="submit" loading={signIn.isPending}>
              {t('signIn.submit')}
            </Button>
            <Anchor component={Link} to={paths.forgotPassword} size="sm">
              {t('signIn.forgot')}
            </Anchor>
          </Stack>
        </form>
      )}
    </AuthCard>
  );
}
