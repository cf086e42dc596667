import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../contracts/auth.ts';
import { TwoFactorEnrolment } from './two-factor-enrolment.tsx';

export function TwoFactorCard({ account }: { account: Account }) {
  const { t } = useTranslation('auth');
  const [enrolling, setEnrolling] = useState(false);
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h4">
            {t('account.twoFactor')}
          </Title>
          <Badge color={account.twoFactorEnabled ? 'teal' : 'gray'} variant="light">
            {account.twoFactorEnabled ? t('account.on') : t('account.off')}
          </Badge>
        </Group>
        <Text size="sm">{t('account.twoFactorHelp')}</Text>
        {!account.twoFactorEnabled &&
          (enrolling ? (
            <TwoFactorEnrolment onDone={() => setEnrolling(false)} />
          ) : (
            <Group>
              <Button variant="light" onClick={() => setEnrolling(true)}>
                {t('enrol.start')}
              </Button>
            </Group>
          ))}
      </Stack>
    </Card>
  );
}
