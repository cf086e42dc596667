import { PasswordInput, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Props = { value: string; repeat: string; onChange: (value: string) => void; onRepeatChange: (value: string) => void; error?: string | undefined };

/** The password of a new account, typed twice. */
export function NewPasswordFields(props: Props) {
  const { t } = useTranslation('people');
  const mismatch = props.repeat.length > 0 && props.repeat !== props.value;
  return (
    <Stack gap="sm">
      <PasswordInput label={t('accept.newPassword')} description={t('accept.newPasswordHelp')} autoComplete="new-password" value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)} required error={props.error} />
      <PasswordInput label={t('accept.repeatPassword')} autoComplete="new-password" value={props.repeat} onChange={(e) => props.onRepeatChange(e.currentTarget.value)} required error={mismatch ? t('accept.mismatch') : undefined} />
    </Stack>
  );
}

export const passwordsAgree = (value: string, repeat: string) => value.length > 0 && value === repeat;
