// The operator drafts or edits the call: the deadline (a date and a time in their own time
// zone), the intern cap per company (the program's unless set), the call's own questions and
// the rubric of weighted criteria, each text in Japanese, Mongolian and English. The server's
// field errors show under their fields.
import { ActionIcon, Button, Card, Group, Modal, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostCallView } from '../../../../contracts/host-calls.ts';
import { MAX_CRITERIA, MAX_QUESTIONS } from '../../../../domain/host-calls/host-call.ts';
import type { LocalizedText } from '../../../../domain/shared/localized-text.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { fieldErrorsOf, numberOrNull } from '../../../components/ui/form-errors.ts';
import { LocalizedTextInputs } from '../../../components/ui/localized-text-inputs.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { useCreateHostCall, useUpdateHostCall } from '../api/host-calls.api.ts';
import { browserTimeZone, fromLocalInput, toLocalInput } from './deadline.ts';

type Question = { id: string; text: LocalizedText };
type Criterion = { id: string; label: LocalizedText; weight: number | string };

/**
 * A fresh id for a new question or criterion, never one used before (a removed question's id
 * reused would hand its stored answers to the new question): a prefix and the time in base 36.
 */
const nextId = (prefix: string, items: { id: string }[]) => {
  let n = Date.now();
  while (items.some((i) => i.id === `${prefix}-${n.toString(36)}`)) n += 1;
  return `${prefix}-${n.toString(36)}`;
};

/** The first message at `path` or under it (a localized text's error may name one language). */
const errorAt = (errors: Record<string, string>, path: string) => errors[path] ?? Object.entries(errors).find(([f]) => f.startsWith(`${path}.`))?.[1];

type Props = { opened: boolean; onClose: () => void; programId: string; programCap: number | null; call: HostCallView | null };

export function CallFormModal(props: Props) {
  const { t } = useTranslation('hostCalls');
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.call ? t('form.editTitle') : t('form.createTitle')} size="xl" closeButtonProps={{ 'aria-label': t('common:actions.close') }}>
      {props.opened && <CallForm {...props} />}
    </Modal>
  );
}

function CallForm({ onClose, programId, programCap, call }: Props) {
  const { t } = useTranslation('hostCalls');
  const { language } = useLanguage();
  const create = useCreateHostCall(programId);
  const update = useUpdateHostCall(call?.id ?? '');
  const mutation = call ? update : create;
  const [deadline, setDeadline] = useState(call ? toLocalInput(call.deadline) : '');
  // A new call starts from the program's cap, shown so the operator sees what applies; empty means no cap.
  const [cap, setCap] = useState<number | string>((call ? call.internCapPerCompany : programCap) ?? '');
  const [questions, setQuestions] = useState<Question[]>(call?.questions ?? []);
  const [rubric, setRubric] = useState<Criterion[]>(call?.rubric ?? []);
  const [deadlineMissing, setDeadlineMissing] = useState(false);
  // The version the editor started from: a refetch in the background must not hide someone else's change.
  const [version] = useState(call?.version ?? 0);
  const errors = fieldErrorsOf(mutation.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const at = fromLocalInput(deadline);
    if (!at) return setDeadlineMissing(true);
    setDeadlineMissing(false);
    const body = {
      deadline: at,
      internCapPerCompany: numberOrNull(cap),
      questions,
      rubric: rubric.map((c) => ({ ...c, weight: numberOrNull(c.weight) ?? 0 })),
    };
    if (call) update.mutate({ version, ...body }, { onSuccess: onClose });
    else create.mutate({ ...body, status: 'draft' }, { onSuccess: onClose });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            type="datetime-local"
            label={t('fields.deadline')}
            description={t('form.deadlineHelp', { zone: browserTimeZone() })}
            value={deadline}
            onChange={(e) => setDeadline(e.currentTarget.value)}
            error={deadlineMissing ? t('form.deadlineRequired') : errors.deadline}
            required
            miw={240}
          />
          <NumberInput
            label={t('fields.internCap')}
            description={programCap === null ? t('form.capHelpNone') : t('form.capHelp', { count: programCap })}
            value={cap}
            onChange={setCap}
            min={0}
            max={100}
            allowDecimal={false}
            error={errors.internCapPerCompany}
            miw={200}
          />
        </Group>

        <Card withBorder>
          <Stack>
            <Group justify="space-between">
              <Title order={4}>{t('fields.questions')}</Title>
              <Button variant="light" size="xs" disabled={questions.length >= MAX_QUESTIONS} onClick={() => setQuestions([...questions, { id: nextId('q', questions), text: {} }])}>
                {t('form.addQuestion')}
              </Button>
            </Group>
            {questions.length === 0 && <Text size="sm" c="dimmed">{t('form.noQuestions')}</Text>}
            {questions.map((q, i) => (
              <Group key={q.id} align="flex-end" wrap="nowrap" gap="xs" data-testid="question-row">
                <div style={{ flex: 1 }}>
                  <LocalizedTextInputs
                    name={`questions.${i}`}
                    label={t('form.question', { n: i + 1 })}
                    value={q.text}
                    onChange={(text) => setQuestions(questions.map((x) => (x.id === q.id ? { ...x, text } : x)))}
                    error={errorAt(errors, `questions.${i}`)}
                    required
                  />
                </div>
                <ActionIcon variant="subtle" color="red" size="lg" aria-label={t('form.removeQuestion', { n: i + 1 })} onClick={() => setQuestions(questions.filter((x) => x.id !== q.id))}>
                  <IconTrash size={18} />
                </ActionIcon>
              </Group>
            ))}
          </Stack>
        </Card>

        <Card withBorder>
          <Stack>
            <Group justify="space-between">
              <Stack gap={0}>
                <Title order={4}>{t('fields.rubric')}</Title>
                <Text size="xs" c="dimmed">{t('form.rubricHelp')}</Text>
              </Stack>
              <Button variant="light" size="xs" disabled={rubric.length >= MAX_CRITERIA} onClick={() => setRubric([...rubric, { id: nextId('c', rubric), label: {}, weight: 1 }])}>
                {t('form.addCriterion')}
              </Button>
            </Group>
            {rubric.length === 0 && <Text size="sm" c="dimmed">{t('form.noCriteria')}</Text>}
            {rubric.map((c, i) => (
              <Group key={c.id} align="flex-end" wrap="nowrap" gap="xs" data-testid="criterion-row">
                <div style={{ flex: 1 }}>
                  <LocalizedTextInputs
                    name={`rubric.${i}`}
                    label={t('form.criterion', { n: i + 1 })}
                    value={c.label}
                    onChange={(label) => setRubric(rubric.map((x) => (x.id === c.id ? { ...x, label } : x)))}
                    error={errorAt(errors, `rubric.${i}.label`)}
                    required
                  />
                </div>
                <NumberInput
                  label={t('form.weight', { n: i + 1 })}
                  value={c.weight}
                  onChange={(weight) => setRubric(rubric.map((x) => (x.id === c.id ? { ...x, weight } : x)))}
                  min={1}
                  max={100}
                  allowDecimal={false}
                  error={errors[`rubric.${i}.weight`]}
                  w={110}
                  lang={language}
                />
                <ActionIcon variant="subtle" color="red" size="lg" aria-label={t('form.removeCriterion', { n: i + 1 })} onClick={() => setRubric(rubric.filter((x) => x.id !== c.id))}>
                  <IconTrash size={18} />
                </ActionIcon>
              </Group>
            ))}
          </Stack>
        </Card>
        {mutation.error && Object.keys(errors).length === 0 && <ApiErrorAlert error={mutation.error} />}
        <FormActions onCancel={onClose} pending={mutation.isPending} />
      </Stack>
    </form>
  );
}
