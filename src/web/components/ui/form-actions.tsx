import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Cancel and Save (or the action's own name) at the foot of a form; Save submits it. */
export function FormActions({ onCancel, pending, submitLabel, disabled }: { onCancel: () => void; pending: boolean; submitLabel?: string; disabled?: boolean }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>{t('actions.cancel')}</Button>
      <Button type="submit" loading={pending} disabled={disabled}>{submitLabel ?? t('actions.save')}</Button>
    </Group>
  );
}
