import { Anchor, Button, Group, Select, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { usePermissions } from '../../../lib/session.ts';
import { formatDateRange, formatFiscalYear, formatNumber } from '../../../lib/format.ts';
import { paths } from '../../../paths.ts';
import { useOrganizationOptions, usePrograms } from '../api/programs.api.ts';
import { ProgramFormModal } from './program-form-modal.tsx';
import { ProgramStatusBadge } from './program-status-badge.tsx';
import { LabelledPagination } from '../../../components/ui/labelled-pagination.tsx';
import { DownloadMenu } from '../../../components/ui/download-menu.tsx';

const OPERATOR_KINDS = new Set(['support_center', 'municipality', 'industry_association']);

export function ProgramsPage() {
  const { t } = useTranslation('programs');
  const { language, localized } = useLanguage();
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const [q, setQ] = useState('');
  const [operatorId, setOperatorId] = useState<string | null>(null);
  const [fiscalYear, setFiscalYear] = useState<string | null>(null);
  const [archived, setArchived] = useState(false);
  const [creating, setCreating] = useState(false);
  const [debouncedQ] = useDebouncedValue(q, 250);
  const programs = usePrograms({ page, q: debouncedQ || undefined, operatorId: operatorId ?? undefined, fiscalYear: fiscalYear ? Number(fiscalYear) : undefined, archived });
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear - 2019 + 3 }, (_, i) => thisYear + 2 - i).map((y) => ({ value: String(y), label: formatFiscalYear(y, language) }));
  const organizations = useOrganizationOptions();
  const operators = (organizations.data?.items ?? []).filter((o) => OPERATOR_KINDS.has(o.kind)).map((o) => ({ value: o.id, label: localized(o.name) }));
  const data = programs.data;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('list.title')}</Title>
        {usePermissions().administeredOperatorIds.length > 0 && <Button onClick={() => setCreating(true)}>{t('list.create')}</Button>}
      </Group>
      <Group align="flex-end">
        <TextInput label={t('list.search')} value={q} onChange={(e) => { setQ(e.currentTarget.value); setPage(1); }} w={260} type="search" />
        <Select label={t('fields.operator')} data={operators} value={operatorId} onChange={(v) => { setOperatorId(v); setPage(1); }} clearable w={300} placeholder={t('list.allOperators')} />
        <Select label={t('fields.fiscalYear')} data={years} value={fiscalYear} onChange={(v) => { setFiscalYear(v); setPage(1); }} clearable w={220} placeholder={t('list.allYears')} />
        <Switch label={t('list.showArchived')} checked={archived} onChange={(e) => { setArchived(e.currentTarget.checked); setPage(1); }} mb={8} />
      </Group>
      <ApiErrorAlert error={programs.error} />
      <Table.ScrollContainer minWidth={760}>
        <Table highlightOnHover verticalSpacing="sm" aria-label={t('list.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('fields.fiscalYear')}</Table.Th>
              <Table.Th>{t('fields.name')}</Table.Th>
              <Table.Th>{t('fields.operator')}</Table.Th>
              <Table.Th>{t('fields.period')}</Table.Th>
              <Table.Th ta="right">{t('fields.hostCompanies')}</Table.Th>
              <Table.Th>{t('fields.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data?.items.map((program) => (
              <Table.Tr key={program.id} style={{ cursor: 'pointer' }} onClick={() => void navigate(paths.program(program.id))}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatFiscalYear(program.fiscalYear, language)}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={paths.program(program.id)} onClick={(e) => e.stopPropagation()} fw={500}>
                    {localized(program.name)}
                  </Anchor>
                </Table.Td>
                <Table.Td>{localized(program.operator.name)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {program.startDate && program.endDate ? formatDateRange(program.startDate, program.endDate, language) : '—'}
                </Table.Td>
                <Table.Td ta="right">{formatNumber(program.hostCompanyCount, language)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap', minWidth: 120 }}>
                  <ProgramStatusBadge startDate={program.startDate} endDate={program.endDate} archived={program.archivedAt !== null} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {data && data.items.length === 0 && <Text c="dimmed">{t('list.empty')}</Text>}
      {data && data.total > data.pageSize && (
        <LabelledPagination total={Math.ceil(data.total / data.pageSize)} value={page} onChange={setPage} aria-label={t('list.pages')} />
      )}
      {data && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">{t('list.count', { count: data.total })}</Text>
          {data.total > 0 && (
            <DownloadMenu listPath="/api/programs" listName={t('list.title')} query={{ q: debouncedQ || undefined, operatorId: operatorId ?? undefined, fiscalYear: fiscalYear ?? undefined, archived: String(archived) }} />
          )}
        </Group>
      )}
      <ProgramFormModal opened={creating} onClose={() => setCreating(false)} onSaved={(p) => void navigate(paths.program(p.id))} />
    </Stack>
  );
}
