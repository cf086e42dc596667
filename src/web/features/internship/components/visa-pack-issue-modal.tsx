// Issuing an intern's visa pack: the date on the documents, when the intern plans to apply,
// who guarantees, the gender as in the passport, arrival and departure (from the flat or the
// internship's dates), and two optional texts the invitation letter quotes. What is still
// missing for the chosen guarantor is listed, and issuing waits until it is recorded.
import { Group, Modal, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VisaPackIntern } from '../../../../contracts/visa-packs.ts';
import type { GENDERS } from '../../../../domain/housing/housing.ts';
import { visaPackValidity, type VisaPackGuarantor } from '../../../../domain/residence/visa-pack.ts';
import type { LocalizedText } from '../../../../domain/shared/localized-text.ts';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { fieldErrorsOf } from '../../../components/ui/form-errors.ts';
import { LocalizedTextInputs } from '../../../components/ui/localized-text-inputs.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDate } from '../../../lib/format.ts';
import { studentName } from '../../../lib/student-name.ts';
import { useIssueVisaPack } from '../api/visa-packs.api.ts';
import { VisaPackGaps } from './visa-pack-parts.tsx';
import { WriteError } from './write-error.tsx';

type Gender = (typeof GENDERS)[number];

export function VisaPackIssueModal({ intern, today, onClose }: { intern: VisaPackIntern; today: string; onClose: () => void }) {
  const { t } = useTranslation('internship');
  const { language, localized } = useLanguage();
  const issue = useIssueVisaPack();
  const [issuedOn, setIssuedOn] = useState(today);
  const [plannedApplicationOn, setPlannedApplicationOn] = useState('');
  const [guarantor, setGuarantor] = useState<VisaPackGuarantor>('inviter');
  const [gender, setGender] = useState<Gender | null>(intern.defaults.gender);
  const [arrivalOn, setArrivalOn] = useState(intern.defaults.arrivalOn);
  const [departureOn, setDepartureOn] = useState(intern.defaults.departureOn);
  const [background, setBackground] = useState<LocalizedText>({});
  const [internshipWork, setInternshipWork] = useState<LocalizedText>({});
  const [genderMissing, setGenderMissing] = useState(false);
  const errors = fieldErrorsOf(issue.error);
  const gaps = intern.gaps[guarantor];
  const validUntil = /^\d{4}-\d{2}-\d{2}$/.test(issuedOn) ? visaPackValidity(issuedOn) : null;

  const submit = () => {
    setGenderMissing(gender === null);
    if (gender === null) return;
    issue.mutate(
      { planId: intern.planId, input: { issuedOn, plannedApplicationOn: plannedApplicationOn || null, guarantor, gender, arrivalOn, departureOn, background, internshipWork } },
      { onSuccess: onClose },
    );
  };

  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': t('common:actions.close') }} title={t('visaPacks.issueTitle', { name: studentName({ nameLatin: intern.name.latin, nameCyrillic: intern.name.cyrillic, nameKatakana: intern.name.katakana }, language).primary })} size="lg">
      <form onSubmit={(e) => { e.preventDefault(); submit(); }} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">{localized(intern.company.name)}</Text>
          {Object.keys(errors).length === 0 && <WriteError error={issue.error} />}
          <Stack gap={4}>
            <Text size="sm" fw={500}>{t('visaPacks.field.guarantor')}</Text>
            <SegmentedControl
              value={guarantor}
              onChange={(v) => setGuarantor(v as VisaPackGuarantor)}
              data={[{ value: 'inviter', label: t('visaPacks.guarantor.inviter') }, { value: 'hostCompany', label: t('visaPacks.guarantor.hostCompany') }]}
            />
          </Stack>
          <VisaPackGaps gaps={gaps} userId={intern.userId} />
          <Group grow align="flex-start">
            <TextInput type="date" label={t('visaPacks.field.issuedOn')} description={validUntil ? t('visaPacks.validUntilHint', { date: formatDate(validUntil, language) }) : undefined} withAsterisk value={issuedOn} onChange={(e) => setIssuedOn(e.currentTarget.value)} error={errors.issuedOn} />
            <TextInput type="date" label={t('visaPacks.field.plannedApplicationOn')} description={t('visaPacks.plannedHint')} value={plannedApplicationOn} onChange={(e) => setPlannedApplicationOn(e.currentTarget.value)} error={errors.plannedApplicationOn} />
          </Group>
          <Group grow align="flex-start">
            <TextInput type="date" label={t('visaPacks.field.arrivalOn')} withAsterisk value={arrivalOn} onChange={(e) => setArrivalOn(e.currentTarget.value)} error={errors.arrivalOn} />
            <TextInput type="date" label={t('visaPacks.field.departureOn')} withAsterisk value={departureOn} onChange={(e) => setDepartureOn(e.currentTarget.value)} error={errors.departureOn} />
          </Group>
          <Stack gap={4}>
            <Text size="sm" fw={500}>{t('visaPacks.field.gender')} <Text span c="red">*</Text></Text>
            <SegmentedControl
              value={gender ?? ''}
              onChange={(v) => setGender(v as Gender)}
              data={[{ value: 'female', label: t('visaPacks.gender.female') }, { value: 'male', label: t('visaPacks.gender.male') }]}
              aria-label={t('visaPacks.field.gender')}
            />
            {(genderMissing || errors.gender) && <Text size="xs" c="red.8">{errors.gender ?? t('visaPacks.genderRequired')}</Text>}
          </Stack>
          <LocalizedTextInputs name="internshipWork" label={t('visaPacks.field.internshipWork')} value={internshipWork} onChange={setInternshipWork} error={errors.internshipWork} />
          <LocalizedTextInputs name="background" label={t('visaPacks.field.background')} value={background} onChange={setBackground} error={errors.background} />
          <FormActions onCancel={onClose} pending={issue.isPending} submitLabel={t('visaPacks.issue')} disabled={gaps.length > 0} />
        </Stack>
      </form>
    </Modal>
  );
}
