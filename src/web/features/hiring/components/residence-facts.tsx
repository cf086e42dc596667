// The facts the checklist's dates count from: whether the hire is insured (it decides the Hello
// Work deadline), when the COE was issued, arrival, the start of work, a change of employer, the
// residence card's number (shown masked; checked as AB12345678CD) and its expiry. The employer
// and the operators keep them; the employee sees them.
import { Button, Group, SimpleGrid, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmploymentView, ResidencePatch } from '../../../../contracts/hiring.ts';
import { fieldErrorsOf } from '../../../components/ui/form-errors.ts';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDate } from '../../../lib/format.ts';
import { useUpdateResidence } from '../api/employments.api.ts';
import { RESIDENCE_CARD_NUMBER } from './hiring-format.ts';
import { WriteError } from './write-error.tsx';

const DATES = ['coeIssuedOn', 'arrivedOn', 'employmentStartedOn', 'residenceCardExpiresOn', 'affiliationChangedOn'] as const;
type DateFact = (typeof DATES)[number];

export function ResidenceFacts({ employment }: { employment: EmploymentView }) {
  return employment.viewer === 'student' ? <FactsView employment={employment} /> : <FactsForm employment={employment} />;
}

function FactsView({ employment }: { employment: EmploymentView }) {
  const { t } = useTranslation('hiring');
  const { language } = useLanguage();
  const r = employment.residence;
  return (
    <Stack gap="xs">
      <Title order={4}>{t('facts.title')}</Title>
      <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
        {DATES.filter((d) => d !== 'affiliationChangedOn' || r[d]).map((d) => (
          <Stack key={d} gap={0}>
            <Text size="xs" c="dimmed">{t(`facts.${d}`)}</Text>
            <Text fw={600}>{r[d] ? formatDate(r[d], language) : t('facts.notYet')}</Text>
          </Stack>
        ))}
        <Stack gap={0}>
          <Text size="xs" c="dimmed">{t('facts.cardNumber')}</Text>
          <Text fw={600} className="hb-card-number">{r.residenceCardNumberMasked ?? t('facts.notYet')}</Text>
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}

function FactsForm({ employment }: { employment: EmploymentView }) {
  const { t } = useTranslation('hiring');
  const r = employment.residence;
  const save = useUpdateResidence(employment);
  const initial = Object.fromEntries(DATES.map((d) => [d, r[d] ?? ''])) as Record<DateFact, string>;
  const [dates, setDates] = useState(initial);
  const [insured, setInsured] = useState(r.employmentInsured);
  const [cardNumber, setCardNumber] = useState('');
  const [cardError, setCardError] = useState<string | null>(null);
  const errors = fieldErrorsOf(save.error);
  const checkCard = (value: string) => (value === '' || RESIDENCE_CARD_NUMBER.test(value) ? null : t('facts.cardNumberInvalid'));
  const submit = () => {
    const problem = checkCard(cardNumber);
    setCardError(problem);
    if (problem) return;
    const patch: ResidencePatch = { version: r.version };
    if (insured !== r.employmentInsured) patch.employmentInsured = insured;
    for (const d of DATES) if (dates[d] !== initial[d]) patch[d] = dates[d] || null;
    if (cardNumber) patch.residenceCardNumber = cardNumber;
    save.mutate(patch, { onSuccess: () => setCardNumber('') });
  };
  const dateInput = (d: DateFact, description?: string) => (
    <TextInput key={d} type="date" label={t(`facts.${d}`)} description={description} value={dates[d]} onChange={(e) => { const value = e.currentTarget.value; setDates((all) => ({ ...all, [d]: value })); }} error={errors[d]} />
  );
  return (
    <form onSubmit={(e) => { e.preventDefault(); submit(); }} noValidate aria-labelledby="hb-facts">
      <Stack gap="sm">
        <Title order={4} id="hb-facts">{t('facts.title')}</Title>
        <Text size="sm" c="dimmed">{t('facts.intro')}</Text>
        {Object.keys(errors).length === 0 && <WriteError error={save.error} />}
        <Switch label={t('facts.employmentInsured')} description={t('facts.employmentInsuredHint')} checked={insured} onChange={(e) => setInsured(e.currentTarget.checked)} />
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
          {dateInput('coeIssuedOn')}
          {dateInput('arrivedOn')}
          {dateInput('employmentStartedOn')}
          <TextInput
            label={t('facts.cardNumber')}
            description={r.residenceCardNumberMasked ? t('facts.cardNumberSaved', { masked: r.residenceCardNumberMasked }) : t('facts.cardNumberHint')}
            placeholder="AB12345678CD"
            value={cardNumber}
            onChange={(e) => { setCardNumber(e.currentTarget.value.toUpperCase().replace(/\s/g, '')); setCardError(null); }}
            onBlur={() => setCardError(checkCard(cardNumber))}
            maxLength={12}
            autoComplete="off"
            spellCheck={false}
            error={cardError ?? errors.residenceCardNumber}
          />
          {dateInput('residenceCardExpiresOn')}
          {dateInput('affiliationChangedOn', t('facts.affiliationChangedOnHint'))}
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>{t('facts.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
