// The page the e-mailed reset link opens: a new password, typed twice.
import { Alert, Anchor, Button, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { fieldErrorsOf } from '../../../components/ui/form-errors.ts';
import { paths } from '../../../paths.ts';
import { useResetPassword } from '../api/auth.api.ts';
import { AuthCard } from '../../../components/ui/auth-card.tsx';
import { NewPasswordInputs, passwordsAgree } from '../../../components/ui/new-password-inputs.tsx';

export function ResetPasswordPage() {
  const { t } = useTranslation('auth');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const reset = useResetPassword();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (passwordsAgree(password, repeat)) reset.mutate({ token, newPassword: password });
  };
  return (
    <AuthCard title={t('reset.title')}>
      {reset.isSuccess ? (
        <Alert color="teal" role="status">
          {t('reset.done')}
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <NewPasswordInputs value={password} repeat={repeat} onChange={setPassword} onRepeatChange={setRepeat} error={fieldErrorsOf(reset.error).newPassword} />
            <ApiErrorAlert error={reset.error} />
            <Button type="submit" loading={reset.isPending} disabled={!passwordsAgree(password, repeat)}>
              {t('reset.submit')}
            </Button>
          </Stack>
        </form>
      )}
      <Anchor component={Link} to={paths.signIn} size="sm">
        {t('backToSignIn')}
      </Anchor>
    </AuthCard>
  );
}
