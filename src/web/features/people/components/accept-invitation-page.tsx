// The page an invitation link opens: who is invited where and in which role; a name and a new
// password (or the password of the account the address already has); then accepted, signed in
// and into the app. Unknown, expired and used links show the server's message.
import { Alert, Anchor, Center, Loader, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { AuthCard } from '../../../components/ui/auth-card.tsx';
import { paths } from '../../../paths.ts';
import { useInvitationPreview } from '../api/invitation-acceptance.api.ts';
import { AcceptInvitationForm } from './accept-invitation-form.tsx';

export function AcceptInvitationPage() {
  const { t, i18n } = useTranslation('people');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const preview = useInvitationPreview(token);
  const invitedIn = preview.data?.language;

  // The mail went out in the invitee's language; the page opens in it too (the switcher stays).
  useEffect(() => {
    if (invitedIn) void i18n.changeLanguage(invitedIn);
  }, [invitedIn, i18n]);

  return (
    <AuthCard title={t('accept.title')}>
      {token && preview.isPending && (
        <Center py="lg">
          <Loader aria-label={t('common:loading')} />
        </Center>
      )}
      {(!token || preview.error) && (
        <Stack gap="sm">
          {preview.error ? <ApiErrorAlert error={preview.error} /> : <Alert color="red" role="alert">{t('accept.noToken')}</Alert>}
          <Text size="sm">{t('accept.askAgain')}</Text>
        </Stack>
      )}
      {preview.data && <AcceptInvitationForm token={token} preview={preview.data} />}
      <Anchor component={Link} to={paths.signIn} size="sm">
        {t('accept.toSignIn')}
      </Anchor>
    </AuthCard>
  );
}
