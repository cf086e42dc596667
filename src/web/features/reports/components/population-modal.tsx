// Editing an operator's working-age population series: the whole series is saved at once, and
// refused (changing nothing) if someone else saved it meanwhile or a year is entered twice.
import { ActionIcon, Button, Checkbox, Group, Loader, Modal, NumberInput, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PopulationPoint } from '../../../../contracts/reports.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { usePopulation, useReplacePopulation } from '../api/reports.api.ts';

export function PopulationModal({ operatorId, onClose }: { operatorId: string; onClose: () => void }) {
  const { t } = useTranslation('reports');
  const series = usePopulation(operatorId, true);
  const replace = useReplacePopulation(operatorId);
  const [rows, setRows] = useState<PopulationPoint[] | null>(null);
  useEffect(() => {
    if (series.data && rows === null) setRows(series.data.items);
  }, [series.data, rows]);
  const update = (i: number, change: Partial<PopulationPoint>) => setRows((all) => all!.map((r, k) => (k === i ? { ...r, ...change } : r)));
  const add = () => setRows((all) => [...all!, { year: (all!.at(-1)?.year ?? 2020) + 5, workingAge: 0, forecast: true, source: '' }]);
  const save = (event: React.FormEvent) => {
    event.preventDefault();
    replace.mutate({ items: rows!, revision: series.data!.revision }, { onSuccess: onClose });
  };
  return (
    <Modal opened onClose={onClose} title={t('population.title')} size="lg">
      {!rows ? (
        <Loader aria-label={t('common:loading')} />
      ) : (
        <form onSubmit={save}>
          <Stack>
            <Text size="sm" c="dimmed">{t('population.help')}</Text>
            <Table verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('table.year')}</Table.Th>
                  <Table.Th>{t('table.workingAge')}</Table.Th>
                  <Table.Th>{t('table.forecast')}</Table.Th>
                  <Table.Th>{t('population.source')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r, i) => (
                  <Table.Tr key={i}>
                    <Table.Td><NumberInput aria-label={t('table.year')} value={r.year} onChange={(v) => update(i, { year: Number(v) || 0 })} min={1900} max={2200} w={90} allowDecimal={false} /></Table.Td>
                    <Table.Td><NumberInput aria-label={t('table.workingAge')} value={r.workingAge} onChange={(v) => update(i, { workingAge: Number(v) || 0 })} min={0} thousandSeparator="," w={130} allowDecimal={false} /></Table.Td>
                    <Table.Td><Checkbox aria-label={t('table.forecast')} checked={r.forecast} onChange={(e) => update(i, { forecast: e.currentTarget.checked })} /></Table.Td>
                    <Table.Td><TextInput aria-label={t('population.source')} value={r.source} onChange={(e) => update(i, { source: e.currentTarget.value })} maxLength={200} /></Table.Td>
                    <Table.Td>
                      <ActionIcon variant="subtle" color="red" aria-label={t('population.removeRow', { year: r.year })} onClick={() => setRows((all) => all!.filter((_, k) => k !== i))}>
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Group>
              <Button variant="light" size="xs" onClick={add}>{t('population.addRow')}</Button>
            </Group>
            <ApiErrorAlert error={replace.error} />
            {replace.error instanceof ApiError && replace.error.body.error.fields?.map((f) => (
              <Text key={f.field} size="sm" c="red.8" role="alert">
                {t('population.rowError', { row: Number(f.field.split('.')[1] ?? 0) + 1, message: f.message })}
              </Text>
            ))}
            <FormActions onCancel={onClose} pending={replace.isPending} submitLabel={t('population.save')} />
          </Stack>
        </form>
      )}
    </Modal>
  );
}
