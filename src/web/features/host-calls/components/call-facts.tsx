// The call's conditions as a company or the operator reads them: status, deadline, intern cap.
import { Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HostCallView } from '../../../../contracts/host-calls.ts';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatNumber } from '../../../lib/format.ts';
import { CallStatusBadge } from './badges.tsx';
import { DeadlineText } from './deadline-text.tsx';

export function CallFacts({ call, now, programCap }: { call: HostCallView; now: Date; programCap?: number | null }) {
  const { t } = useTranslation('hostCalls');
  const { language } = useLanguage();
  const cap = call.internCapPerCompany ?? programCap ?? null;
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      <Paper withBorder p="sm">
        <Text size="xs" c="dimmed">{t('fields.status')}</Text>
        <Group mt={4}><CallStatusBadge status={call.status} /></Group>
      </Paper>
      <Paper withBorder p="sm">
        <Stack gap={2}>
          <Text size="xs" c="dimmed">{t('fields.deadline')}</Text>
          <DeadlineText deadline={call.deadline} now={now} labelled={false} />
        </Stack>
      </Paper>
      <Paper withBorder p="sm">
        <Text size="xs" c="dimmed">{t('fields.internCap')}</Text>
        <Text fw={700} size="lg">{cap === null ? t('capNone') : t('capValue', { count: cap, n: formatNumber(cap, language) })}</Text>
      </Paper>
    </SimpleGrid>
  );
}
