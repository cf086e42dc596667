import { Button, Collapse, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OutboxPage } from '../../../../contracts/outbox.ts';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { MailBody } from './mail-body.tsx';

type Props = { message: OutboxPage['items'][number]; open: boolean; onToggle: () => void };

/** One kept message: its subject, recipient and time; its text when opened. */
export function OutboxMessage({ message: m, open, onToggle }: Props) {
  const { t } = useTranslation('admin');
  const { language } = useLanguage();
  return (
    <Paper component="li" withBorder p="sm" data-testid="outbox-message">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={2} miw={0}>
          <Text size="sm" fw={600} lang={m.language}>
            {m.subject}
          </Text>
          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {t('outbox.to')}: {m.to} · {formatDateTime(m.createdAt, language)}
          </Text>
        </Stack>
        <Button size="compact-sm" variant="subtle" aria-expanded={open} aria-controls={open ? `mail-${m.id}` : undefined} onClick={onToggle} style={{ flexShrink: 0 }}>
          {open ? t('outbox.hide') : t('outbox.show')}
        </Button>
      </Group>
      <Collapse expanded={open} keepMounted={false} id={`mail-${m.id}`}>
        <Paper bg="gray.0" p="sm" mt="sm">
          <MailBody body={m.body} language={m.language} />
        </Paper>
      </Collapse>
    </Paper>
  );
}
