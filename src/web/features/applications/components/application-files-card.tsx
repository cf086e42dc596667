// The student's CV and portfolio on their application page: what each may be (type and size,
// the server checks the content again), the file held now with a download link, upload or
// replace, and delete after a confirmation. Read only once the application is withdrawn.
import { Alert, Anchor, Button, Card, FileButton, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationFileView } from '../../../../contracts/applications.ts';
import { APPLICATION_FILE_KINDS, type ApplicationFileKind } from '../../../../domain/applications/application.ts';
import { MAX_FILE_BYTES } from '../../../../domain/applications/application-file.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDateTime, formatNumber } from '../../../lib/format.ts';
import { fileDownloadUrl, useApplicationFiles, useDeleteFile, useUploadFile } from '../api/applications.api.ts';

const ACCEPT: Record<ApplicationFileKind, string> = { cv: 'application/pdf,.pdf', portfolio: 'application/pdf,.pdf,image/png,.png,image/jpeg,.jpg,.jpeg,application/zip,.zip' };
const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);

export function useFileSize() {
  const { t } = useTranslation('applications');
  const { language } = useLanguage();
  return (bytes: number) => (bytes < 1024 * 1024 ? t('files.sizeKb', { size: formatNumber(Math.max(1, Math.round(bytes / 1024)), language) }) : t('files.sizeMb', { size: formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10, language) }));
}

type Props = { applicationId: string; programId: string; readOnly: boolean };

export function ApplicationFilesCard({ applicationId, programId, readOnly }: Props) {
  const { t } = useTranslation('applications');
  const files = useApplicationFiles(applicationId);
  return (
    <Card withBorder>
      <Stack>
        <Title order={3}>{t('files.title')}</Title>
        <Text size="sm">{readOnly ? t('files.readOnly') : t('files.intro')}</Text>
        {files.error ? <ApiErrorAlert error={files.error} /> : null}
        {APPLICATION_FILE_KINDS.map((kind) => (
          <FileSlot key={kind} kind={kind} file={files.data?.items.find((f) => f.kind === kind) ?? null} applicationId={applicationId} programId={programId} readOnly={readOnly} loading={!files.data} />
        ))}
      </Stack>
    </Card>
  );
}

function FileSlot({ kind, file, applicationId, programId, readOnly, loading }: { kind: ApplicationFileKind; file: ApplicationFileView | null; applicationId: string; programId: string; readOnly: boolean; loading: boolean }) {
  const { t } = useTranslation('applications');
  const { language } = useLanguage();
  const size = useFileSize();
  const upload = useUploadFile(applicationId, programId);
  const remove = useDeleteFile(applicationId, programId);
  const [tooLarge, setTooLarge] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const pick = (picked: File | null) => {
    if (!picked) return;
    upload.reset();
    // The server checks again; this spares a long upload that would be refused.
    if (picked.size > MAX_FILE_BYTES[kind]) return setTooLarge(true);
    setTooLarge(false);
    upload.mutate({ kind, file: picked });
  };
  const label = t(`files.kinds.${kind}`);
  return (
    <Stack gap={6} data-testid={`file-slot-${kind}`} style={{ borderTop: '1px solid var(--mantine-color-gray-3)', paddingTop: 'var(--mantine-spacing-sm)' }}>
      <Text fw={600}>{label}</Text>
      <Text size="xs" c="dimmed">{t(`files.hints.${kind}`, { max: megabytes(MAX_FILE_BYTES[kind]) })}</Text>
      {file ? (
        <Stack gap={2}>
          <Anchor href={fileDownloadUrl(file)} download={file.originalName} style={{ overflowWrap: 'anywhere' }}>
            {file.originalName}
          </Anchor>
          <Text size="xs" c="dimmed">
            {t('files.uploadedAt', { size: size(file.sizeBytes), at: formatDateTime(file.uploadedAt, language) })}
          </Text>
        </Stack>
      ) : (
        !loading && <Text size="sm" c="dimmed">{t('files.none')}</Text>
      )}
      {tooLarge && (
        <Alert color="red" role="alert">
          {t('files.tooLarge', { max: megabytes(MAX_FILE_BYTES[kind]) })}
        </Alert>
      )}
      {upload.error ? <ApiErrorAlert error={upload.error} /> : null}
      {!readOnly && (
        <Group gap="xs">
          <FileButton onChange={pick} accept={ACCEPT[kind]}>
            {(props) => (
              <Button {...props} size="sm" variant={file ? 'default' : 'filled'} loading={upload.isPending} aria-label={file ? t('files.replaceKind', { kind: label }) : t('files.uploadKind', { kind: label })}>
                {file ? t('files.replace') : t('files.upload')}
              </Button>
            )}
          </FileButton>
          {file && (
            <Button size="sm" variant="subtle" color="red" onClick={() => setConfirming(true)} aria-label={t('files.deleteKind', { kind: label })}>
              {t('files.delete')}
            </Button>
          )}
        </Group>
      )}
      {file && (
        <ConfirmDialog
          opened={confirming}
          title={t('files.deleteTitle', { kind: label })}
          message={t('files.deleteMessage', { name: file.originalName })}
          confirmLabel={t('files.delete')}
          danger
          pending={remove.isPending}
          error={remove.error}
          onConfirm={() => remove.mutate(file.id, { onSuccess: () => setConfirming(false) })}
          onClose={() => setConfirming(false)}
        />
      )}
    </Stack>
  );
}
