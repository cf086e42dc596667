import { Avatar, Menu, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { paths } from '../../../paths.ts';
import { useSignOut } from '../api/auth.api.ts';
import { useAccount } from '../../../lib/session.ts';

/** The signed-in person in the header: their account page and signing out. */
export function UserMenu() {
  const { t } = useTranslation('auth');
  const account = useAccount();
  const signOut = useSignOut();
  const navigate = useNavigate();
  if (!account.data) return null;
  const { name, email } = account.data;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('userMenu', { name })} data-testid="user-menu">
          <Avatar color="indigo" radius="xl" size="md">
            {[...name][0]}
          </Avatar>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="dark">
            {name}
          </Text>
          <Text size="xs">{email}</Text>
        </Menu.Label>
        <Menu.Item component={Link} to={paths.account}>
          {t('account.title')}
        </Menu.Item>
        <Menu.Item color="red" onClick={() => signOut.mutate(undefined, { onSettled: () => navigate(paths.signIn) })}>
          {t('signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
