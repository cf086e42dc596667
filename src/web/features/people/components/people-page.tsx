// People: those the reader looks after (operator admins: their operator's world; college
// coordinators: their college), invitations still open, and inviting one person or a class list.
import { Alert, Button, Group, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../../lib/session.ts';
import { ClassListModal } from './class-list-modal.tsx';
import { InvitationsCard } from './invitations-card.tsx';
import { InviteModal } from './invite-modal.tsx';
import { MembersCard } from './members-card.tsx';

export function PeoplePage() {
  const { t } = useTranslation('people');
  const { managesPeople } = usePermissions();
  const [open, setOpen] = useState<'invite' | 'classList' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const close = () => setOpen(null);
  return (
    <Stack maw={1200}>
      <Group justify="space-between">
        <Title order={2}>{t('title')}</Title>
        {managesPeople && (
          <Group gap="xs">
            <Button variant="default" onClick={() => { setNotice(null); setOpen('classList'); }}>
              {t('classList.open')}
            </Button>
            <Button onClick={() => { setNotice(null); setOpen('invite'); }}>{t('invite.open')}</Button>
          </Group>
        )}
      </Group>
      {notice && (
        <Alert color="teal" role="status" withCloseButton closeButtonLabel={t('common:actions.close')} onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
      <MembersCard />
      <InvitationsCard />
      <InviteModal opened={open === 'invite'} onClose={close} onInvited={(i) => setNotice(t('invite.sent', { email: i.email }))} />
      <ClassListModal opened={open === 'classList'} onClose={close} onInvited={(count) => setNotice(t('classList.sent', { count }))} />
    </Stack>
  );
}
