import { Alert, Button, Card, Group, PasswordInput, Stack, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { fieldErrorsOf } from '../../../components/ui/form-errors.ts';
import { useChangePassword } from '../api/auth.api.ts';
import { NewPasswordInputs, passwordsAgree } from '../../../components/ui/new-password-inputs.tsx';

/** Changing the password signs out every other session. */
export function PasswordChangeCard() {
  const { t } = useTranslation('auth');
  const change = useChangePassword();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!passwordsAgree(next, repeat)) return;
    change.mutate({ currentPassword: current, newPassword: next }, { onSuccess: () => { setCurrent(''); setNext(''); setRepeat(''); } });
  };
  const errors = fieldErrorsOf(change.error);
  return (
    <Card withBorder>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" maw={420}>
          <Title order={3} size="h4">
            {t('account.password')}
          </Title>
          <PasswordInput label={t('fields.currentPassword')} autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.currentTarget.value)} required error={errors.currentPassword} />
          <NewPasswordInputs value={next} repeat={repeat} onChange={setNext} onRepeatChange={setRepeat} error={errors.newPassword} />
          <ApiErrorAlert error={change.error} />
          {change.isSuccess && (
            <Alert color="teal" role="status">
              {t('account.passwordChanged')}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={change.isPending} disabled={!current || !passwordsAgree(next, repeat)}>
              {t('account.changePassword')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
