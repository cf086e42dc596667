import { AppShell, Anchor, Burger, Group, NavLink, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { LanguageSwitcher } from '../components/ui/language-switcher.tsx';
import { UserMenu } from '../features/auth/components/user-menu.tsx';
import { useAccount, usePermissions } from '../lib/session.ts';
import { paths } from '../paths.ts';

export function Layout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const { pathname } = useLocation();
  const { managesPeople, seesAuditLog, seesHostCalls } = usePermissions();
  const memberships = useAccount().data?.memberships ?? [];
  const lendsHousing = memberships.some((m) => m.role === 'housing_partner');
  // Interns go to their own plan; companies and colleges to the programs whose interns they follow.
  const internshipLabel = memberships.some((m) => m.role === 'student') ? 'internship:nav.mine' : memberships.some((m) => m.role === 'host_company' || m.role === 'college_coordinator') ? 'internship:nav.follow' : null;
  // A student's job applications and hire; a company's hiring boards and hires.
  const jobsLabel = memberships.some((m) => m.role === 'student') ? 'hiring:nav.mine' : memberships.some((m) => m.role === 'host_company') ? 'hiring:nav.follow' : null;
  const links = [
    { to: paths.programs, label: t('nav.programs') },
    ...(seesHostCalls ? [{ to: paths.hostCalls, label: t('hostCalls:nav') }] : []),
    ...(lendsHousing ? [{ to: paths.housing, label: t('housing:nav') }] : []),
    ...(internshipLabel ? [{ to: paths.internship, label: t(internshipLabel) }] : []),
    ...(jobsLabel ? [{ to: paths.jobs, label: t(jobsLabel) }] : []),
    { to: paths.organizations, label: t('nav.organizations') },
    ...(managesPeople ? [{ to: paths.people, label: t('people:nav') }] : []),
    ...(seesAuditLog ? [{ to: paths.auditLog, label: t('admin:nav.auditLog') }, { to: paths.outbox, label: t('admin:nav.outbox') }] : []),
  ];
  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.menu')} />
            <Anchor component={Link} to={paths.home} underline="never" c="inherit">
              <Group gap={6} wrap="nowrap">
                <Title order={1} size="h3" lang="ja">
                  架け橋
                </Title>
                <Text c="dimmed" size="sm" visibleFrom="xs">
                  Kakehashi
                </Text>
              </Group>
            </Anchor>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitcher />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.main')}>
        {links.map((link) => (
          <NavLink
            key={link.to}
            component={Link}
            to={link.to}
            label={link.label}
            active={pathname.startsWith(link.to)}
            variant="filled"
            onClick={close}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
