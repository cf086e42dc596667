import { Button, Code, Group, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdentitySecret, IdentityView as View } from '../../../../contracts/identity.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDate } from '../../../lib/format.ts';
import { useRevealIdentity } from '../api/identity.api.ts';

/** How long a number shown in full stays on screen. */
const REVEAL_SECONDS = 30;

export function IdentityView({ userId, identity }: { userId: string; identity: View }) {
  const { t } = useTranslation('identity');
  const { language } = useLanguage();
  const reveal = useRevealIdentity(userId);
  const [shown, setShown] = useState<{ field: IdentitySecret; value: string | null } | null>(null);
  useEffect(() => {
    if (!shown) return;
    const timer = setTimeout(() => setShown(null), REVEAL_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, [shown]);

  const secret = (field: IdentitySecret, masked: string | null) => (
    <Group gap="sm" wrap="nowrap">
      {masked === null ? <Text data-testid={`identity-${field}`}>—</Text> : <Code data-testid={`identity-${field}`}>{shown?.field === field ? (shown.value ?? '—') : masked}</Code>}
      {masked !== null && shown?.field !== field && (
        <Button size="compact-xs" variant="subtle" loading={reveal.isPending && reveal.variables === field} onClick={() => reveal.mutate(field, { onSuccess: setShown })} aria-label={t('showWhat', { what: t(`fields.${field}`) })}>
          {t('show')}
        </Button>
      )}
    </Group>
  );
  const date = (iso: string | null) => (iso ? formatDate(iso, language) : '—');
  const rows: [string, React.ReactNode][] = [
    [t('fields.passportNumber'), secret('passportNumber', identity.passportNumber)],
    [t('fields.passportExpiresOn'), date(identity.passportExpiresOn)],
    [t('fields.residenceCardNumber'), secret('residenceCardNumber', identity.residenceCardNumber)],
    [t('fields.residenceCardExpiresOn'), date(identity.residenceCardExpiresOn)],
    [t('fields.birthDate'), secret('birthDate', identity.birthDateOnFile ? t('onFile') : null)],
    [t('fields.nationality'), identity.nationality ? t(`common:countries.${identity.nationality}`, { defaultValue: identity.nationality }) : '—'],
  ];
  return (
    <>
      <Table aria-label={t('title')} variant="vertical" layout="fixed">
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={{ base: 140, sm: 240 }}>{label}</Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {shown && (
        <Text size="xs" c="dimmed" role="status">
          {t('hidesAgain', { seconds: REVEAL_SECONDS })}
        </Text>
      )}
      <ApiErrorAlert error={reveal.error} />
    </>
  );
}
