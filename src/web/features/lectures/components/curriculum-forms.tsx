// A curriculum's modules (Nagaoka's DX course: AI, IoT, robotics) and each module's learning
// materials, added by the program's operators.
import { Modal, Select, Stack, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourseView, ModuleView } from '../../../../contracts/lectures.ts';
import { MATERIAL_KINDS, type MaterialKind } from '../../../../domain/lectures/lectures.ts';
import type { LocalizedText } from '../../../../domain/shared/localized-text.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { fieldErrorsOf } from '../../../components/ui/form-errors.ts';
import { LocalizedTextInputs } from '../../../components/ui/localized-text-inputs.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { useAddMaterial, useAddModule } from '../api/lectures.api.ts';

type Props = { programId: string; target: { course: CourseView; module?: undefined } | { course: CourseView; module: ModuleView }; onClose: () => void };

/** A new module at the end of the course, or a new material at the end of a module. */
export function CurriculumFormModal({ programId, target, onClose }: Props) {
  const { t } = useTranslation('lectures');
  const { localized } = useLanguage();
  const addModule = useAddModule(programId);
  const addMaterial = useAddMaterial(programId);
  const save = target.module ? addMaterial : addModule;
  const [title, setTitle] = useState<LocalizedText>({});
  const [url, setUrl] = useState('');
  const [kind, setKind] = useState<MaterialKind>('slides');
  useEffect(() => {
    addModule.reset();
    addMaterial.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const errors = fieldErrorsOf(save.error);
  const submit = () => {
    if (target.module) addMaterial.mutate({ moduleId: target.module.id, input: { title, url, kind, position: target.module.materials.length + 1 } }, { onSuccess: onClose });
    else addModule.mutate({ courseId: target.course.id, input: { title, position: target.course.modules.length + 1 } }, { onSuccess: onClose });
  };
  const heading = target.module ? t('curriculum.addMaterialTo', { module: localized(target.module.title) }) : t('curriculum.addModuleTo', { course: localized(target.course.title) });
  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': t('common:actions.close') }} title={heading} size="xl">
      <form onSubmit={(e) => { e.preventDefault(); submit(); }} noValidate>
        <Stack>
          {save.error && Object.keys(errors).length === 0 && <ApiErrorAlert error={save.error} />}
          <LocalizedTextInputs name="title" label={t('course.title')} value={title} onChange={setTitle} error={errors.title} required />
          {target.module && (
            <>
              <TextInput type="url" label={t('curriculum.url')} placeholder="https://" withAsterisk value={url} onChange={(e) => setUrl(e.currentTarget.value)} error={errors.url} />
              <Select label={t('curriculum.kind')} data={MATERIAL_KINDS.map((k) => ({ value: k, label: t(`materialKinds.${k}`) }))} value={kind} onChange={(v) => v && setKind(v as MaterialKind)} allowDeselect={false} error={errors.kind} />
            </>
          )}
          <FormActions onCancel={onClose} pending={save.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
