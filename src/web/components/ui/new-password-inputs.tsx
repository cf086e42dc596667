// A new password typed twice (set after a reset link, an invitation, or a change); texts from the auth catalog.
import { PasswordInput, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A new password typed twice; `mismatch` is true until both agree. */
export function NewPasswordInputs(props: { value: string; repeat: string; onChange: (value: string) => void; onRepeatChange: (value: string) => void; error?: string | undefined }) {
  const { t } = useTranslation('auth');
  const mismatch = props.repeat.length > 0 && props.repeat !== props.value;
  return (
    <Stack gap="sm">
      <PasswordInput label={t('fields.newPassword')} description={t('fields.newPasswordHelp')} autoComplete="new-password" value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)} required error={props.error} />
      <PasswordInput label={t('fields.repeatPassword')} autoComplete="new-password" value={props.repeat} onChange={(e) => props.onRepeatChange(e.currentTarget.value)} required error={mismatch ? t('fields.mismatch') : undefined} />
    </Stack>
  );
}

export const passwordsAgree = (value: string, repeat: string) => value.length > 0 && value === repeat;
