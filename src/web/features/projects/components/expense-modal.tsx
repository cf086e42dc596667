// Adding or editing an expense (operators): the line, the day, the amount in yen, what it was,
// and for an in-kind line the organization that gave it. The server refuses days outside the
// project, negative amounts and an in-kind contributor on a cash line, naming the field.
import { Modal, NativeSelect, NumberInput, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExpenseView, FundedProjectView } from '../../../../contracts/funded-projects.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { fieldErrorsOf } from '../../../components/ui/form-errors.ts';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { isVersionConflict, useSaveExpense } from '../api/funded-projects.api.ts';

export function ExpenseModal({ view, expense, onClose }: { view: FundedProjectView; expense: ExpenseView | null; onClose: () => void }) {
  const { t } = useTranslation('projects');
  const { localized } = useLanguage();
  const save = useSaveExpense(view.id);
  const [budgetLineId, setLine] = useState(expense?.budgetLineId ?? view.budget.lines[0]?.id ?? '');
  const [spentOn, setSpentOn] = useState(expense?.spentOn ?? view.period.to);
  const [amount, setAmount] = useState<number | string>(expense?.amountYen ?? '');
  const [description, setDescription] = useState(expense?.description ?? '');
  const [contributorId, setContributor] = useState(expense?.contributor?.id ?? '');
  const inKind = view.budget.lines.find((l) => l.id === budgetLineId)?.inKind ?? false;
  const errors = fieldErrorsOf(save.error);
  const submit = () =>
    save.mutate(
      { id: expense?.id ?? null, input: { budgetLineId, spentOn, amountYen: typeof amount === 'number' ? amount : Number.NaN, description, contributorId: inKind && contributorId ? contributorId : null, ...(expense ? { version: expense.version } : {}) } },
      { onSuccess: onClose },
    );
  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': t('common:actions.close') }} title={t(expense ? 'expenses.modalEdit' : 'expenses.modalAdd')}>
      <form onSubmit={(e) => { e.preventDefault(); submit(); }} noValidate>
        <Stack>
          {isVersionConflict(save.error) ? <ApiErrorAlert error={save.error} /> : Object.keys(errors).length === 0 && save.error ? <ApiErrorAlert error={save.error} /> : null}
          <NativeSelect label={t('expenses.line')} value={budgetLineId} onChange={(e) => setLine(e.currentTarget.value)} error={errors.budgetLineId} data={view.budget.lines.map((l) => ({ value: l.id, label: `${l.ordinal}. ${localized(l.name)}` }))} />
          <TextInput type="date" label={t('expenses.date')} value={spentOn} onChange={(e) => setSpentOn(e.currentTarget.value)} error={errors.spentOn} required />
          <NumberInput label={t('expenses.amount')} value={amount} onChange={setAmount} thousandSeparator="," allowDecimal={false} error={errors.amountYen} required />
          <TextInput label={t('expenses.description')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} error={errors.description} required />
          {inKind && (
            <NativeSelect
              label={t('expenses.contributor')}
              description={t('expenses.contributorHint')}
              value={contributorId}
              onChange={(e) => setContributor(e.currentTarget.value)}
              error={errors.contributorId}
              data={[{ value: '', label: t('expenses.none') }, ...view.contributors.map((o) => ({ value: o.id, label: localized(o.name) }))]}
            />
          )}
          <FormActions onCancel={onClose} pending={save.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
