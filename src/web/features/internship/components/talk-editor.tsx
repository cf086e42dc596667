// The presenting intern's own talk (or an operator's hand on it): the title, and the slides as a
// PDF, a PowerPoint file or an image, sent as the raw body (the server tells the type by the
// bytes). A file over the limit is refused here before a long upload.
import { Anchor, Button, FileButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TalkView } from '../../../../contracts/internship.ts';
import { MAX_FILE_BYTES } from '../../../../domain/applications/application-file.ts';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { studentName } from '../../../lib/student-name.ts';
import { useRetitleTalk, useUploadSlides } from '../api/report-meeting.api.ts';
import { useDraft } from './day-planning.tsx';
import { WriteError } from './write-error.tsx';

const ACCEPT = 'application/pdf,.pdf,application/vnd.openxmlformats-officedocument.presentationml.presentation,.pptx,image/png,.png,image/jpeg,.jpg,.jpeg';
const MAX_MB = Math.round(MAX_FILE_BYTES.portfolio / 1024 / 1024);

export function TalkEditor({ programId, talk, openAtFirst }: { programId: string; talk: TalkView; openAtFirst: boolean }) {
  const { t } = useTranslation('internship');
  const { language } = useLanguage();
  const [open, setOpen] = useState(openAtFirst);
  const retitle = useRetitleTalk(programId);
  const upload = useUploadSlides(programId);
  const title = useDraft(talk.title);
  const [tooLarge, setTooLarge] = useState(false);
  if (!open) {
    return (
      <Anchor component="button" type="button" size="sm" onClick={() => setOpen(true)} style={{ alignSelf: 'flex-start' }} aria-label={t('meeting.editTalkOf', { name: studentName(talk.student, language).primary })}>
        {t('meeting.editTalk')}
      </Anchor>
    );
  }
  const pick = (file: File | null) => {
    if (!file) return;
    upload.reset();
    setTooLarge(file.size > MAX_FILE_BYTES.portfolio);
    if (file.size <= MAX_FILE_BYTES.portfolio) upload.mutate({ id: talk.id, file });
  };
  return (
    <Stack gap="xs" className="ip-talk-editor">
      <WriteError error={retitle.error ?? upload.error} />
      <form onSubmit={(e) => { e.preventDefault(); retitle.mutate({ id: talk.id, patch: { version: talk.version, title: title.value.trim() } }, { onSuccess: title.reset }); }} noValidate>
        <Group align="flex-end" gap="xs">
          <TextInput label={t('meeting.talkTitle')} placeholder={t('meeting.talkTitlePlaceholder')} value={title.value} onChange={(e) => title.set(e.currentTarget.value)} maxLength={300} style={{ flex: '1 1 14rem' }} />
          {title.dirty && <Button type="submit" loading={retitle.isPending}>{t('common:actions.save')}</Button>}
        </Group>
      </form>
      <Group gap="sm" align="center">
        <FileButton accept={ACCEPT} onChange={pick}>
          {(props) => (
            <Button {...props} variant="light" leftSection={<IconUpload size={16} aria-hidden />} loading={upload.isPending}>
              {talk.slides ? t('meeting.replaceSlides') : t('meeting.uploadSlides')}
            </Button>
          )}
        </FileButton>
        <Text size="xs" c="dimmed">{t('meeting.slidesHint', { max: MAX_MB })}</Text>
      </Group>
      {tooLarge && <Text size="sm" c="red.9" role="alert">{t('meeting.tooLarge', { max: MAX_MB })}</Text>}
    </Stack>
  );
}
