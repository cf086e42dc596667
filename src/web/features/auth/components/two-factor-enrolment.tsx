// Setting up two-step verification: confirm the password, scan the QR code (or type the key)
// into an authenticator app, note the backup codes, and prove it works with a first code.
import { Alert, Button, Code, Group, Image, List, PasswordInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import QRCode from 'qrcode';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { fieldErrorsOf } from '../../../components/ui/form-errors.ts';
import { useConfirmTwoFactor, useEnableTwoFactor } from '../api/auth.api.ts';

/** The key in groups of four, as authenticator apps ask for it when typed by hand. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret;

export function TwoFactorEnrolment({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('auth');
  const enable = useEnableTwoFactor();
  const confirm = useConfirmTwoFactor();
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [qr, setQr] = useState<string | null>(null);
  const enrolment = enable.data;

  useEffect(() => {
    if (enrolment) void QRCode.toDataURL(enrolment.totpUri, { margin: 1, width: 200 }).then(setQr);
  }, [enrolment]);

  const start = (event: FormEvent) => {
    event.preventDefault();
    enable.mutate(password);
  };
  const finish = (event: FormEvent) => {
    event.preventDefault();
    confirm.mutate(code, { onSuccess: onDone });
  };

  if (!enrolment) {
    return (
      <form onSubmit={start} noValidate>
        <Stack>
          <Text size="sm">{t('enrol.intro')}</Text>
          <PasswordInput label={t('fields.password')} autoComplete="current-password" value={password} onChange={(e) => setPassword(e.currentTarget.value)} required error={fieldErrorsOf(enable.error).password} />
          <ApiErrorAlert error={enable.error} />
          <Group>
            <Button type="submit" loading={enable.isPending}>
              {t('enrol.start')}
            </Button>
          </Group>
        </Stack>
      </form>
    );
  }
  return (
    <form onSubmit={finish} noValidate>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Stack gap="xs">
            <Text size="sm">{t('enrol.scan')}</Text>
            {qr && <Image src={qr} alt={t('enrol.qrAlt')} w={200} h={200} />}
            <Text size="sm">{t('enrol.typeKey')}</Text>
            <Code data-testid="totp-secret" data-secret={enrolment.secret}>
              {grouped(enrolment.secret)}
            </Code>
          </Stack>
          <Alert color="yellow" title={t('enrol.backupTitle')}>
            <Text size="sm" mb="xs">
              {t('enrol.backupBody')}
            </Text>
            <List size="sm" ff="monospace" spacing={2}>
              {enrolment.backupCodes.map((c) => (
                <List.Item key={c}>{c}</List.Item>
              ))}
            </List>
          </Alert>
        </SimpleGrid>
        <TextInput label={t('twoFactor.code')} description={t('enrol.codeHelp')} value={code} onChange={(e) => setCode(e.currentTarget.value)} inputMode="numeric" autoComplete="one-time-code" maxLength={6} required error={fieldErrorsOf(confirm.error).code} />
        <ApiErrorAlert error={confirm.error} />
        <Group>
          <Button type="submit" loading={confirm.isPending}>
            {t('enrol.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
