// A job offer (内定) to the student of an application: the position, the monthly salary in yen,
// the start date, the workplace, the conditions, the date of issue and the last day to answer.
// The salary is shown back as the reader writes money, so a missing zero is seen before sending.
import { Group, Modal, NumberInput, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HiringApplicationView } from '../../../../contracts/hiring.ts';
import { addDays } from '../../../../domain/housing/dates.ts';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { fieldErrorsOf } from '../../../components/ui/form-errors.ts';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { studentName } from '../../../lib/student-name.ts';
import { useMakeOffer } from '../api/hiring.api.ts';
import { formatYen } from './hiring-format.ts';
import { WriteError } from './write-error.tsx';

export function OfferFormModal({ programId, item, today, onClose }: { programId: string; item: HiringApplicationView; today: string; onClose: () => void }) {
  const { t } = useTranslation('hiring');
  const { language, localized } = useLanguage();
  const offer = useMakeOffer(programId);
  const [position, setPosition] = useState('');
  const [salary, setSalary] = useState<number | string>('');
  const [startsOn, setStartsOn] = useState('');
  const [workplace, setWorkplace] = useState('');
  const [conditions, setConditions] = useState('');
  const [issuedOn, setIssuedOn] = useState(today);
  const [expiresOn, setExpiresOn] = useState(addDays(today, 14));
  const errors = fieldErrorsOf(offer.error);
  const yen = typeof salary === 'number' ? salary : Number.NaN;
  const submit = () =>
    offer.mutate(
      { id: item.id, input: { position: position.trim(), monthlySalaryYen: Number.isFinite(yen) ? yen : 0, startsOn, workplace: workplace.trim(), conditions: conditions.trim(), issuedOn, expiresOn } },
      { onSuccess: onClose },
    );
  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': t('common:actions.close') }} title={t('offer.title', { name: studentName(item.student, language).primary })} size="lg">
      <form onSubmit={(e) => { e.preventDefault(); submit(); }} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">{localized(item.company.name)}</Text>
          {Object.keys(errors).length === 0 && <WriteError error={offer.error} />}
          <TextInput label={t('offer.position')} withAsterisk value={position} onChange={(e) => setPosition(e.currentTarget.value)} maxLength={200} error={errors.position} data-autofocus />
          <NumberInput
            label={t('offer.salary')}
            description={Number.isFinite(yen) && yen > 0 ? t('offer.salaryShown', { amount: formatYen(yen, language) }) : t('offer.salaryHint')}
            withAsterisk
            value={salary}
            onChange={setSalary}
            min={1}
            max={10_000_000}
            step={1000}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator=","
            rightSection={<Text size="sm" c="dimmed" pr="xs">{t('offer.yen')}</Text>}
            rightSectionWidth={language === 'mn' ? 48 : 36}
            error={errors.monthlySalaryYen}
          />
          <TextInput type="date" label={t('offer.startsOn')} withAsterisk value={startsOn} onChange={(e) => setStartsOn(e.currentTarget.value)} error={errors.startsOn} />
          <TextInput label={t('offer.workplace')} value={workplace} onChange={(e) => setWorkplace(e.currentTarget.value)} maxLength={300} error={errors.workplace} />
          <Textarea label={t('offer.conditions')} description={t('offer.conditionsHint')} value={conditions} onChange={(e) => setConditions(e.currentTarget.value)} autosize minRows={3} maxLength={4000} error={errors.conditions} />
          <Group grow align="flex-start">
            <TextInput type="date" label={t('offer.issuedOn')} withAsterisk value={issuedOn} onChange={(e) => setIssuedOn(e.currentTarget.value)} error={errors.issuedOn} />
            <TextInput type="date" label={t('offer.expiresOn')} withAsterisk value={expiresOn} onChange={(e) => setExpiresOn(e.currentTarget.value)} error={errors.expiresOn} />
          </Group>
          <FormActions onCancel={onClose} pending={offer.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
