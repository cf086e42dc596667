// Invitations not yet accepted or revoked (expired ones too, so they can be cleared), newest first.
import { Button, Card, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invitation } from '../../../../contracts/invitations.ts';
import { TableScroll } from '../../../components/ui/table-scroll.tsx';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { DownloadMenu } from '../../../components/ui/download-menu.tsx';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { usePermissions } from '../../../lib/session.ts';
import { useInvitations, useRevokeInvitation } from '../api/people.api.ts';
import { PersonCell } from './person-cell.tsx';
import { LabelledPagination } from '../../../components/ui/labelled-pagination.tsx';

export function InvitationsCard() {
  const { t } = useTranslation('people');
  const { language, localized } = useLanguage();
  const { invitableRoles } = usePermissions();
  const [page, setPage] = useState(1);
  const invitations = useInvitations(page);
  const revoke = useRevokeInvitation();
  // The invitation stays set while the dialog fades out, so its text does not change under the reader.
  const [revoking, setRevoking] = useState<Invitation | null>(null);
  const [open, setOpen] = useState(false);
  const data = invitations.data;
  const ask = (invitation: Invitation) => {
    revoke.reset();
    setRevoking(invitation);
    setOpen(true);
  };
  const close = () => setOpen(false);

  return (
    <Card withBorder>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h4">
            {t('invitations.title')}
          </Title>
          {data && data.total > 0 && <DownloadMenu listPath="/api/invitations" listName={t('invitations.title')} />}
        </Group>
        <ApiErrorAlert error={invitations.error} />
        <TableScroll label={t('invitations.title')} minWidth={760}>
          <Table verticalSpacing="sm" aria-label={t('invitations.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th miw={220}>{t('fields.person')}</Table.Th>
                <Table.Th>{t('fields.organization')}</Table.Th>
                <Table.Th>{t('fields.role')}</Table.Th>
                <Table.Th>{t('invitations.expires')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('common:actions.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data?.items.map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Td>
                    <PersonCell name={i.name} email={i.email} />
                  </Table.Td>
                  <Table.Td>{localized(i.organization.name)}</Table.Td>
                  <Table.Td>{t(`common:membershipRoles.${i.role}`)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {i.status === 'expired' ? (
                      <StatusBadge color="gray">{t('invitations.expired')}</StatusBadge>
                    ) : (
                      formatDateTime(i.expiresAt, language)
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {invitableRoles(i.organization).includes(i.role) && (
                      <Button size="compact-sm" variant="subtle" color="red" onClick={() => ask(i)} aria-label={t('invitations.revokeWho', { email: i.email })}>
                        {t('invitations.revoke')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
        {data && data.items.length === 0 && <Text c="dimmed">{t('invitations.empty')}</Text>}
        {data && data.total > data.pageSize && <LabelledPagination total={Math.ceil(data.total / data.pageSize)} value={page} onChange={setPage} />}
      </Stack>
      <ConfirmDialog
        opened={open}
        title={t('invitations.revokeTitle')}
        message={revoking ? t('invitations.revokeBody', { email: revoking.email }) : ''}
        confirmLabel={t('invitations.revoke')}
        danger
        pending={revoke.isPending}
        error={revoke.error}
        onConfirm={() => revoking && revoke.mutate(revoking.id, { onSuccess: close })}
        onClose={close}
      />
    </Card>
  );
}
