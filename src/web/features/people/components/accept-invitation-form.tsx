import { Alert, Anchor, Badge, Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { InvitationPreview } from '../../../../contracts/invitations.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { fieldErrorsOf } from '../../../components/ui/form-errors.ts';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { paths } from '../../../paths.ts';
import { useAcceptInvitation } from '../api/invitation-acceptance.api.ts';
import { NewPasswordInputs, passwordsAgree } from '../../../components/ui/new-password-inputs.tsx';

/** A new account (name, password twice), or the password of the account the address already has. */
export function AcceptInvitationForm({ token, preview }: { token: string; preview: InvitationPreview }) {
  const { t } = useTranslation('people');
  const { language, localized } = useLanguage();
  const navigate = useNavigate();
  const accept = useAcceptInvitation();
  const [name, setName] = useState(preview.name);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const ready = preview.hasAccount ? password.length > 0 : name.trim().length > 0 && passwordsAgree(password, repeat);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    accept.mutate({ token, email: preview.email, name: preview.hasAccount ? preview.name : name, password }, { onSuccess: (outcome) => outcome === 'signedIn' && navigate(paths.home, { replace: true }) });
  };

  if (accept.data === 'signInNeeded') {
    return (
      <Alert color="teal" role="status">
        {t('accept.acceptedSignIn')}{' '}
        <Anchor component={Link} to={paths.signIn}>
          {t('accept.toSignIn')}
        </Anchor>
      </Alert>
    );
  }
  const errors = fieldErrorsOf(accept.error);
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text>{t('accept.intro', { organization: localized(preview.organization.name) })}</Text>
        <Group gap="xs">
          <Text size="sm">{t('accept.role')}</Text>
          <Badge variant="light" tt="none" style={{ overflow: 'visible' }}>
            {t(`common:membershipRoles.${preview.role}`)}
          </Badge>
        </Group>
        <TextInput label={t('accept.email')} value={preview.email} readOnly autoComplete="username" variant="filled" />
        <Text size="sm" c="dimmed">
          {t('accept.validUntil', { expires: formatDateTime(preview.expiresAt, language) })}
        </Text>
        {preview.hasAccount ? (
          <>
            <Alert color="indigo" variant="light">
              {t('accept.existingAccount', { email: preview.email })}
            </Alert>
            <PasswordInput label={t('accept.password')} autoComplete="current-password" value={password} onChange={(e) => setPassword(e.currentTarget.value)} required error={errors.password} />
          </>
        ) : (
          <>
            <TextInput label={t('accept.name')} description={t('accept.nameHelp')} autoComplete="name" value={name} onChange={(e) => setName(e.currentTarget.value)} required error={errors.name} />
            <NewPasswordInputs value={password} repeat={repeat} onChange={setPassword} onRepeatChange={setRepeat} error={errors.password} />
          </>
        )}
        {accept.error && !errors.password && !errors.name && <ApiErrorAlert error={accept.error} />}
        <Button type="submit" loading={accept.isPending} disabled={!ready}>
          {t('accept.submit')}
        </Button>
      </Stack>
    </form>
  );
}
