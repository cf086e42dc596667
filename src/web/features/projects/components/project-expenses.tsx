// The period's expenses, newest first: day, line, what it was, amount and, for in-kind
// contributions, the organization that gave it. The operators add, edit and delete them.
import { Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExpenseView, FundedProjectView } from '../../../../contracts/funded-projects.ts';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { TableScroll } from '../../../components/ui/table-scroll.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDate } from '../../../lib/format.ts';
import { useDeleteExpense } from '../api/funded-projects.api.ts';
import { ExpenseModal } from './expense-modal.tsx';
import { useProjectFormat } from './project-format.ts';

export function ProjectExpenses({ view }: { view: FundedProjectView }) {
  const { t } = useTranslation('projects');
  const { language, localized } = useLanguage();
  const f = useProjectFormat();
  const [editing, setEditing] = useState<ExpenseView | 'new' | null>(null);
  const [deleting, setDeleting] = useState<ExpenseView | null>(null);
  const remove = useDeleteExpense();
  const lineName = new Map(view.budget.lines.map((l) => [l.id, `${l.ordinal}. ${localized(l.name)}`]));
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={3}>{t('expenses.title')}</Title>
        {view.canEdit && <Button size="sm" onClick={() => setEditing('new')}>{t('expenses.add')}</Button>}
      </Group>
      <Card withBorder>
        {view.expenses.length === 0 ? (
          <Text size="sm">{t('expenses.empty')}</Text>
        ) : (
          <TableScroll label={t('expenses.tableLabel')} minWidth={720}>
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  {['date', 'line', 'description', 'amount', 'contributor'].map((key) => <Table.Th key={key} style={{ whiteSpace: 'nowrap' }}>{t(`expenses.${key}`)}</Table.Th>)}
                  {view.canEdit && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {view.expenses.map((e) => (
                  <Table.Tr key={e.id} data-testid="expense-row">
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(e.spentOn, language)}</Table.Td>
                    <Table.Td>{lineName.get(e.budgetLineId)}{e.inKind && <Badge ml={4} size="xs" variant="light" color="grape">{t('budget.inKindKind')}</Badge>}</Table.Td>
                    <Table.Td>{e.description}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap', textAlign: 'right' }}>{f.yen(e.amountYen)}</Table.Td>
                    <Table.Td>{e.contributor ? localized(e.contributor.name) : t('expenses.none')}</Table.Td>
                    {view.canEdit && (
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <Group gap={4} wrap="nowrap">
                          <Button size="compact-xs" variant="subtle" onClick={() => setEditing(e)}>{t('expenses.edit')}</Button>
                          <Button size="compact-xs" variant="subtle" color="red" onClick={() => setDeleting(e)}>{t('expenses.delete')}</Button>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      </Card>
      {editing && <ExpenseModal view={view} expense={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      <ConfirmDialog
        opened={deleting !== null}
        title={t('expenses.delete')}
        message={t('expenses.confirmDelete')}
        confirmLabel={t('expenses.delete')}
        danger
        pending={remove.isPending}
        error={remove.error}
        onConfirm={() => deleting && remove.mutate({ id: deleting.id, version: deleting.version }, { onSuccess: () => setDeleting(null) })}
        onClose={() => setDeleting(null)}
      />
    </Stack>
  );
}
