// Entering an indicator's actual for a period with its evidence (operators; indicators counted
// from the records take none). The period starts as the one on screen.
import { Modal, NumberInput, Stack, Group, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorView } from '../../../../contracts/funded-projects.ts';
import type { ReportPeriod } from '../../../../domain/reports/report-period.ts';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { fieldErrorsOf } from '../../../components/ui/form-errors.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { useEnterActual } from '../api/funded-projects.api.ts';

export function ActualModal({ indicator, period, onClose }: { indicator: IndicatorView; period: ReportPeriod; onClose: () => void }) {
  const { t } = useTranslation('projects');
  const { localized } = useLanguage();
  const enter = useEnterActual();
  const [periodStart, setPeriodStart] = useState(period.from);
  const [periodEnd, setPeriodEnd] = useState(period.to);
  const [value, setValue] = useState<number | string>('');
  const [evidence, setEvidence] = useState('');
  const errors = fieldErrorsOf(enter.error);
  const submit = () => enter.mutate({ indicatorId: indicator.id, input: { periodStart, periodEnd, value: typeof value === 'number' ? value : Number.NaN, evidence } }, { onSuccess: onClose });
  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': t('common:actions.close') }} title={t('indicators.enterFor', { name: localized(indicator.name) })}>
      <form onSubmit={(e) => { e.preventDefault(); submit(); }} noValidate>
        <Stack>
          {Object.keys(errors).length === 0 && enter.error ? <ApiErrorAlert error={enter.error} /> : null}
          <Group grow>
            <TextInput type="date" label={t('actual.periodStart')} value={periodStart} onChange={(e) => setPeriodStart(e.currentTarget.value)} error={errors.periodStart} required />
            <TextInput type="date" label={t('actual.periodEnd')} value={periodEnd} onChange={(e) => setPeriodEnd(e.currentTarget.value)} error={errors.periodEnd} required />
          </Group>
          <NumberInput label={`${t('actual.value')} (${t(`units.${indicator.unit}`)})`} value={value} onChange={setValue} min={0} decimalScale={2} thousandSeparator="," error={errors.value} required />
          <Textarea label={t('actual.evidence')} description={t('actual.evidenceHint')} value={evidence} onChange={(e) => setEvidence(e.currentTarget.value)} error={errors.evidence} autosize minRows={2} required />
          <FormActions onCancel={onClose} pending={enter.isPending} submitLabel={t('actual.submit')} />
        </Stack>
      </form>
    </Modal>
  );
}
