import { Group, Modal, NumberInput, Select, Stack } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgramDetail } from '../../../../contracts/programs.ts';
import type { LocalizedText } from '../../../../domain/shared/localized-text.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { fieldErrorsOf, numberOrNull } from '../../../components/ui/form-errors.ts';
import { LocalizedTextInputs } from '../../../components/ui/localized-text-inputs.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { usePermissions } from '../../../lib/session.ts';
import { useCreateProgram, useOrganizationOptions, useUpdateProgram } from '../api/programs.api.ts';

type Props = { opened: boolean; onClose: () => void; program?: ProgramDetail; onSaved?: (program: ProgramDetail) => void };

/** Creates a program, or edits one (`program` given) with its version for conflict detection. */
export function ProgramFormModal({ opened, onClose, program, onSaved }: Props) {
  const { t } = useTranslation('programs');
  const { localized } = useLanguage();
  const organizations = useOrganizationOptions();
  // A program is created for an operator one administers (the server refuses any other).
  const { administeredOperatorIds } = usePermissions();
  const create = useCreateProgram();
  const update = useUpdateProgram(program?.id ?? '');
  const mutation = program ? update : create;
  const [operatorId, setOperatorId] = useState<string | null>(null);
  const [fiscalYear, setFiscalYear] = useState<string | number>(new Date().getFullYear());
  const [name, setName] = useState<LocalizedText>({});
  const [summary, setSummary] = useState<LocalizedText>({});
  const [cap, setCap] = useState<string | number>('');
  const [planned, setPlanned] = useState<string | number>('');

  useEffect(() => {
    if (!opened) return;
    mutation.reset();
    setOperatorId(program?.operator.id ?? null);
    setFiscalYear(program?.fiscalYear ?? new Date().getFullYear());
    setName(program?.name ?? {});
    setSummary(program?.summary ?? {});
    setCap(program?.internCapPerCompany ?? '');
    setPlanned(program?.plannedInterns ?? '');
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, program]);

  const errors = fieldErrorsOf(mutation.error);
  const submit = () => {
    const common = { fiscalYear: numberOrNull(fiscalYear) ?? 0, name, summary, internCapPerCompany: numberOrNull(cap), plannedInterns: numberOrNull(planned) };
    const onSuccess = (saved: ProgramDetail) => {
      onSaved?.(saved);
      onClose();
    };
    if (program) update.mutate({ ...common, version: program.version }, { onSuccess });
    // An unset operator is left out, so the server answers "required" for it.
    else create.mutate({ ...common, operatorId: operatorId ?? (undefined as unknown as string) }, { onSuccess });
  };
  const conflict = mutation.error instanceof ApiError && mutation.error.status === 409 && !errors.fiscalYear;

  return (
    <Modal opened={opened} onClose={onClose} closeButtonProps={{ 'aria-label': t('common:actions.close') }} title={program ? t('form.editTitle') : t('form.createTitle')} size="xl">
      <form onSubmit={(e) => { e.preventDefault(); submit(); }} noValidate>
        <Stack>
          {(conflict || (mutation.error && Object.keys(errors).length === 0)) && <ApiErrorAlert error={mutation.error} />}
          {!program && (
            <Select
              label={t('fields.operator')}
              withAsterisk
              data={(organizations.data?.items ?? []).filter((o) => administeredOperatorIds.includes(o.id)).map((o) => ({ value: o.id, label: localized(o.name) }))}
              value={operatorId}
              onChange={setOperatorId}
              searchable
              error={errors.operatorId}
            />
          )}
          <NumberInput label={t('fields.fiscalYear')} withAsterisk value={fiscalYear} onChange={setFiscalYear} min={2000} max={2100} error={errors.fiscalYear} w={200} />
          <LocalizedTextInputs name="name" label={t('fields.name')} value={name} onChange={setName} required error={errors.name ?? errors['name.ja']} />
          <LocalizedTextInputs name="summary" label={t('fields.summary')} value={summary} onChange={setSummary} error={errors.summary} />
          <Group grow>
            <NumberInput label={t('fields.internCapPerCompany')} value={cap} onChange={setCap} min={0} error={errors.internCapPerCompany} />
            <NumberInput label={t('fields.plannedInterns')} value={planned} onChange={setPlanned} min={0} error={errors.plannedInterns} />
          </Group>
          <FormActions onCancel={onClose} pending={mutation.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
