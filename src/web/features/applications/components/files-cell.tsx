// Which of the CV and portfolio a student has attached, in a table cell; reviewers who may read
// the files open a small list of download links (loaded only when opened).
import { Anchor, Loader, Popover, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationListItem } from '../../../../contracts/applications.ts';
import { APPLICATION_FILE_KINDS } from '../../../../domain/applications/application.ts';
import { fileDownloadUrl, useApplicationFiles } from '../api/applications.api.ts';

export function FilesCell({ item, downloads }: { item: ApplicationListItem; downloads: boolean }) {
  const { t } = useTranslation('applications');
  const [opened, setOpened] = useState(false);
  const files = useApplicationFiles(item.id, opened);
  const downloadable = downloads && item.filesPresent.length > 0;
  // Relative: the visually hidden words stay inside the table's scroll box (no page-wide overflow on a phone).
  const badges = (
    <Stack gap={0} pos="relative">
      {APPLICATION_FILE_KINDS.map((kind) => {
        const present = item.filesPresent.includes(kind);
        return (
          <Text key={kind} size="xs" c={present ? (downloadable ? 'blue.9' : undefined) : 'dimmed'} td={present && downloadable ? 'underline' : undefined} style={{ whiteSpace: 'nowrap' }}>
            {t(`files.short.${kind}`)} <span aria-hidden="true">{present ? '✓' : '—'}</span>
            <VisuallyHidden>{t(present ? 'files.uploaded' : 'files.notUploaded')}</VisuallyHidden>
          </Text>
        );
      })}
    </Stack>
  );
  if (!downloadable) return badges;
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
