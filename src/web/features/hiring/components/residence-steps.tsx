// The residence checklist as a dated timeline: each step in the order it happens, who does it,
// the documents it needs, its date and what kind of date that is (a legal deadline, an effort
// duty without penalty, or our planning target), where it stands (done, overdue, due soon,
// waiting for earlier steps, open) and when it was done. The employer and the operators tick any
// step; the employee their own.
import { Badge, Button, Group, List, Modal, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmploymentView } from '../../../../contracts/hiring.ts';
import type { ResidenceStepKind } from '../../../../domain/residence/residence.ts';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDate } from '../../../lib/format.ts';
import { useSetStep } from '../api/employments.api.ts';
import { WriteError } from './write-error.tsx';

type Step = EmploymentView['residence']['steps'][number];
const STATUS_COLOR: Record<Step['status'], string> = { done: 'teal', overdue: 'red', dueSoon: 'orange', blocked: 'gray', open: 'blue' };
const DUE_COLOR: Record<Step['dueKind'], string> = { legal: 'red.9', effort: 'grape.9', planning: 'gray.7' };

export function ResidenceSteps({ employment }: { employment: EmploymentView }) {
  const { t } = useTranslation('hiring');
  const setStep = useSetStep(employment);
  const [ticking, setTicking] = useState<Step | null>(null);
  const mayTick = (step: Step) => employment.viewer !== 'student' || step.owner === 'employee';
  return (
    <Stack gap="sm">
      <Title order={4}>{t('steps.title')}</Title>
      <Text size="sm" c="dimmed">{t('steps.intro')}</Text>
      <WriteError error={setStep.error} />
      <ol className="hb-steps" aria-label={t('steps.title')}>
        {employment.residence.steps.map((step) => (
          <StepItem
            key={step.kind}
            step={step}
            viewer={employment.viewer}
            onTick={mayTick(step) ? () => setTicking(step) : null}
            onUndo={mayTick(step) ? () => setStep.mutate({ kind: step.kind, doneOn: null, note: step.note }) : null}
            pending={setStep.isPending}
          />
        ))}
      </ol>
      {ticking && <DoneModal employment={employment} step={ticking} onClose={() => setTicking(null)} />}
    </Stack>
  );
}

function StepItem({ step, viewer, onTick, onUndo, pending }: { step: Step; viewer: EmploymentView['viewer']; onTick: (() => void) | null; onUndo: (() => void) | null; pending: boolean }) {
  const { t } = useTranslation('hiring');
  const { language } = useLanguage();
  const name = t(`step.${step.kind}`);
  const mine = viewer === 'student' && step.owner === 'employee';
  return (
    <li className="hb-step" data-status={step.status} data-testid="residence-step" data-kind={step.kind} aria-label={name}>
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text fw={600}>{name}</Text>
          <StatusBadge color={STATUS_COLOR[step.status]}>{t(`stepStatus.${step.status}`)}</StatusBadge>
        </Group>
        <Group gap={6} wrap="wrap">
          <Badge variant={mine ? 'filled' : 'outline'} color={mine ? 'indigo' : 'gray.7'} tt="none" size="sm">
            {mine ? t('owner.you') : t('steps.owner', { owner: t(`owner.${step.owner}`) })}
          </Badge>
          {step.status !== 'done' && <DueText step={step} />}
        </Group>
        {step.opensOn && step.status !== 'done' && <Text size="sm">{t('steps.opensOn', { date: formatDate(step.opensOn, language) })}</Text>}
        {step.status !== 'done' && step.blockedBy.length > 0 && (
          <Text size="sm" c="dimmed">{t('steps.blockedBy', { steps: step.blockedBy.map((k) => t(`step.${k}`)).join(t('steps.listSeparator')) })}</Text>
        )}
        {step.status === 'done' && step.doneOn && <Text size="sm" c="teal.9" fw={500}>{t('steps.doneOn', { date: formatDate(step.doneOn, language) })}</Text>}
        {step.note && <Text size="sm" className="hb-text">{step.note}</Text>}
        {step.documents.length > 0 && (
          <details className="hb-documents">
            <summary>{t('steps.documents', { count: step.documents.length })}</summary>
            <List size="sm" spacing={2} mt={4}>
              {step.documents.map((d) => <List.Item key={d}>{t(`document.${d}`)}</List.Item>)}
            </List>
          </details>
        )}
        <Text size="xs" c="dimmed">{t('steps.basis', { basis: t(`basis.${step.basis}`) })}</Text>
        {step.status === 'done' ? (
          onUndo && (
            <Group>
              <Button size="xs" variant="subtle" onClick={onUndo} disabled={pending} aria-label={t('steps.undoOf', { step: name })}>{t('steps.undo')}</Button>
            </Group>
          )
        ) : (
          onTick && (
            <Group>
              <Button size={viewer === 'student' ? 'sm' : 'xs'} variant="light" onClick={onTick} aria-label={t('steps.markDoneOf', { step: name })}>{t('steps.markDone')}</Button>
            </Group>
          )
        )}
      </Stack>
    </li>
  );
}

/** The step's date and, in plain words, what kind of date it is. */
function DueText({ step }: { step: Step }) {
  const { t } = useTranslation('hiring');
  const { language } = useLanguage();
  if (!step.dueOn) return <Text size="sm" c="dimmed">{t('steps.noDueYet')}</Text>;
  return (
    <Text size="sm">
      <Text span fw={600} c={DUE_COLOR[step.dueKind]}>{t(`dueKind.${step.dueKind}.label`)}</Text>
      {` ${formatDate(step.dueOn, language)} `}
      <Text span size="xs" c="dimmed">{t(`dueKind.${step.dueKind}.meaning`)}</Text>
    </Text>
  );
}

function DoneModal({ employment, step, onClose }: { employment: EmploymentView; step: Step; onClose: () => void }) {
  const { t } = useTranslation('hiring');
  const setStep = useSetStep(employment);
  const [doneOn, setDoneOn] = useState(employment.today);
  const [note, setNote] = useState(step.note);
  const submit = () => setStep.mutate({ kind: step.kind as ResidenceStepKind, doneOn, note: note.trim() }, { onSuccess: onClose });
  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': t('common:actions.close') }} title={t('steps.doneTitle', { step: t(`step.${step.kind}`) })} centered>
      <form onSubmit={(e) => { e.preventDefault(); submit(); }} noValidate>
        <Stack>
          <WriteError error={setStep.error} />
          <TextInput type="date" label={t('steps.doneOnLabel')} withAsterisk value={doneOn} max={employment.today} onChange={(e) => setDoneOn(e.currentTarget.value)} data-autofocus />
          <Textarea label={t('steps.note')} description={t('steps.noteHint')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} maxLength={2000} />
          <FormActions onCancel={onClose} pending={setStep.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
