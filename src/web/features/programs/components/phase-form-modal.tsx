import { Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Phase, ProgramDetail } from '../../../../contracts/programs.ts';
import { PHASE_KINDS, type PhaseKind } from '../../../../domain/programs/phase.ts';
import type { LocalizedText } from '../../../../domain/shared/localized-text.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { fieldErrorsOf } from '../../../components/ui/form-errors.ts';
import { LocalizedTextInputs } from '../../../components/ui/localized-text-inputs.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { useSavePhase } from '../api/programs.api.ts';

type Props = { program: ProgramDetail; phase: Phase | null; opened: boolean; onClose: () => void };

export function PhaseFormModal({ program, phase, opened, onClose }: Props) {
  const { t } = useTranslation('programs');
  const { localized } = useLanguage();
  const save = useSavePhase(program.id);
  const [kind, setKind] = useState<PhaseKind>('internship');
  const [label, setLabel] = useState<LocalizedText>({});
  const [startDate, setStartDate] = useState('');
  const [endDate, setEndDate] = useState('');
  const [location, setLocation] = useState('');
  const [cohortId, setCohortId] = useState<string | null>(null);

  useEffect(() => {
    if (!opened) return;
    save.reset();
    setKind(phase?.kind ?? 'internship');
    setLabel(phase?.label ?? {});
    setStartDate(phase?.startDate ?? '');
    setEndDate(phase?.endDate ?? '');
    setLocation(phase?.location ?? '');
    setCohortId(phase?.cohortId ?? null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, phase]);

  const errors = fieldErrorsOf(save.error);
  const submit = () =>
    save.mutate(
      { phaseId: phase?.id, version: phase?.version, input: { kind, label, startDate, endDate, location, cohortId } },
      { onSuccess: onClose },
    );

  return (
    <Modal opened={opened} onClose={onClose} closeButtonProps={{ 'aria-label': t('common:actions.close') }} title={phase ? t('phases.editTitle') : t('phases.addTitle')} size="xl">
      <form onSubmit={(e) => { e.preventDefault(); submit(); }} noValidate>
        <Stack>
          {save.error && Object.keys(errors).length === 0 && <ApiErrorAlert error={save.error} />}
          <Select
            label={t('fields.phaseKind')}
            withAsterisk
            data={PHASE_KINDS.map((k) => ({ value: k, label: t(`phaseKinds.${k}`) }))}
            value={kind}
            onChange={(v) => v && setKind(v as PhaseKind)}
            allowDeselect={false}
            error={errors.kind}
          />
          <LocalizedTextInputs name="label" label={t('fields.label')} value={label} onChange={setLabel} error={errors.label} />
          <Group grow align="flex-start">
            <TextInput type="date" label={t('fields.startDate')} withAsterisk value={startDate} onChange={(e) => setStartDate(e.currentTarget.value)} error={errors.startDate} />
            <TextInput type="date" label={t('fields.endDate')} withAsterisk value={endDate} onChange={(e) => setEndDate(e.currentTarget.value)} error={errors.endDate} />
          </Group>
          <TextInput label={t('fields.location')} value={location} onChange={(e) => setLocation(e.currentTarget.value)} error={errors.location} />
          {program.cohorts.length > 0 && (
            <Select
              label={t('fields.cohort')}
              data={program.cohorts.map((c) => ({ value: c.id, label: localized(c.name) }))}
              value={cohortId}
              onChange={setCohortId}
              clearable
              error={errors.cohortId}
            />
          )}
          <FormActions onCancel={onClose} pending={save.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
