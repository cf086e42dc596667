// A coordinator's (or an admin's) class list: students pasted one a line, read here into a
// preview, sent as one request (all or none). The server's issues (`rows.3.email`) are shown on
// their row until that row is changed.
import { Button, Group, Modal, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_BULK_INVITATIONS } from '../../../../domain/access/invitation-rules.ts';
import type { Language } from '../../../../domain/shared/localized-text.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { formatNumber } from '../../../lib/format.ts';
import { useInviteClassList } from '../api/people.api.ts';
import { ClassListPreview } from './class-list-preview.tsx';
import { LanguageSelect } from './language-select.tsx';
import { parseClassList, rowMessagesOf, type ClassListRow } from './parse-class-list.ts';
import { useInvitableOrganizations } from './use-invitable-organizations.ts';

type Props = { opened: boolean; onClose: () => void; onInvited: (count: number) => void };

export function ClassListModal({ opened, onClose, onInvited }: Props) {
  const { t } = useTranslation('people');
  const { language: readerLanguage } = useLanguage();
  const phone = useMediaQuery('(max-width: 36em)');
  const send = useInviteClassList();
  const colleges = useInvitableOrganizations(opened, 'student');
  const [chosenCollege, setCollege] = useState<string | null>(null);
  const [defaultLanguage, setDefaultLanguage] = useState<Language>(readerLanguage);
  const [text, setText] = useState('');
  const [sent, setSent] = useState<ClassListRow[]>([]);

  useEffect(() => {
    if (!opened) return;
    send.reset();
    setCollege(null);
    setDefaultLanguage(readerLanguage);
    setText('');
    setSent([]);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened]);

  const collegeId = chosenCollege ?? (colleges.options.length === 1 ? colleges.options[0]!.value : null);
  const rows = parseClassList(text, defaultLanguage);
  const serverFields = send.error instanceof ApiError ? send.error.body.error.fields : undefined;
  const rowMessages = rowMessagesOf(serverFields);
  const otherError = send.error && rowMessages.size === 0;
  const tooMany = rows.length > MAX_BULK_INVITATIONS;
  const ready = collegeId !== null && rows.length > 0 && !tooMany && rows.every((r) => r.problem === null);

  const submit = () => {
    if (!ready) return;
    setSent(rows);
    send.mutate(
      { organizationId: collegeId, rows: rows.map(({ name, email, language }) => ({ name, email, language })) },
      { onSuccess: (result) => { onInvited(result.items.length); onClose(); } },
    );
  };

  return (
    <Modal opened={opened} onClose={onClose} closeButtonProps={{ 'aria-label': t('common:actions.close') }} title={t('classList.title')} size="xl" fullScreen={phone}>
      <form onSubmit={(e) => { e.preventDefault(); submit(); }} noValidate>
        <Stack>
          <ApiErrorAlert error={colleges.error} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select label={t('classList.college')} withAsterisk data={colleges.options} value={collegeId} onChange={setCollege} allowDeselect={false} nothingFoundMessage={t('invite.noOrganization')} />
            <LanguageSelect label={t('classList.defaultLanguage')} value={defaultLanguage} onChange={setDefaultLanguage} />
          </SimpleGrid>
          <Textarea
            label={t('classList.list')}
            description={t('classList.format')}
            placeholder={t('classList.example')}
            autosize
            minRows={4}
            maxRows={10}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          />
          {rows.length > 0 && <ClassListPreview rows={rows} sent={sent} serverMessages={rowMessages} />}
          {tooMany && <Text c="red.8" size="sm">{t('classList.tooMany', { max: formatNumber(MAX_BULK_INVITATIONS, readerLanguage) })}</Text>}
          {rowMessages.size > 0 && (
            <Text c="red.8" size="sm" role="alert">
              {t('classList.fixRows')}
            </Text>
          )}
          {otherError && <ApiErrorAlert error={send.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={send.isPending} disabled={!ready}>
              {t('classList.send', { count: rows.length })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
