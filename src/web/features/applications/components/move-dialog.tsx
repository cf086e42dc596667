// Moving one or several applications to a status: a reason from the pipeline's list where the
// move takes one, an optional note. Operators move a selection all or nothing (the bulk move):
// if the server refuses any, nobody moves and each refused student is named with the reason. A
// host company's moves go one at a time and those refused are listed.
import { Alert, Button, Group, List, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationView } from '../../../../contracts/applications.ts';
import type { AllowedTransition } from '../../../../domain/pipeline/allowed-transitions.ts';
import { MAX_NOTE_LENGTH, type ReasonCode } from '../../../../domain/pipeline/pipeline-status.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useBulkMove, useMoveApplications } from '../api/applications.api.ts';

type Props = { programId: string; applications: ApplicationView[]; move: AllowedTransition; onClose: (moved: boolean) => void; bulk?: boolean };

export function MoveDialog({ programId, applications, move, onClose, bulk = false }: Props) {
  const { t } = useTranslation('applications');
  const mutation = useMoveApplications(programId);
  const bulkMove = useBulkMove(programId);
  const [reason, setReason] = useState<ReasonCode | null>(null);
  const [note, setNote] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const nameOf = (id: string) => applications.find((a) => a.id === id)?.nameLatin ?? id;
  // A bulk refusal lists each refused student as items.<index> of the request.
  const bulkError = bulkMove.error instanceof ApiError ? bulkMove.error : null;
  const bulkRefused = (bulkError?.body.error.fields ?? []).flatMap((f) => {
    const index = /^items\.(\d+)$/.exec(f.field)?.[1];
    const application = index === undefined ? undefined : applications[Number(index)];
    return application ? [{ id: application.id, message: f.message.replace(/^[^:]*: /, '') }] : [];
  });
  const refused = bulk ? bulkRefused.map((r) => ({ id: r.id, error: r.message })) : (mutation.data?.refused ?? []);
  const confirm = () => {
    if (move.reasons && !reason) return setMissingReason(true);
    if (bulk) {
      return bulkMove.mutate(
        { items: applications.map((a) => ({ id: a.id, version: a.version })), to: move.to, ...(reason ? { reasonCode: reason } : {}), ...(note.trim() ? { note: note.trim() } : {}) },
        { onSuccess: () => onClose(true) },
      );
    }
    mutation.mutate(
      applications.map((a) => ({ id: a.id, version: a.version, to: move.to, ...(reason ? { reasonCode: reason } : {}), ...(note.trim() ? { note: note.trim() } : {}) })),
      { onSuccess: (result) => result.refused.length === 0 && onClose(true) },
    );
  };
  const title = applications.length === 1 ? t('move.titleOne', { name: applications[0]!.nameLatin, status: t(`status.${move.to}`) }) : t('move.titleMany', { count: applications.length, status: t(`status.${move.to}`) });
  return (
    <Modal opened onClose={() => onClose(Boolean(mutation.data?.moved.length))} title={title} closeButtonProps={{ 'aria-label': t('common:actions.close') }} centered>
      <Stack>
        {applications.length > 1 && <Text size="sm">{bulk ? t('move.allOrNothing') : t('move.oneByOne')}</Text>}
        {move.reasons && (
          <Select
            label={t('move.reason')}
            data={move.reasons.map((code) => ({ value: code, label: t(`reasons.${code}`) }))}
            value={reason}
            onChange={(value) => {
              setReason(value as ReasonCode | null);
              setMissingReason(false);
            }}
            error={missingReason ? t('move.reasonRequired') : undefined}
            required
          />
        )}
        <Textarea label={t('move.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={MAX_NOTE_LENGTH} autosize minRows={2} />
        {refused.length > 0 && (
          <Alert color="red" role="alert" title={bulk ? t('move.bulkRefused', { count: refused.length }) : t('move.refused', { count: refused.length })}>
            <List size="sm">
              {refused.map((r) => (
                <List.Item key={r.id}>
                  {nameOf(r.id)}: {typeof r.error === 'string' ? r.error : r.error instanceof ApiError ? r.error.body.error.message : t('common:errors.network')}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        {bulkError && bulkRefused.length === 0 && <ApiErrorAlert error={bulkError} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onClose(Boolean(mutation.data?.moved.length))}>
            {t('common:actions.cancel')}
          </Button>
          <Button loading={mutation.isPending || bulkMove.isPending} onClick={confirm} disabled={refused.length > 0}>
            {t('move.confirm', { status: t(`status.${move.to}`) })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
