// The people of the organizations the reader looks after, with search, and switching a person
// off (their sessions end at once) or on again after a confirmation.
import { Button, Card, Group, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../../contracts/members.ts';
import { TableScroll } from '../../../components/ui/table-scroll.tsx';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { DownloadMenu } from '../../../components/ui/download-menu.tsx';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { usePermissions } from '../../../lib/session.ts';
import { paths } from '../../../paths.ts';
import { useMembers, useSetMemberActive } from '../api/people.api.ts';
import { MemberStatusBadge } from './member-status-badge.tsx';
import { PersonCell } from './person-cell.tsx';
import { LabelledPagination } from '../../../components/ui/labelled-pagination.tsx';

export function MembersCard() {
  const { t } = useTranslation('people');
  const { localized } = useLanguage();
  const { managesMember } = usePermissions();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [debouncedQ] = useDebouncedValue(q, 250);
  const members = useMembers({ page, q: debouncedQ || undefined });
  const setActive = useSetMemberActive();
  // The person stays set while the dialog fades out, so its text does not change under the reader.
  const [confirming, setConfirming] = useState<Member | null>(null);
  const [open, setOpen] = useState(false);
  const data = members.data;
  const ask = (member: Member) => {
    setActive.reset();
    setConfirming(member);
    setOpen(true);
  };
  const close = () => setOpen(false);
  const confirm = () => confirming && setActive.mutate({ userId: confirming.userId, active: confirming.disabledAt !== null }, { onSuccess: close });

  return (
    <Card withBorder>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h4">
            {t('members.title')}
          </Title>
          {data && data.total > 0 && <DownloadMenu listPath="/api/members" listName={t('members.title')} query={{ q: debouncedQ.trim() || undefined }} />}
        </Group>
        <TextInput label={t('members.search')} type="search" value={q} onChange={(e) => { setQ(e.currentTarget.value); setPage(1); }} w={{ base: '100%', xs: 320 }} />
        <ApiErrorAlert error={members.error} />
        <TableScroll label={t('members.title')} minWidth={820}>
          <Table verticalSpacing="sm" aria-label={t('members.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th miw={220}>{t('fields.person')}</Table.Th>
                <Table.Th>{t('fields.organization')}</Table.Th>
                <Table.Th>{t('fields.role')}</Table.Th>
                <Table.Th>{t('fields.status')}</Table.Th>
                <Table.Th>{t('fields.twoFactor')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('common:actions.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data?.items.map((m) => (
                <Table.Tr key={`${m.userId}:${m.organization.id}`}>
                  <Table.Td>
                    <PersonCell name={m.name} email={m.email} />
                  </Table.Td>
                  <Table.Td>{localized(m.organization.name)}</Table.Td>
                  <Table.Td>{t(`common:membershipRoles.${m.role}`)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <MemberStatusBadge disabledAt={m.disabledAt} />
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <StatusBadge color={m.twoFactorEnabled ? 'teal' : 'gray'}>{m.twoFactorEnabled ? t('members.on') : t('members.off')}</StatusBadge>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {managesMember(m) && (
                      <Button size="compact-sm" variant="subtle" component={Link} to={paths.identity(m.userId)} state={{ name: m.name }} aria-label={t('members.documentsOf', { name: m.name })}>
                        {t('members.documents')}
                      </Button>
                    )}
                    {managesMember(m) && (
                      <Button size="compact-sm" variant="subtle" color={m.disabledAt ? 'indigo' : 'red'} onClick={() => ask(m)} aria-label={t(m.disabledAt ? 'members.reactivateWho' : 'members.deactivateWho', { name: m.name })}>
                        {m.disabledAt ? t('members.reactivate') : t('members.deactivate')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
        {data && data.items.length === 0 && <Text c="dimmed">{t('members.empty')}</Text>}
        {data && data.total > data.pageSize && <LabelledPagination total={Math.ceil(data.total / data.pageSize)} value={page} onChange={setPage} />}
        {data && <Text size="sm" c="dimmed">{t('members.count', { count: data.total })}</Text>}
      </Stack>
      <ConfirmDialog
        opened={open}
        title={confirming?.disabledAt ? t('members.reactivateTitle') : t('members.deactivateTitle')}
        message={confirming ? t(confirming.disabledAt ? 'members.reactivateBody' : 'members.deactivateBody', { name: confirming.name, email: confirming.email }) : ''}
        confirmLabel={confirming?.disabledAt ? t('members.reactivate') : t('members.deactivate')}
        danger={!confirming?.disabledAt}
        pending={setActive.isPending}
        error={setActive.error}
        onConfirm={confirm}
        onClose={close}
      />
    </Card>
  );
}
