// An intern's arrival checklist as a table: the task, who owns it, when it is due, done or not,
// and a note. Overdue tasks are red for the operators; the student ticks only their own tasks.
import { Badge, Checkbox, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskView } from '../../../../contracts/housing.ts';
import { TableScroll } from '../../../components/ui/table-scroll.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDate } from '../../../lib/format.ts';
import { useUpdateTask } from '../api/arrivals.api.ts';

type Props = {
  programId: string;
  label: string;
  tasks: TaskView[];
  /** Operators: every task, its due date and note; a student: only the done tick of their own. */
  mayTick: (task: TaskView) => boolean;
  editsDetails: boolean;
  highlightOverdue: boolean;
};

export function useTaskTitle() {
  const { t } = useTranslation('housing');
  const { localized } = useLanguage();
  return (task: TaskView) => (task.kind ? t(`task.${task.kind}`, { defaultValue: localized(task.title) }) : localized(task.title));
}

export function TaskTable({ programId, label, tasks, mayTick, editsDetails, highlightOverdue }: Props) {
  const { t } = useTranslation('housing');
  const { language } = useLanguage();
  const update = useUpdateTask(programId);
  const title = useTaskTitle();
  const sorted = [...tasks].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  return (
    <TableScroll label={label} minWidth={editsDetails ? 760 : 480}>
      <Table verticalSpacing={4} aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={48}>{t('arrival.done')}</Table.Th>
            <Table.Th>{t('arrival.task')}</Table.Th>
            <Table.Th>{t('arrival.owner')}</Table.Th>
            <Table.Th>{t('arrival.due')}</Table.Th>
            {(editsDetails || tasks.some((task) => task.note)) && <Table.Th>{t('arrival.note')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((task) => {
            const overdue = highlightOverdue && task.overdue;
            return (
              <Table.Tr key={task.id} className={overdue ? 'hc-overdue' : undefined} data-testid="arrival-task">
                <Table.Td>
                  <Checkbox aria-label={t('arrival.doneOf', { task: title(task) })} checked={task.done} disabled={!mayTick(task) || update.isPending} onChange={(e) => update.mutate({ id: task.id, patch: { version: task.version, done: e.currentTarget.checked } })} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" td={task.done ? 'line-through' : undefined} c={task.done ? 'dimmed' : undefined}>{title(task)}</Text>
                  {overdue && <Badge color="red.9" size="xs" variant="filled" tt="none">{t('arrival.overdue')}</Badge>}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{t(`owner.${task.owner}`)}</Text>
                </Table.Td>
                <Table.Td>
                  {editsDetails ? (
                    <TextInput type="date" size="xs" aria-label={t('arrival.dueOf', { task: title(task) })} defaultValue={task.dueOn} key={`${task.id}-${task.version}`} onBlur={(e) => e.currentTarget.value && e.currentTarget.value !== task.dueOn && update.mutate({ id: task.id, patch: { version: task.version, dueOn: e.currentTarget.value } })} w={150} />
                  ) : (
                    <Text size="sm" c={overdue ? 'red.9' : undefined} fw={overdue ? 600 : undefined}>{formatDate(task.dueOn, language)}</Text>
                  )}
                </Table.Td>
                {editsDetails ? (
                  <Table.Td>
                    <NoteInput key={`${task.id}-${task.version}`} task={task} label={t('arrival.noteOf', { task: title(task) })} onSave={(note) => update.mutate({ id: task.id, patch: { version: task.version, note } })} />
                  </Table.Td>
                ) : (
                  tasks.some((x) => x.note) && <Table.Td><Text size="sm">{task.note}</Text></Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

function NoteInput({ task, label, onSave }: { task: TaskView; label: string; onSave: (note: string | null) => void }) {
  const [value, setValue] = useState(task.note ?? '');
  const save = () => {
    const note = value.trim() || null;
    if (note !== (task.note ?? null)) onSave(note);
  };
  return <TextInput size="xs" aria-label={label} value={value} maxLength={1000} onChange={(e) => setValue(e.currentTarget.value)} onBlur={save} onKeyDown={(e) => e.key === 'Enter' && save()} />;
}
