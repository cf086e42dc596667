// Whether the hire is still with the employer, changed employer or left Japan, why and since
// when: for the follow-up's retention figures. Kept by the employer and the operators.
import { Modal, Radio, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmploymentView } from '../../../../contracts/hiring.ts';
import { RETENTION_REASONS, RETENTION_STATUSES, type RetentionStatus } from '../../../../domain/hiring/hiring.ts';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { fieldErrorsOf } from '../../../components/ui/form-errors.ts';
import { useSetRetention } from '../api/employments.api.ts';
import { WriteError } from './write-error.tsx';

type Reason = (typeof RETENTION_REASONS)[number];

export function RetentionModal({ employment, onClose }: { employment: EmploymentView; onClose: () => void }) {
  const { t } = useTranslation('hiring');
  const save = useSetRetention(employment);
  const [retention, setRetention] = useState<RetentionStatus>(employment.retention);
  const [reason, setReason] = useState<Reason | null>((employment.retentionReason as Reason | null) ?? null);
  const [changedOn, setChangedOn] = useState(employment.retentionChangedOn ?? employment.today);
  const errors = fieldErrorsOf(save.error);
  const submit = () => save.mutate({ version: employment.version, retention, reason: retention === 'employed' ? null : reason, changedOn }, { onSuccess: onClose });
  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': t('common:actions.close') }} title={t('retention.change')}>
      <form onSubmit={(e) => { e.preventDefault(); submit(); }} noValidate>
        <Stack>
          {Object.keys(errors).length === 0 && <WriteError error={save.error} />}
          <Radio.Group label={t('retention.title')} value={retention} onChange={(v) => setRetention(v as RetentionStatus)} withAsterisk>
            <Stack gap="xs" mt={4}>
              {RETENTION_STATUSES.map((s) => <Radio key={s} value={s} label={t(`retention.${s}`)} />)}
            </Stack>
          </Radio.Group>
          {retention !== 'employed' && (
            <Select label={t('retention.reasonLabel')} data={RETENTION_REASONS.map((r) => ({ value: r, label: t(`retention.reason.${r}`) }))} value={reason} onChange={(v) => setReason(v as Reason | null)} error={errors.reason} comboboxProps={{ withinPortal: true }} />
          )}
          <TextInput type="date" label={t('retention.changedOn')} withAsterisk value={changedOn} onChange={(e) => setChangedOn(e.currentTarget.value)} error={errors.changedOn} />
          <FormActions onCancel={onClose} pending={save.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
