// A rank-order list to put in order: the ranked entries numbered from 1 with buttons to move each
// up or down or take it off, and the ones not yet ranked, each with a button to add it at the end.
// Buttons rather than dragging alone, so that it works on a phone and from the keyboard.
import { ActionIcon, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconX } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type RankEntry = { id: string; label: string; detail?: ReactNode };

type Props = { ranking: string[]; entries: RankEntry[]; onChange: (ranking: string[]) => void; disabled?: boolean; listLabel: string };

export function RankingEditor({ ranking, entries, onChange, disabled, listLabel }: Props) {
  const { t } = useTranslation('matching');
  const byId = new Map(entries.map((e) => [e.id, e]));
  const move = (from: number, to: number) => {
    const next = [...ranking];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    onChange(next);
  };
  const unranked = entries.filter((e) => !ranking.includes(e.id));
  return (
    <Stack gap="xs">
      <Stack gap={6} component="ol" aria-label={listLabel} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {ranking.length === 0 && <Text c="dimmed" size="sm">{t('ranking.empty')}</Text>}
        {ranking.map((id, i) => {
          const entry = byId.get(id);
          const label = entry?.label ?? id;
          return (
            <Paper key={id} component="li" withBorder p="xs" aria-label={t('ranking.item', { rank: i + 1, name: label })}>
              <Group justify="space-between" wrap="nowrap">
                <Group gap="sm" wrap="nowrap">
                  <Badge size="lg" circle variant="filled">{i + 1}</Badge>
                  <Stack gap={0}>
                    <Text fw={500}>{label}</Text>
                    {entry?.detail}
                  </Stack>
                </Group>
                {!disabled && (
                  <Group gap={4} wrap="nowrap">
                    <ActionIcon variant="default" size="lg" aria-label={t('ranking.up', { name: label })} disabled={i === 0} onClick={() => move(i, i - 1)}>
                      <IconArrowUp size={18} />
                    </ActionIcon>
                    <ActionIcon variant="default" size="lg" aria-label={t('ranking.down', { name: label })} disabled={i === ranking.length - 1} onClick={() => move(i, i + 1)}>
                      <IconArrowDown size={18} />
                    </ActionIcon>
                    <ActionIcon variant="subtle" color="red" size="lg" aria-label={t('ranking.remove', { name: label })} onClick={() => onChange(ranking.filter((r) => r !== id))}>
                      <IconX size={18} />
                    </ActionIcon>
                  </Group>
                )}
              </Group>
            </Paper>
          );
        })}
      </Stack>
      {!disabled && unranked.length > 0 && (
        <Stack gap={4}>
          <Text size="sm" fw={600}>{t('ranking.notRanked')}</Text>
          <Group gap="xs">
            {unranked.map((e) => (
              <Button key={e.id} variant="default" size="xs" onClick={() => onChange([...ranking, e.id])} aria-label={t('ranking.add', { name: e.label })}>
                + {e.label}
              </Button>
            ))}
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
