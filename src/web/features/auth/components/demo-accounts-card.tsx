import { Alert, Button, Code, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { useDemoAccounts } from '../api/auth.api.ts';

/** The demo's accounts, one per role, with their shared password; nothing when the server has none. */
export function DemoAccountsCard({ onUse }: { onUse: (email: string, password: string) => void }) {
  const { t } = useTranslation('auth');
  const { localized } = useLanguage();
  const demo = useDemoAccounts();
  if (!demo.data?.enabled || !demo.data.password) return null;
  const password = demo.data.password;
  return (
    <Alert color="indigo" variant="light" title={t('demo.title')}>
      <Stack gap="xs">
        <Text size="sm">
          {t('demo.body')} <Code>{password}</Code>
        </Text>
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing={4} aria-label={t('demo.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('demo.role')}</Table.Th>
                <Table.Th>{t('demo.organization')}</Table.Th>
                <Table.Th>{t('fields.email')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {demo.data.accounts.map((a) => (
                <Table.Tr key={a.email}>
                  <Table.Td>{t(`common:membershipRoles.${a.role}`)}</Table.Td>
                  <Table.Td>{localized(a.organization)}</Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {a.email}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Button size="compact-sm" variant="light" onClick={() => onUse(a.email, password)} aria-label={t('demo.useAccount', { email: a.email })}>
                      {t('demo.use')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Alert>
  );
}
