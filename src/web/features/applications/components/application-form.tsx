// The application itself: names in three scripts (Latin as in the passport, Cyrillic and a
// katakana reading), studies, Japanese level, skills and the companies of interest, which are
// limited to the host companies the student's consent names. The server's field errors show
// under their fields.
import { Button, Card, Checkbox, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentView } from '../../../../contracts/applications.ts';
import type { ProgramDetail } from '../../../../contracts/programs.ts';
import { JLPT_LEVELS, type JlptLevel } from '../../../../domain/applications/application.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { fieldErrorsOf, numberOrNull } from '../../../components/ui/form-errors.ts';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { useApply } from '../api/applications.api.ts';

type Draft = Record<'nameLatin' | 'nameCyrillic' | 'nameKatakana' | 'department' | 'graduationYear' | 'jlptDate' | 'skills', string>;

export function ApplicationForm({ program, consent }: { program: ProgramDetail; consent: ConsentView }) {
  const { t } = useTranslation('applications');
  const { localized } = useLanguage();
  const apply = useApply(program.id);
  const [draft, setDraft] = useState<Draft>({ nameLatin: '', nameCyrillic: '', nameKatakana: '', department: '', graduationYear: '', jlptDate: '', skills: '' });
  const [jlptLevel, setJlptLevel] = useState<JlptLevel>('none');
  const [companies, setCompanies] = useState<string[]>([]);
  const consented = program.participations.filter((p) => p.role === 'host_company' && consent.recipientIds.includes(p.organization.id)).map((p) => p.organization);
  const set = (field: keyof Draft) => (e: { currentTarget: { value: string } }) => setDraft({ ...draft, [field]: e.currentTarget.value });
  const errors = fieldErrorsOf(apply.error);
  const companyError = Object.entries(errors).find(([field]) => field.startsWith('companiesOfInterest'))?.[1];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply.mutate({
      nameLatin: draft.nameLatin,
      nameCyrillic: draft.nameCyrillic,
      nameKatakana: draft.nameKatakana,
      department: draft.department,
      graduationYear: numberOrNull(draft.graduationYear) ?? 0,
      jlptLevel,
      jlptDate: jlptLevel === 'none' || !draft.jlptDate ? null : draft.jlptDate,
      skills: draft.skills.split(/[,、，\n]/).map((s) => s.trim()).filter(Boolean),
      companiesOfInterest: companies,
    });
  };
  return (
    <Card withBorder>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={3}>{t('form.title')}</Title>
          <TextInput label={t('fields.nameLatin')} description={t('form.nameLatinHelp')} value={draft.nameLatin} onChange={set('nameLatin')} error={errors.nameLatin} lang="en" autoComplete="name" required />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('fields.nameCyrillic')} value={draft.nameCyrillic} onChange={set('nameCyrillic')} error={errors.nameCyrillic} lang="mn" required />
            <TextInput label={t('fields.nameKatakana')} description={t('form.nameKatakanaHelp')} value={draft.nameKatakana} onChange={set('nameKatakana')} error={errors.nameKatakana} lang="ja" required />
            <TextInput label={t('fields.department')} value={draft.department} onChange={set('department')} error={errors.department} required />
            <TextInput label={t('fields.graduationYear')} value={draft.graduationYear} onChange={set('graduationYear')} error={errors.graduationYear} inputMode="numeric" maxLength={4} required />
            <Select
              label={t('fields.jlptLevel')}
              data={JLPT_LEVELS.map((level) => ({ value: level, label: t(`jlpt.${level}`) }))}
              value={jlptLevel}
              onChange={(value) => setJlptLevel((value as JlptLevel | null) ?? 'none')}
              allowDeselect={false}
              error={errors.jlptLevel}
            />
            {jlptLevel !== 'none' && <TextInput label={t('fields.jlptDate')} type="date" value={draft.jlptDate} onChange={set('jlptDate')} error={errors.jlptDate} />}
          </SimpleGrid>
          <TextInput label={t('fields.skills')} description={t('form.skillsHelp')} value={draft.skills} onChange={set('skills')} error={Object.entries(errors).find(([f]) => f.startsWith('skills'))?.[1]} />
          {consented.length > 0 ? (
            <Checkbox.Group label={t('fields.companiesOfInterest')} description={t('form.companiesHelp')} value={companies} onChange={setCompanies} error={companyError}>
              <Stack gap="xs" mt="xs">
                {consented.map((c) => (
                  <Checkbox key={c.id} value={c.id} label={localized(c.name)} />
                ))}
              </Stack>
            </Checkbox.Group>
          ) : (
            <Text size="sm" c="dimmed">{t('form.noCompanies')}</Text>
          )}
          {apply.error && Object.keys(errors).length === 0 && <ApiErrorAlert error={apply.error} />}
          <Button type="submit" loading={apply.isPending}>
            {t('form.submit')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
