// Placing one student by hand (or taking them out of the result), with the reason, which is
// kept with the placement and in the audit trail. After saving, the result names the stability
// property the change breaks, if any.
import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatchingOutcome, RoundView } from '../../../../contracts/matchings.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { fieldErrorsOf } from '../../../components/ui/form-errors.ts';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { studentName } from '../../../lib/student-name.ts';
import { useOverride } from '../api/matching.api.ts';

const NONE = 'none';

type Props = { round: RoundView; student: MatchingOutcome['students'][number] | null; companyName: (id: string) => string; onClose: () => void };

export function OverrideModal({ round, student, companyName, onClose }: Props) {
  const { t } = useTranslation('matching');
  const { language } = useLanguage();
  const override = useOverride(round.id);
  const [company, setCompany] = useState<string>(NONE);
  const [reason, setReason] = useState('');
  useEffect(() => {
    if (!student) return;
    override.reset();
    setCompany(student.organizationId ?? NONE);
    setReason('');
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [student]);
  const errors = fieldErrorsOf(override.error);
  const name = student ? studentName(student.student, language).primary : '';
  const submit = () =>
    override.mutate({ version: round.version, applicationId: student!.applicationId, organizationId: company === NONE ? null : company, reason }, { onSuccess: onClose });
  return (
    <Modal opened={student !== null} onClose={onClose} closeButtonProps={{ 'aria-label': t('common:actions.close') }} title={t('override.title', { name })}>
      <form onSubmit={(e) => { e.preventDefault(); submit(); }} noValidate>
        <Stack>
          {override.error && Object.keys(errors).length === 0 && <ApiErrorAlert error={override.error} />}
          <Text size="sm" c="dimmed">{t('override.hint')}</Text>
          <Select
            label={t('override.company')}
            data={[{ value: NONE, label: t('override.none') }, ...round.companies.map((c) => ({ value: c.organizationId, label: companyName(c.organizationId) }))]}
            value={company}
            onChange={(v) => setCompany(v ?? NONE)}
            allowDeselect={false}
            error={errors.organizationId}
          />
          <Textarea label={t('override.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={errors.reason} withAsterisk autosize minRows={2} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common:actions.cancel')}</Button>
            <Button type="submit" loading={override.isPending}>{t('override.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
