// The audit trail of the reader's operator: who did what to which record, when (in the reader's
// time zone) and from which address. Field names only; the trail holds no values.
import { Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../../components/ui/table-scroll.tsx';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { DownloadMenu } from '../../../components/ui/download-menu.tsx';
import { useAuditEvents, type AuditFilters as Filters } from '../api/admin.api.ts';
import { AuditEventRow } from './audit-event-row.tsx';
import { ActorFilter } from './actor-filter.tsx';
import { AuditFilters } from './audit-filters.tsx';
import { LabelledPagination } from '../../../components/ui/labelled-pagination.tsx';

export function AuditLogPage() {
  const { t } = useTranslation('admin');
  const [filters, setFilters] = useState<Filters>({ page: 1 });
  const [actorName, setActorName] = useState<string | null>(null);
  const events = useAuditEvents(filters);
  const data = events.data;
  const change = (patch: Partial<Filters>) => {
    if ('actorUserId' in patch && !patch.actorUserId) setActorName(null);
    setFilters((f) => ({ ...f, ...patch, page: patch.page ?? 1 }));
  };
  const byActor = (id: string, name: string) => {
    setActorName(name);
    change({ actorUserId: id });
  };
  return (
    <Stack maw={1400}>
      <Group justify="space-between">
        <Title order={2}>{t('audit.title')}</Title>
        {data && data.total > 0 && <DownloadMenu listPath="/api/audit-events" listName={t('audit.title')} query={exportQuery(filters)} />}
      </Group>
      <AuditFilters value={filters} onChange={change} />
      {filters.actorUserId && actorName && <ActorFilter name={actorName} onClear={() => change({ actorUserId: undefined })} />}
      <Text size="xs" c="dimmed">
        {t('audit.daysInJapan')}
      </Text>
      <ApiErrorAlert error={events.error} />
      <TableScroll label={t('audit.title')} minWidth={960}>
        <Table verticalSpacing="xs" aria-label={t('audit.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('audit.when')}</Table.Th>
              <Table.Th>{t('audit.who')}</Table.Th>
              <Table.Th>{t('audit.action')}</Table.Th>
              <Table.Th>{t('audit.resource')}</Table.Th>
              <Table.Th>{t('audit.fields')}</Table.Th>
              <Table.Th>{t('audit.clientAddress')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data?.items.map((event) => (
              <AuditEventRow key={event.id} event={event} onActor={byActor} />
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      {data && data.items.length === 0 && <Text c="dimmed">{t('audit.empty')}</Text>}
      {data && data.total > data.pageSize && <LabelledPagination total={Math.ceil(data.total / data.pageSize)} value={filters.page} onChange={(page) => change({ page })} />}
      {data && <Text size="sm" c="dimmed">{t('audit.count', { count: data.total })}</Text>}
    </Stack>
  );
}

/** The trail's filters as the download's query: all but the page. */
function exportQuery({ page: _page, ...filters }: Filters): Record<string, string | undefined> {
  return filters;
}
