// Asks for a reset link. The answer is the same whether the address is known or not, so the
// page cannot be used to find out who has an account.
import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { fieldErrorsOf } from '../../../components/ui/form-errors.ts';
import { paths } from '../../../paths.ts';
import { useRequestPasswordReset } from '../api/auth.api.ts';
import { AuthCard } from '../../../components/ui/auth-card.tsx';

export function ForgotPasswordPage() {
  const { t } = useTranslation('auth');
  const request = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    request.mutate(email);
  };
  return (
    <AuthCard title={t('forgot.title')}>
      {request.isSuccess ? (
        <Alert color="teal" role="status">
          {t('forgot.sent', { email })}
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text size="sm">{t('forgot.body')}</Text>
            <TextInput label={t('fields.email')} type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} required error={fieldErrorsOf(request.error).email} />
            <ApiErrorAlert error={request.error} />
            <Button type="submit" loading={request.isPending}>
              {t('forgot.submit')}
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
