import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from './api-error-alert.tsx';

type Props = {
  opened: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  /** Red for what takes something away (deactivating, revoking). */
  danger?: boolean;
  pending: boolean;
  error?: unknown;
  onConfirm: () => void;
  onClose: () => void;
};

/** Asks before an action that is hard to take back; Cancel is the default. */
export function ConfirmDialog({ opened, title, message, confirmLabel, danger, pending, error, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={title} closeButtonProps={{ 'aria-label': t('actions.close') }} centered>
      <Stack>
        <Text size="sm">{message}</Text>
        <ApiErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('actions.cancel')}
          </Button>
          <Button color={danger ? 'red.9' : undefined} loading={pending} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
