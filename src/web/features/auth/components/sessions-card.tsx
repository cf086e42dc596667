import { Badge, Button, Card, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useRevokeSession, useSessions } from '../api/auth.api.ts';

/** Where I am signed in; any other session can be ended here. */
export function SessionsCard() {
  const { t } = useTranslation('auth');
  const { language } = useLanguage();
  const sessions = useSessions();
  const revoke = useRevokeSession();
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('account.sessions')}
        </Title>
        <ApiErrorAlert error={sessions.error ?? revoke.error} />
        <Table.ScrollContainer minWidth={640}>
          <Table aria-label={t('account.sessions')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('account.device')}</Table.Th>
                <Table.Th>{t('account.address')}</Table.Th>
                <Table.Th>{t('account.lastUsed')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sessions.data?.items.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    <Text size="sm" lineClamp={1} title={s.userAgent ?? ''}>
                      {s.userAgent ?? '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>{s.ipAddress ?? '—'}</Table.Td>
                  <Table.Td>{formatDateTime(s.lastUsedAt, language)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {s.current ? (
                      <Badge variant="light" style={{ overflow: 'visible' }}>
                        {t('account.thisSession')}
                      </Badge>
                    ) : (
                      <Button size="compact-sm" variant="subtle" color="red" onClick={() => revoke.mutate(s.id)}>
                        {t('account.endSession')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Card>
  );
}
