// The operators' arrival tab: each intern's checklist (template tasks created for everyone at
// once, extra tasks added by hand), overdue tasks counted and shown in red, and the flight and
// arrival time (Japan time) the airport pickup needs. Each intern is a line that opens.
import { Accordion, Badge, Button, Group, Loader, Modal, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlane } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArrivalView, HousingBoard } from '../../../../contracts/housing.ts';
import { TASK_OWNERS, type TaskOwner } from '../../../../domain/housing/housing.ts';
import type { LocalizedText } from '../../../../domain/shared/localized-text.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { DownloadMenu } from '../../../components/ui/download-menu.tsx';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { fieldErrorsOf } from '../../../components/ui/form-errors.ts';
import { LocalizedTextInputs } from '../../../components/ui/localized-text-inputs.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDate, formatDateTime, formatNumber } from '../../../lib/format.ts';
import { studentName } from '../../../lib/student-name.ts';
import { useAddTask, useArrivals, useCreateChecklists, useUpdateArrival } from '../api/arrivals.api.ts';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { TaskTable } from './task-table.tsx';

const JAPAN = 'Asia/Tokyo';

/** An ISO moment as the value of a datetime-local input in Japan time (arrivals are at Japanese airports). */
export function toJapanInput(iso: string | null): string {
  if (!iso) return '';
  const part = Object.fromEntries(new Intl.DateTimeFormat('en-CA', { timeZone: JAPAN, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day}T${part.hour}:${part.minute}`;
}

export function ArrivalTab({ programId, board }: { programId: string; board: HousingBoard }) {
  const { t } = useTranslation('housing');
  const { language } = useLanguage();
  const arrivals = useArrivals(programId);
  const create = useCreateChecklists(programId);
  if (arrivals.error) return <ApiErrorAlert error={arrivals.error} />;
  if (arrivals.isPending) return <Loader aria-label={t('common:loading')} />;
  const items = arrivals.data?.items ?? [];
  const overdue = items.reduce((n, a) => n + a.overdue, 0);
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Title order={3}>{t('arrival.title')}</Title>
          {arrivals.data && <Text size="sm" c="dimmed">{t('arrival.today', { date: formatDate(arrivals.data.today, language) })}</Text>}
          {overdue > 0 && <Text size="sm" c="red.9" fw={600}>{t('arrival.overdueTotal', { count: overdue, n: formatNumber(overdue, language) })}</Text>}
        </Stack>
        <Stack gap={2} align="flex-end">
          <Group gap="xs">
            {items.length > 0 && <DownloadMenu listPath={`/api/programs/${programId}/arrivals`} listName={t('arrival.title')} />}
            <Button onClick={() => create.mutate(undefined)} loading={create.isPending} disabled={board.interns.length === 0}>{t('arrival.createChecklists')}</Button>
          </Group>
          <Text size="xs" c="dimmed" maw={320} ta="right">{t('arrival.createHint')}</Text>
        </Stack>
      </Group>
      <ApiErrorAlert error={create.error} />
      {items.length === 0 && <Text c="dimmed">{t('arrival.empty')}</Text>}
      <Accordion multiple variant="separated" chevronPosition="left">
        {items.map((arrival) => <ArrivalItem key={arrival.applicationId} programId={programId} arrival={arrival} board={board} />)}
      </Accordion>
    </Stack>
  );
}

/** One intern: a summary line (tasks done, overdue) that opens onto the flight, the arrival and the checklist. */
function ArrivalItem({ programId, arrival, board }: { programId: string; arrival: ArrivalView; board: HousingBoard }) {
  const { t } = useTranslation('housing');
  const { language, localized } = useLanguage();
  const update = useUpdateArrival(programId);
  const [flight, setFlight] = useState(arrival.flightNumber ?? '');
  const [arrivesAt, setArrivesAt] = useState(toJapanInput(arrival.arrivesAt));
  const [adding, setAdding] = useState(false);
  const names = studentName(arrival.student, language);
  const company = board.companies.find((c) => c.id === arrival.companyId);
  const done = arrival.tasks.filter((task) => task.done).length;
  const errors = fieldErrorsOf(update.error);
  const save = () => update.mutate({ applicationId: arrival.applicationId, patch: { version: arrival.version, flightNumber: flight.trim() || null, arrivesAt: arrivesAt ? `${arrivesAt}:00+09:00` : null } });
  return (
    <Accordion.Item value={arrival.applicationId} data-testid="arrival-card">
      <Accordion.Control>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Stack gap={0}>
            <Text fw={600}>{names.primary}</Text>
            <Text size="xs" c="dimmed">{[names.secondary, localized(company?.name)].filter(Boolean).join(' · ')}</Text>
          </Stack>
          <Group gap="xs">
            {arrival.arrivesAt && <Text size="xs" c="dimmed">{t('arrival.arrivesLine', { at: formatDateTime(arrival.arrivesAt, language, JAPAN) })}</Text>}
            <Text size="sm">{t('arrival.progress', { done: formatNumber(done, language), total: formatNumber(arrival.tasks.length, language) })}</Text>
            {arrival.overdue > 0 ? <Badge color="red.9" variant="filled" tt="none">{t('arrival.overdueCount', { count: arrival.overdue, n: formatNumber(arrival.overdue, language) })}</Badge> : arrival.tasks.length > 0 && <StatusBadge color="teal">{t('arrival.onTrack')}</StatusBadge>}
          </Group>
        </Group>
      </Accordion.Control>
      <Accordion.Panel>
        <Stack gap="sm">
          <Group align="flex-end" gap="sm">
            <TextInput label={t('arrival.flight')} placeholder="OM501" leftSection={<IconPlane size={16} aria-hidden />} value={flight} maxLength={20} onChange={(e) => setFlight(e.currentTarget.value)} error={errors.flightNumber} w={170} />
            <TextInput type="datetime-local" label={t('arrival.arrivesAt')} value={arrivesAt} onChange={(e) => setArrivesAt(e.currentTarget.value)} error={errors.arrivesAt} w={230} />
            <Button variant="light" onClick={save} loading={update.isPending}>{t('common:actions.save')}</Button>
            <Button variant="subtle" ml="auto" onClick={() => setAdding(true)}>{t('arrival.addTask')}</Button>
          </Group>
          {update.error && Object.keys(errors).length === 0 && <ApiErrorAlert error={update.error} />}
          {arrival.tasks.length === 0 ? <Text size="sm" c="dimmed">{t('arrival.noTasks')}</Text> : <TaskTable programId={programId} label={t('arrival.checklistOf', { name: names.primary })} tasks={arrival.tasks} mayTick={() => true} editsDetails highlightOverdue />}
        </Stack>
        {adding && <AddTaskModal programId={programId} applicationId={arrival.applicationId} name={names.primary} onClose={() => setAdding(false)} />}
      </Accordion.Panel>
    </Accordion.Item>
  );
}

function AddTaskModal({ programId, applicationId, name, onClose }: { programId: string; applicationId: string; name: string; onClose: () => void }) {
  const { t } = useTranslation('housing');
  const add = useAddTask(programId);
  const [title, setTitle] = useState<LocalizedText>({});
  const [owner, setOwner] = useState<TaskOwner>('operator');
  const [dueOn, setDueOn] = useState('');
  const errors = fieldErrorsOf(add.error);
  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': t('common:actions.close') }} title={t('arrival.addTaskFor', { name })} size="lg">
      <form onSubmit={(e) => { e.preventDefault(); add.mutate({ applicationId, input: { title, owner, dueOn } }, { onSuccess: onClose }); }} noValidate>
        <Stack>
          {add.error && Object.keys(errors).length === 0 && <ApiErrorAlert error={add.error} />}
          <LocalizedTextInputs name="title" label={t('arrival.task')} value={title} onChange={setTitle} required error={errors.title} />
          <Group grow align="flex-start">
            <Select label={t('arrival.owner')} data={TASK_OWNERS.map((o) => ({ value: o, label: t(`owner.${o}`) }))} value={owner} onChange={(v) => v && setOwner(v as TaskOwner)} allowDeselect={false} error={errors.owner} comboboxProps={{ withinPortal: true }} />
            <TextInput type="date" label={t('arrival.due')} withAsterisk value={dueOn} onChange={(e) => setDueOn(e.currentTarget.value)} error={errors.dueOn} />
          </Group>
          <FormActions onCancel={onClose} pending={add.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
