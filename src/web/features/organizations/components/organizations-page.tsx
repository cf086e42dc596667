import { Badge, Button, Group, Select, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organization } from '../../../../contracts/organizations.ts';
import { ORGANIZATION_KINDS, type OrganizationKind } from '../../../../domain/organizations/organization.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { DownloadMenu } from '../../../components/ui/download-menu.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatNumber } from '../../../lib/format.ts';
import { usePermissions } from '../../../lib/session.ts';
import { useArchiveOrganization, useOrganizations } from '../api/organizations.api.ts';
import { OrganizationFormModal } from './organization-form-modal.tsx';
import { LabelledPagination } from '../../../components/ui/labelled-pagination.tsx';

export function OrganizationsPage() {
  const { t } = useTranslation('organizations');
  const { language, localized } = useLanguage();
  const [page, setPage] = useState(1);
  const [q, setQ] = useState('');
  const [kind, setKind] = useState<OrganizationKind | null>(null);
  const [archived, setArchived] = useState(false);
  const [editing, setEditing] = useState<Organization | 'new' | null>(null);
  const [debouncedQ] = useDebouncedValue(q, 250);
  const organizations = useOrganizations({ page, q: debouncedQ || undefined, kind: kind ?? undefined, archived });
  const archive = useArchiveOrganization();
  const { manageOrganizations, editOrganization, archiveOrganizations } = usePermissions();
  const data = organizations.data;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('list.title')}</Title>
        <Group gap="xs">
          {data && data.total > 0 && <DownloadMenu listPath="/api/organizations" listName={t('list.title')} query={{ q: debouncedQ.trim() || undefined, kind: kind ?? undefined, archived: archived ? 'true' : undefined }} />}
          {manageOrganizations && <Button onClick={() => setEditing('new')}>{t('list.create')}</Button>}
        </Group>
      </Group>
      <Group align="flex-end">
        <TextInput label={t('list.search')} type="search" value={q} onChange={(e) => { setQ(e.currentTarget.value); setPage(1); }} w={260} />
        <Select label={t('fields.kind')} data={ORGANIZATION_KINDS.map((k) => ({ value: k, label: t(`common:kinds.${k}`) }))} value={kind} onChange={(v) => { setKind(v as OrganizationKind | null); setPage(1); }} clearable placeholder={t('list.allKinds')} w={240} />
        <Switch label={t('list.showArchived')} checked={archived} onChange={(e) => { setArchived(e.currentTarget.checked); setPage(1); }} mb={8} />
      </Group>
      <ApiErrorAlert error={organizations.error ?? archive.error} />
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing="sm" highlightOnHover aria-label={t('list.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('fields.name')}</Table.Th>
              <Table.Th>{t('fields.kind')}</Table.Th>
              <Table.Th>{t('fields.location')}</Table.Th>
              <Table.Th ta="right">{t('fields.programCount')}</Table.Th>
              <Table.Th>{t('common:actions.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data?.items.map((o) => (
              <Table.Tr key={o.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>{localized(o.name)}</Text>
                  {language !== 'ja' && o.name.ja && <Text size="xs" c="dimmed" lang="ja">{o.name.ja}</Text>}
                </Table.Td>
                <Table.Td><Badge variant="light" tt="none">{t(`common:kinds.${o.kind}`)}</Badge></Table.Td>
                <Table.Td>{[o.city, t(`common:countries.${o.country}`, { defaultValue: o.country })].filter(Boolean).join(', ')}</Table.Td>
                <Table.Td ta="right">{formatNumber(o.programCount, language)}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    {editOrganization(o.id) && <Button size="compact-xs" variant="subtle" onClick={() => setEditing(o)}>{t('common:actions.edit')}</Button>}
                    {archiveOrganizations && (
                      <Button size="compact-xs" variant="subtle" color={o.archivedAt ? 'indigo' : 'red'} onClick={() => archive.mutate({ id: o.id, version: o.version, archived: !o.archivedAt })}>
                        {o.archivedAt ? t('common:actions.restore') : t('common:actions.archive')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {data && data.items.length === 0 && <Text c="dimmed">{t('list.empty')}</Text>}
      {data && data.total > data.pageSize && <LabelledPagination total={Math.ceil(data.total / data.pageSize)} value={page} onChange={setPage} />}
      {data && <Text size="sm" c="dimmed">{t('list.count', { count: data.total })}</Text>}
      <OrganizationFormModal organization={editing === 'new' ? null : editing} opened={editing !== null} onClose={() => setEditing(null)} />
    </Stack>
  );
}
