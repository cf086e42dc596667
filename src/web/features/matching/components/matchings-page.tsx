// A program's intern-selection rounds: each with its status and deadline and, for the operators,
// a new round (the first, or a second one from a frozen round's unmatched students and seats).
import { Anchor, Button, Card, Group, Loader, Modal, NumberInput, Select, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { RoundView } from '../../../../contracts/matchings.ts';
import type { LocalizedText } from '../../../../domain/shared/localized-text.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { fieldErrorsOf, numberOrNull } from '../../../components/ui/form-errors.ts';
import { LocalizedTextInputs } from '../../../components/ui/localized-text-inputs.tsx';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { usePermissions } from '../../../lib/session.ts';
import { paths } from '../../../paths.ts';
import { useCreateRound, useProgramForMatching, useRounds } from '../api/matching.api.ts';

export const ROUND_COLOR: Record<RoundView['status'], string> = { collecting: 'blue', reviewed: 'orange', published: 'teal', frozen: 'gray' };

export function MatchingsPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('matching');
  const { language, localized } = useLanguage();
  const navigate = useNavigate();
  const permissions = usePermissions();
  const program = useProgramForMatching(id);
  const rounds = useRounds(id);
  const [creating, setCreating] = useState(false);
  const error = program.error ?? rounds.error;
  if (error) return <ApiErrorAlert error={error} />;
  if (!program.data || !rounds.data) return <Loader aria-label={t('common:loading')} />;
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
      {rounds.data.items.length === 0 && <Text c="dimmed">{t('list.empty')}</Text>}
      {rounds.data.items.map((round) => (
        <Card key={round.id} withBorder component="article" aria-label={localized(round.title)}>
          <Group justify="space-between">
            <Stack gap={2}>
              <Anchor component={Link} to={paths.matching(round.id)} fw={600} size="lg">
                {localized(round.title)}
              </Anchor>
              <Text size="sm" c="dimmed">
                {t('list.deadline', { at: formatDateTime(round.listsDeadline, language) })}
                {round.totalCap !== null && ` · ${t('list.cap', { count: round.totalCap })}`}
              </Text>
            </Stack>
            <StatusBadge color={ROUND_COLOR[round.status]}>{t(`status.${round.status}`)}</StatusBadge>
          </Group>
        </Card>
      ))}
      <RoundFormModal programId={id} rounds={rounds.data.items} opened={creating} onClose={() => setCreating(false)} onSaved={(round) => navigate(paths.matching(round.id))} />
    </Stack>
  );
}

function RoundFormModal({ programId, rounds, opened, onClose, onSaved }: { programId: string; rounds: RoundView[]; opened: boolean; onClose: () => void; onSaved: (round: RoundView) => void }) {
  const { t } = useTranslation('matching');
  const { localized } = useLanguage();
  const create = useCreateRound(programId);
  const [title, setTitle] = useState<LocalizedText>({});
  const [deadline, setDeadline] = useState('');
  const [cap, setCap] = useState<string | number>('');
  const [requireInterviewed, setRequireInterviewed] = useState(true);
  const [previous, setPrevious] = useState<string | null>(null);
  useEffect(() => {
    if (!opened) return;
    create.reset();
    setTitle({});
    setDeadline('');
    setCap('');
    setRequireInterviewed(true);
    setPrevious(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened]);
  const errors = fieldErrorsOf(create.error);
  const frozen = rounds.filter((r) => r.status === 'frozen');
  const submit = () => {
    const at = deadline ? new Date(deadline) : null;
    create.mutate(
      { title, listsDeadline: at && !Number.isNaN(at.getTime()) ? at.toISOString() : '', totalCap: numberOrNull(cap), requireInterviewed, ...(previous ? { previousRoundId: previous } : {}) },
      { onSuccess: (round) => { onSaved(round); onClose(); } },
    );
  };
  return (
    <Modal opened={opened} onClose={onClose} closeButtonProps={{ 'aria-label': t('common:actions.close') }} title={t('form.addTitle')} size="lg">
      <form onSubmit={(e) => { e.preventDefault(); submit(); }} noValidate>
        <Stack>
          {create.error && Object.keys(errors).length === 0 && <ApiErrorAlert error={create.error} />}
          <LocalizedTextInputs name="title" label={t('form.title')} value={title} onChange={setTitle} error={errors.title} required />
          <TextInput type="datetime-local" label={t('form.deadline')} description={t('form.deadlineHint')} value={deadline} onChange={(e) => setDeadline(e.currentTarget.value)} error={errors.listsDeadline} withAsterisk />
          <NumberInput label={t('form.cap')} description={t('form.capHint')} min={0} value={cap} onChange={setCap} error={errors.totalCap} />
          <Switch label={t('form.requireInterviewed')} description={t('form.requireInterviewedHint')} checked={requireInterviewed} onChange={(e) => setRequireInterviewed(e.currentTarget.checked)} />
          {frozen.length > 0 && (
            <Select label={t('form.previous')} description={t('form.previousHint')} clearable data={frozen.map((r) => ({ value: r.id, label: localized(r.title) }))} value={previous} onChange={setPrevious} error={errors.previousRoundId} />
          )}
          <FormActions onCancel={onClose} pending={create.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
