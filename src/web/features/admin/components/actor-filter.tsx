import { CloseButton, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The one person the trail is narrowed to, with a button to show everyone again. */
export function ActorFilter({ name, onClear }: { name: string; onClear: () => void }) {
  const { t } = useTranslation('admin');
  return (
    <Group gap={4} wrap="nowrap" h={36} px="sm" bg="indigo.0" w="fit-content" style={{ borderRadius: 'var(--mantine-radius-sm)' }}>
      <Text size="sm" data-testid="actor-filter">
        {t('audit.byActor', { name })}
      </Text>
      <CloseButton size="sm" onClick={onClear} aria-label={t('audit.clearActor', { name })} />
    </Group>
  );
}
