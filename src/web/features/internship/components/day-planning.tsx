// A day as the operators or the company plan and record it: the day's tasks (saved when
// changed) and attendance (saved when picked) with a note. Text being typed is kept as a draft
// until saved, so a reload after someone else's change does not take it away.
import { Button, Group, Input, SegmentedControl, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InternshipDayView, InternshipPlanView } from '../../../../contracts/internship.ts';
import { ATTENDANCE, type Attendance } from '../../../../domain/internship/internship.ts';
import { useUpdateDay } from '../api/internship.api.ts';
import { WriteError } from './write-error.tsx';

/** A text field's draft: null while untouched (the saved value shows), the typed text once edited. */
export function useDraft(saved: string) {
  const [draft, setDraft] = useState<string | null>(null);
  const value = draft ?? saved;
  return { value, set: setDraft, dirty: draft !== null && draft.trim() !== saved.trim(), reset: () => setDraft(null) };
}

export function DayPlanning({ plan, day }: { plan: InternshipPlanView; day: InternshipDayView }) {
  const { t } = useTranslation('internship');
  const update = useUpdateDay(plan);
  const tasks = useDraft(day.tasks);
  const note = useDraft(day.attendanceNote ?? '');
  const saving = (field: 'tasks' | 'attendance' | 'attendanceNote') => update.isPending && update.variables?.patch[field] !== undefined;
  const save = (patch: Omit<Parameters<typeof update.mutate>[0]['patch'], 'version'>, done?: () => void) => update.mutate({ id: day.id, patch: { version: day.version, ...patch } }, { onSuccess: done });
  const past = day.on <= plan.today;
  return (
    <Stack gap="xs">
      <WriteError error={update.error} />
      <Textarea label={t('day.tasks')} placeholder={t('day.tasksPlaceholder')} value={tasks.value} onChange={(e) => tasks.set(e.currentTarget.value)} autosize minRows={1} maxRows={8} maxLength={4000} />
      {tasks.dirty && <SaveRow onCancel={tasks.reset} onSave={() => save({ tasks: tasks.value.trim() }, tasks.reset)} pending={saving('tasks')} />}
      <Stack gap={4}>
        <Input.Label labelElement="div" id={`ip-att-${day.id}`}>{t('day.attendance')}</Input.Label>
        {past ? (
          <SegmentedControl
            aria-labelledby={`ip-att-${day.id}`}
            data={ATTENDANCE.map((a) => ({ value: a, label: t(`attendance.${a}`) }))}
            value={day.attendance ?? ''}
            onChange={(value) => save({ attendance: value as Attendance })}
            disabled={saving('attendance')}
            size="xs"
            className="ip-attendance"
          />
        ) : (
          <Text size="xs" c="dimmed">{t('day.attendanceLater')}</Text>
        )}
      </Stack>
      {past && (day.attendance || note.value) && (
        <>
          <TextInput size="xs" label={t('day.attendanceNote')} placeholder={t('day.attendanceNotePlaceholder')} value={note.value} onChange={(e) => note.set(e.currentTarget.value)} maxLength={1000} />
          {note.dirty && <SaveRow onCancel={note.reset} onSave={() => save({ attendanceNote: note.value.trim() || null }, note.reset)} pending={saving('attendanceNote')} />}
        </>
      )}
    </Stack>
  );
}

export function SaveRow({ onCancel, onSave, pending, label }: { onCancel: () => void; onSave: () => void; pending: boolean; label?: string }) {
  const { t } = useTranslation('internship');
  return (
    <Group justify="flex-end" gap="xs">
      <Button size="xs" variant="default" onClick={onCancel}>{t('common:actions.cancel')}</Button>
      <Button size="xs" onClick={onSave} loading={pending}>{label ?? t('common:actions.save')}</Button>
    </Group>
  );
}
