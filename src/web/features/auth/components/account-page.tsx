// One's own account: who I am and where I belong, my language, password, two-step
// verification and the sessions signed in as me.
import { Badge, Button, Card, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '../../../paths.ts';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../contracts/auth.ts';
import type { Language } from '../../../../domain/shared/localized-text.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { useSetLanguage } from '../api/auth.api.ts';
import { useAccount } from '../../../lib/session.ts';
import { PasswordChangeCard } from './password-change-card.tsx';
import { SessionsCard } from './sessions-card.tsx';
import { TwoFactorCard } from './two-factor-card.tsx';

export function AccountPage() {
  const { t } = useTranslation('auth');
  const account = useAccount();
  if (!account.data) return <ApiErrorAlert error={account.error} />;
  return (
    <Stack maw={900}>
      <Title order={2}>{t('account.title')}</Title>
      <ProfileCard account={account.data} />
      <Card withBorder>
        <Group justify="space-between">
          <div>
            <Title order={3} size="h4">
              {t('account.documents')}
            </Title>
            <Text size="sm">{t('account.documentsHelp')}</Text>
          </div>
          <Button component={Link} to={paths.identity(account.data.id)} variant="light">
            {t('account.openDocuments')}
          </Button>
        </Group>
      </Card>
      <TwoFactorCard account={account.data} />
      <PasswordChangeCard />
      <SessionsCard />
    </Stack>
  );
}

function ProfileCard({ account }: { account: Account }) {
  const { t, i18n } = useTranslation('auth');
  const { localized } = useLanguage();
  const setLanguage = useSetLanguage();
  const choose = (value: string) => {
    void i18n.changeLanguage(value);
    setLanguage.mutate(value as Language);
  };
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Group justify="space-between">
          <div>
            <Text fw={600}>{account.name}</Text>
            <Text size="sm" c="dimmed">
              {account.email}
            </Text>
          </div>
          <Stack gap={4}>
            <Text size="sm" id="mail-language">
              {t('account.mailLanguage')}
            </Text>
            <SegmentedControl aria-labelledby="mail-language" size="xs" value={account.language} onChange={choose} data={[{ value: 'ja', label: '日本語' }, { value: 'mn', label: 'Монгол' }, { value: 'en', label: 'English' }]} />
          </Stack>
        </Group>
        <Table aria-label={t('account.memberships')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('demo.organization')}</Table.Th>
              <Table.Th>{t('demo.role')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {account.memberships.map((m) => (
              <Table.Tr key={m.organization.id}>
                <Table.Td>{localized(m.organization.name)}</Table.Td>
                <Table.Td>
                  <Badge variant="light">{t(`common:membershipRoles.${m.role}`)}</Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <ApiErrorAlert error={setLanguage.error} />
      </Stack>
    </Card>
  );
}
