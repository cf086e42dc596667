import { Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { LanguageSwitcher } from './language-switcher.tsx';

/** The frame of the signed-out pages: the name, the language switcher and one card. */
export function AuthCard({ title, children, aside }: { title: string; children: ReactNode; aside?: ReactNode }) {
  return (
    <Center mih="100vh" p="md" component="main">
      <Stack w="100%" maw={aside ? 880 : 440} gap="md">
        <Group justify="space-between" wrap="nowrap">
          <Group gap={6} wrap="nowrap">
            <Title order={1} size="h3" lang="ja">
              架け橋
            </Title>
            <Text c="dimmed" size="sm">
              Kakehashi
            </Text>
          </Group>
          <LanguageSwitcher />
        </Group>
        <Paper withBorder shadow="sm" p="lg" radius="md">
          <Stack gap="md">
            <Title order={2} size="h3">
              {title}
            </Title>
            {children}
          </Stack>
        </Paper>
        {aside}
      </Stack>
    </Center>
  );
}
