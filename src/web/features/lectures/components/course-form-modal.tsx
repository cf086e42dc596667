import { Modal, Select, Stack } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourseView } from '../../../../contracts/lectures.ts';
import type { ProgramDetail } from '../../../../contracts/programs.ts';
import { COURSE_KINDS, GIVING_ROLES, type CourseKind } from '../../../../domain/lectures/lectures.ts';
import { LANGUAGES, type Language, type LocalizedText } from '../../../../domain/shared/localized-text.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { fieldErrorsOf } from '../../../components/ui/form-errors.ts';
import { LocalizedTextInputs } from '../../../components/ui/localized-text-inputs.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { useSaveCourse } from '../api/lectures.api.ts';

type Props = { program: ProgramDetail; course: CourseView | null; opened: boolean; onClose: () => void };

/** The organizations that may give a course: the operator, the host companies and the partners. */
export function giverOptions(program: ProgramDetail, localized: (text: LocalizedText) => string) {
  const seen = new Map<string, string>([[program.operator.id, localized(program.operator.name)]]);
  for (const p of program.participations) if ((GIVING_ROLES as readonly string[]).includes(p.role)) seen.set(p.organization.id, localized(p.organization.name));
  return [...seen].map(([value, label]) => ({ value, label }));
}

export function CourseFormModal({ program, course, opened, onClose }: Props) {
  const { t } = useTranslation('lectures');
  const { localized } = useLanguage();
  const save = useSaveCourse(program.id);
  const [title, setTitle] = useState<LocalizedText>({});
  const [giver, setGiver] = useState<string | null>(null);
  const [language, setLanguage] = useState<Language>('ja');
  const [kind, setKind] = useState<CourseKind>('lecture_series');

  useEffect(() => {
    if (!opened) return;
    save.reset();
    setTitle(course?.title ?? {});
    setGiver(course?.givingOrganization.id ?? null);
    setLanguage(course?.language ?? 'ja');
    setKind(course?.kind ?? 'lecture_series');
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, course]);

  const errors = fieldErrorsOf(save.error);
  const submit = () => {
    const fields = { title, givingOrganizationId: giver ?? '', language, kind };
    save.mutate({ courseId: course?.id, input: course ? { version: course.version, ...fields } : fields }, { onSuccess: onClose });
  };

  return (
    <Modal opened={opened} onClose={onClose} closeButtonProps={{ 'aria-label': t('common:actions.close') }} title={course ? t('course.editTitle') : t('course.addTitle')} size="xl">
      <form onSubmit={(e) => { e.preventDefault(); submit(); }} noValidate>
        <Stack>
          {save.error && Object.keys(errors).length === 0 && <ApiErrorAlert error={save.error} />}
          <LocalizedTextInputs name="title" label={t('course.title')} value={title} onChange={setTitle} error={errors.title} required />
          <Select label={t('course.giver')} withAsterisk data={giverOptions(program, localized)} value={giver} onChange={setGiver} error={errors.givingOrganizationId} searchable />
          <Select
            label={t('course.language')}
            withAsterisk
            data={LANGUAGES.map((l) => ({ value: l, label: t(`common:language.names.${l}`) }))}
            value={language}
            onChange={(v) => v && setLanguage(v as Language)}
            allowDeselect={false}
            error={errors.language}
          />
          <Select
            label={t('course.kind')}
            data={COURSE_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
            value={kind}
            onChange={(v) => v && setKind(v as CourseKind)}
            allowDeselect={false}
            error={errors.kind}
          />
          <FormActions onCancel={onClose} pending={save.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
