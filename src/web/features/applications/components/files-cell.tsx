// Which of the CV and portfolio a student has attached, in a table cell; reviewers who may read
// the files open a small list of download links (loaded only when opened).
import { Anchor, Badge, Group, Loader, Popover, Stack, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationListItem } from '../../../../contracts/applications.ts';
import { APPLICATION_FILE_KINDS } from '../../../../domain/applications/application.ts';
import { fileDownloadUrl, useApplicationFiles } from '../api/applications.api.ts';

export function FilesCell({ item, downloads }: { item: ApplicationListItem; downloads: boolean }) {
  const { t } = useTranslation('applications');
  const [opened, setOpened] = useState(false);
  const files = useApplicationFiles(item.id, opened);
  const badges = (
    <Group gap={4} wrap="nowrap">
      {APPLICATION_FILE_KINDS.map((kind) => {
        const present = item.filesPresent.includes(kind);
        return (
          <Badge key={kind} size="sm" variant={present ? 'light' : 'outline'} color={present ? 'teal' : 'gray'} aria-label={t(present ? 'files.present' : 'files.absent', { kind: t(`files.kinds.${kind}`) })}>
            {t(`files.short.${kind}`)} {present ? '✓' : '—'}
          </Badge>
        );
      })}
    </Group>
  );
  if (!downloads || item.filesPresent.length === 0) return badges;
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-start" withArrow shadow="md">
      <Popover.Target>
        <UnstyledButton onClick={() => setOpened((o) => !o)} aria-label={t('files.openFor', { name: item.nameLatin })} aria-expanded={opened}>
          {badges}
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown>
        {!files.data ? (
          <Loader size="xs" aria-label={t('common:loading')} />
        ) : (
          <Stack gap={4}>
            {files.data.items.map((f) => (
              <Stack key={f.id} gap={0}>
                <Text size="xs" c="dimmed">{t(`files.kinds.${f.kind}`)}</Text>
                <Anchor href={fileDownloadUrl(f)} download={f.originalName} size="sm">
                  {f.originalName}
                </Anchor>
              </Stack>
            ))}
          </Stack>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}
