// The mail the app keeps when no SMTP server is configured: to whom, what and when, newest
// first; a message opens to show its text, with its links usable. A list rather than a table,
// so a message reads on a phone without scrolling sideways.
import { Alert, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { useOutbox } from '../api/admin.api.ts';
import { OutboxMessage } from './outbox-message.tsx';
import { LabelledPagination } from '../../../components/ui/labelled-pagination.tsx';

export function OutboxPage() {
  const { t } = useTranslation('admin');
  const [page, setPage] = useState(1);
  const [openId, setOpenId] = useState<string | null>(null);
  const outbox = useOutbox(page);
  const data = outbox.data;
  return (
    <Stack maw={1000}>
      <Title order={2}>{t('outbox.title')}</Title>
      {data?.mailer === 'outbox' && (
        <Alert color="indigo" variant="light" title={t('outbox.noSmtpTitle')}>
          {t('outbox.noSmtpBody')}
        </Alert>
      )}
      <ApiErrorAlert error={outbox.error} />
      <Stack component="ul" gap="xs" p={0} m={0} aria-label={t('outbox.title')} style={{ listStyle: 'none' }}>
        {data?.items.map((m) => (
          <OutboxMessage key={m.id} message={m} open={openId === m.id} onToggle={() => setOpenId(openId === m.id ? null : m.id)} />
        ))}
      </Stack>
      {data && data.items.length === 0 && <Text c="dimmed">{t('outbox.empty')}</Text>}
      {data && data.total > data.pageSize && <LabelledPagination total={Math.ceil(data.total / data.pageSize)} value={page} onChange={setPage} />}
    </Stack>
  );
}
