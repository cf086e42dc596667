import { Button, Card, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentView } from '../../../../contracts/applications.ts';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useWithdrawConsent } from '../api/applications.api.ts';

/** The active consent, and withdrawing it after a confirmation that says what it stops. */
export function WithdrawConsent({ programId, consent }: { programId: string; consent: ConsentView }) {
  const { t } = useTranslation('applications');
  const { language } = useLanguage();
  const withdraw = useWithdrawConsent(programId);
  const [asking, setAsking] = useState(false);
  return (
    <Card withBorder>
      <Group justify="space-between" gap="sm">
        <Text size="sm" style={{ flex: 1, minWidth: 200 }}>
          {t('consent.givenOn', { at: formatDateTime(consent.givenAt, language), version: consent.noticeVersion })}
        </Text>
        <Button variant="outline" color="red.9" onClick={() => setAsking(true)}>
          {t('withdraw.action')}
        </Button>
      </Group>
      <ConfirmDialog
        opened={asking}
        title={t('withdraw.title')}
        message={t('withdraw.effect')}
        confirmLabel={t('withdraw.confirm')}
        danger
        pending={withdraw.isPending}
        error={withdraw.error}
        onConfirm={() => withdraw.mutate(undefined, { onSuccess: () => setAsking(false) })}
        onClose={() => setAsking(false)}
      />
    </Card>
  );
}
