// A person's identity documents, for the person, their operator's admins and their college's
// coordinator: masked numbers, each shown in full only on request (and recorded in the audit
// trail), expiry dates, and a form to enter or correct them.
import { Alert, Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { useAccount } from '../../../lib/session.ts';
import { paths } from '../../../paths.ts';
import { useIdentity } from '../api/identity.api.ts';
import { IdentityForm } from './identity-form.tsx';
import { IdentityView } from './identity-view.tsx';

export function IdentityDocumentsPage() {
  const { t } = useTranslation('identity');
  const { userId = '' } = useParams();
  const name = (useLocation().state as { name?: string } | null)?.name;
  const own = useAccount().data?.id === userId;
  const identity = useIdentity(userId);
  const [editing, setEditing] = useState(false);
  return (
    <Stack maw={760}>
      {!own && (
        <Anchor component={Link} to={paths.people} size="sm">
          {t('back')}
        </Anchor>
      )}
      <Title order={2}>{own ? t('titleOwn') : name ? t('titleOf', { name }) : t('title')}</Title>
      <Alert color="indigo" variant="light">
        {t('notice')}
      </Alert>
      <ApiErrorAlert error={identity.error} />
      {identity.data && (
        <Card withBorder>
          {editing ? (
            <IdentityForm userId={userId} current={identity.data} onDone={() => setEditing(false)} />
          ) : (
            <Stack>
              <IdentityView userId={userId} identity={identity.data} />
              <Group>
                <Button variant="light" onClick={() => setEditing(true)}>
                  {identity.data.version === 0 ? t('enter') : t('edit')}
                </Button>
              </Group>
            </Stack>
          )}
        </Card>
      )}
      <Text size="xs" c="dimmed">
        {t('encrypted')}
      </Text>
    </Stack>
  );
}
