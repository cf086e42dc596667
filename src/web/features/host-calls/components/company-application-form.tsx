// A company's application to the call: profile (industry, size, city), the positions and
// skills it wants, its interviewers, whether it can host in the internship period and wants
// to hire, and its answers to the operator's questions in the reader's language. Used to apply,
// to edit until the deadline, and by the operator to edit on the company's behalf. The server's
// field errors show under their fields; a stale version or a passed deadline comes back as the
// server's translated message.
import { Button, Card, Checkbox, Group, NumberInput, SimpleGrid, Stack, TagsInput, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostApplicationView, HostCallView } from '../../../../contracts/host-calls.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { fieldErrorsOf, numberOrNull } from '../../../components/ui/form-errors.ts';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { useApplyToHostCall, useUpdateHostApplication } from '../api/host-calls.api.ts';

type Props = {
  call: HostCallView;
  /** The application being edited, or null to apply for `companyId`. */
  application: HostApplicationView | null;
  companyId?: string;
  title: string;
  onDone: () => void;
  onCancel?: () => void;
};

const errorUnder = (errors: Record<string, string>, field: string) => errors[field] ?? Object.entries(errors).find(([f]) => f.startsWith(`${field}.`))?.[1];

export function CompanyApplicationForm({ call, application, companyId, title, onDone, onCancel }: Props) {
  const { t } = useTranslation('hostCalls');
  const { language, localized } = useLanguage();
  const apply = useApplyToHostCall(call.id);
  const update = useUpdateHostApplication(application?.id ?? '');
  const mutation = application ? update : apply;
  const [industry, setIndustry] = useState(application?.industry ?? '');
  const [employeeCount, setEmployeeCount] = useState<number | string>(application?.employeeCount ?? '');
  const [city, setCity] = useState(application?.city ?? '');
  const [positions, setPositions] = useState<string[]>(application?.positions ?? []);
  const [skills, setSkills] = useState<string[]>(application?.skills ?? []);
  const [interviewerNames, setInterviewerNames] = useState<string[]>(application?.interviewerNames ?? []);
  const [interviewerCount, setInterviewerCount] = useState<number | string>(application?.interviewerCount ?? 1);
  const [canHost, setCanHost] = useState(application?.canHostInInternshipPeriod ?? false);
  const [wantsToHire, setWantsToHire] = useState(application?.wantsToHire ?? false);
  const [answers, setAnswers] = useState<Record<string, string>>(application?.answers ?? {});
  // The version the editor started from: a refetch in the background must not hide someone else's change.
  const [version] = useState(application?.version ?? 0);
  const errors = fieldErrorsOf(mutation.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields = {
      industry,
      employeeCount: numberOrNull(employeeCount) ?? 0,
      city,
      positions,
      skills,
      interviewerNames,
      interviewerCount: numberOrNull(interviewerCount) ?? 0,
      canHostInInternshipPeriod: canHost,
      wantsToHire,
      answers: Object.fromEntries(call.questions.map((q) => [q.id, answers[q.id] ?? ''])),
    };
    if (application) update.mutate({ version, ...fields }, { onSuccess: onDone });
    else apply.mutate({ companyId: companyId ?? '', ...fields }, { onSuccess: onDone });
  };
  return (
    <Card withBorder>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={3}>{title}</Title>
          <Title order={4} size="h5">{t('form.profile')}</Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label={t('fields.industry')} description={t('form.industryHelp')} value={industry} onChange={(e) => setIndustry(e.currentTarget.value)} error={errors.industry} required />
            <NumberInput label={t('fields.employeeCount')} value={employeeCount} onChange={setEmployeeCount} min={1} allowDecimal={false} thousandSeparator={language === 'mn' ? ' ' : ','} error={errors.employeeCount} required />
            <TextInput label={t('fields.city')} description={t('form.cityHelp')} value={city} onChange={(e) => setCity(e.currentTarget.value)} error={errors.city} required />
          </SimpleGrid>
          <Title order={4} size="h5">{t('form.wanted')}</Title>
          <TagsInput label={t('fields.positions')} description={t('form.listHelp')} value={positions} onChange={setPositions} error={errorUnder(errors, 'positions')} required />
          <TagsInput label={t('fields.skills')} description={t('form.listHelp')} value={skills} onChange={setSkills} error={errorUnder(errors, 'skills')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TagsInput label={t('fields.interviewerNames')} description={t('form.listHelp')} value={interviewerNames} onChange={setInterviewerNames} error={errorUnder(errors, 'interviewerNames')} />
            <NumberInput label={t('fields.interviewerCount')} value={interviewerCount} onChange={setInterviewerCount} min={1} max={50} allowDecimal={false} error={errors.interviewerCount} required />
          </SimpleGrid>
          <Checkbox label={t('fields.canHost')} description={t('form.canHostHelp')} checked={canHost} onChange={(e) => setCanHost(e.currentTarget.checked)} />
          <Checkbox label={t('fields.wantsToHire')} description={t('form.wantsToHireHelp')} checked={wantsToHire} onChange={(e) => setWantsToHire(e.currentTarget.checked)} />
          {call.questions.length > 0 && (
            <>
              <Title order={4} size="h5">{t('form.answers')}</Title>
              {call.questions.map((q) => (
                <Textarea
                  key={q.id}
                  label={localized(q.text)}
                  value={answers[q.id] ?? ''}
                  onChange={(e) => setAnswers({ ...answers, [q.id]: e.currentTarget.value })}
                  error={errors[`answers.${q.id}`]}
                  maxLength={4000}
                  autosize
                  minRows={2}
                />
              ))}
            </>
          )}
          {mutation.error && Object.keys(errors).length === 0 && <ApiErrorAlert error={mutation.error} />}
          {mutation.error && Object.keys(errors).length > 0 && (
            <Text size="sm" c="red.8" role="alert">{t('form.fixErrors')}</Text>
          )}
          <Group justify="flex-end">
            {onCancel && <Button variant="default" onClick={onCancel}>{t('common:actions.cancel')}</Button>}
            <Button type="submit" loading={mutation.isPending}>{application ? t('form.saveApplication') : t('form.submitApplication')}</Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
