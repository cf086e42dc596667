// A program's interview fairs: the list (dates, venue, published or not) and, for its operators,
// a new fair.
import { Anchor, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDateRange } from '../../../lib/format.ts';
import { usePermissions } from '../../../lib/session.ts';
import { paths } from '../../../paths.ts';
import { useProgramFairs, useProgramForFairs } from '../api/fairs.api.ts';
import { FairFormModal } from './fair-form-modal.tsx';

export function FairsPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('fairs');
  const { language, localized } = useLanguage();
  const navigate = useNavigate();
  const permissions = usePermissions();
  const program = useProgramForFairs(id);
  const fairs = useProgramFairs(id);
  const [creating, setCreating] = useState(false);
  const error = program.error ?? fairs.error;
  if (error) return <ApiErrorAlert error={error} />;
  if (!program.data || !fairs.data) return <Loader aria-label={t('common:loading')} />;
  const operates = permissions.onProgram('update', program.data);
  return (
    <Stack>
      <Anchor component={Link} to={paths.program(id)} size="sm">
        {t('backToProgram')}
      </Anchor>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={2}>{t('list.title')}</Title>
          <Text c="dimmed">{localized(program.data.name)}</Text>
        </Stack>
        {operates && <Button onClick={() => setCreating(true)}>{t('list.add')}</Button>}
      </Group>
      {fairs.data.items.length === 0 && <Text c="dimmed">{t('list.empty')}</Text>}
      {fairs.data.items.map((fair) => {
        const dates = fair.days.map((d) => d.date).sort();
        return (
          <Card key={fair.id} withBorder component="article" aria-label={localized(fair.title)}>
            <Group justify="space-between">
              <Stack gap={2}>
                <Anchor component={Link} to={paths.fair(fair.id)} fw={600} size="lg">
                  {localized(fair.title)}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {[dates.length > 0 ? formatDateRange(dates[0]!, dates.at(-1)!, language) : null, fair.venue].filter(Boolean).join(' · ')}
                </Text>
              </Stack>
              <StatusBadge color={fair.status === 'published' ? 'teal' : 'gray'}>{t(`status.${fair.status}`)}</StatusBadge>
            </Group>
          </Card>
        );
      })}
      <FairFormModal programId={id} fair={null} opened={creating} onClose={() => setCreating(false)} onSaved={(fair) => navigate(paths.fair(fair.id))} />
    </Stack>
  );
}
