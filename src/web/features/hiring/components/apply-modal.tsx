// An application to one of the program's companies: the intern applies for themself (with why
// they want to work there), or an operator records it for an intern.
import { Button, Group, Modal, Select, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HiringBoard } from '../../../../contracts/hiring.ts';
import { fieldErrorsOf } from '../../../components/ui/form-errors.ts';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { studentName } from '../../../lib/student-name.ts';
import { useApplyForJob } from '../api/hiring.api.ts';
import { WriteError } from './write-error.tsx';

export function ApplyModal({ programId, board, onClose }: { programId: string; board: HiringBoard; onClose: () => void }) {
  const { t } = useTranslation('hiring');
  const { language, localized } = useLanguage();
  const apply = useApplyForJob(programId);
  const [applicationId, setApplicationId] = useState<string | null>(board.canApply.length === 1 ? board.canApply[0]!.applicationId : null);
  // Companies the intern has not applied to yet come first; the server refuses a second application.
  const applied = new Set(board.items.filter((i) => i.applicationId === applicationId).map((i) => i.company.id));
  const [companyId, setCompanyId] = useState<string | null>(null);
  const [motivation, setMotivation] = useState('');
  const errors = fieldErrorsOf(apply.error);
  const submit = () => apply.mutate({ applicationId: applicationId ?? '', companyId: companyId ?? '', motivation: motivation.trim() }, { onSuccess: onClose });
  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': t('common:actions.close') }} title={board.canApply.length === 1 ? t('apply.title') : t('apply.record')} size="lg">
      <form onSubmit={(e) => { e.preventDefault(); submit(); }} noValidate>
        <Stack>
          {Object.keys(errors).length === 0 && <WriteError error={apply.error} />}
          {board.canApply.length > 1 && (
            <Select
              label={t('apply.student')}
              withAsterisk
              searchable
              data={board.canApply.map((c) => ({ value: c.applicationId, label: studentName(c.student, language).primary }))}
              value={applicationId}
              onChange={setApplicationId}
              error={errors.applicationId}
              comboboxProps={{ withinPortal: true }}
            />
          )}
          <Select
            label={t('apply.company')}
            withAsterisk
            data={board.companies.map((c) => ({ value: c.id, label: localized(c.name), disabled: applied.has(c.id) }))}
            value={companyId}
            onChange={setCompanyId}
            error={errors.companyId ?? (board.canApply.length === 1 ? errors.applicationId : undefined)}
            comboboxProps={{ withinPortal: true }}
          />
          <Textarea label={t('apply.motivation')} description={t('apply.motivationHint')} value={motivation} onChange={(e) => setMotivation(e.currentTarget.value)} autosize minRows={4} maxLength={4000} error={errors.motivation} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common:actions.cancel')}</Button>
            <Button type="submit" loading={apply.isPending}>{t('apply.send')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
