import { Button, Group, Modal, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourseView, SessionView } from '../../../../contracts/lectures.ts';
import { DEFAULT_SESSION_MINUTES, DEFAULT_TIME_ZONE } from '../../../../domain/lectures/lectures.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { fieldErrorsOf, numberOrNull } from '../../../components/ui/form-errors.ts';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { useDeleteSession, useSaveSession } from '../api/lectures.api.ts';

type Props = { programId: string; course: CourseView; session: SessionView | null; opened: boolean; onClose: () => void };

/** A new session starts from the course's last one: same venue, room and instructor, 90 minutes. */
export function SessionFormModal({ programId, course, session, opened, onClose }: Props) {
  const { t } = useTranslation('lectures');
  const { localized } = useLanguage();
  const save = useSaveSession(programId);
  const remove = useDeleteSession(programId);
  const [confirming, setConfirming] = useState(false);
  const [date, setDate] = useState('');
  const [startTime, setStartTime] = useState('');
  const [duration, setDuration] = useState<number | string>(DEFAULT_SESSION_MINUTES);
  const [venue, setVenue] = useState('');
  const [room, setRoom] = useState('');
  const [instructor, setInstructor] = useState('');
  const [moduleId, setModuleId] = useState<string | null>(null);

  useEffect(() => {
    if (!opened) return;
    save.reset();
    const from = session ?? course.sessions.at(-1) ?? null;
    setDate(session?.date ?? from?.date ?? '');
    setStartTime(session?.startTime ?? '');
    setDuration(from?.durationMinutes ?? DEFAULT_SESSION_MINUTES);
    setVenue(from?.venue ?? '');
    setRoom(from?.room ?? '');
    setInstructor(from?.instructorName ?? '');
    setModuleId(session?.moduleId ?? null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, session, course]);

  const errors = fieldErrorsOf(save.error);
  const submit = () => {
    const fields = { date, startTime, durationMinutes: numberOrNull(duration) ?? 0, venue: venue || null, room: room || null, instructorName: instructor || null, moduleId };
    save.mutate(
      session ? { courseId: course.id, sessionId: session.id, input: { version: session.version, ...fields } } : { courseId: course.id, input: { ...fields, timeZone: DEFAULT_TIME_ZONE } },
      { onSuccess: onClose },
    );
  };

  return (
    <Modal opened={opened} onClose={onClose} closeButtonProps={{ 'aria-label': t('common:actions.close') }} title={session ? t('session.editTitle') : t('session.addTitle', { course: localized(course.title) })} size="lg">
      <form onSubmit={(e) => { e.preventDefault(); submit(); }} noValidate>
        <Stack>
          {save.error && Object.keys(errors).length === 0 && <ApiErrorAlert error={save.error} />}
          <Group grow align="flex-start">
            <TextInput type="date" label={t('session.date')} withAsterisk value={date} onChange={(e) => setDate(e.currentTarget.value)} error={errors.date} />
            <TextInput type="time" label={t('session.startTime')} description={t('session.localTime')} withAsterisk value={startTime} onChange={(e) => setStartTime(e.currentTarget.value)} error={errors.startTime} />
          </Group>
          <NumberInput label={t('session.duration')} min={1} max={600} value={duration} onChange={setDuration} error={errors.durationMinutes} />
          <Group grow align="flex-start">
            <TextInput label={t('session.venue')} placeholder="MOJC" value={venue} onChange={(e) => setVenue(e.currentTarget.value)} error={errors.venue} />
            <TextInput label={t('session.room')} value={room} onChange={(e) => setRoom(e.currentTarget.value)} error={errors.room} />
          </Group>
          <TextInput label={t('session.instructor')} value={instructor} onChange={(e) => setInstructor(e.currentTarget.value)} error={errors.instructorName} />
          {course.modules.length > 0 && (
            <Select label={t('session.module')} data={course.modules.map((m) => ({ value: m.id, label: localized(m.title) }))} value={moduleId} onChange={setModuleId} clearable error={errors.moduleId} />
          )}
          <FormActions onCancel={onClose} pending={save.isPending} />
          {session && (
            <Button variant="subtle" color="red.9" onClick={() => setConfirming(true)} style={{ alignSelf: 'flex-start' }}>
              {t('session.delete')}
            </Button>
          )}
        </Stack>
      </form>
      {session && (
        <ConfirmDialog
          opened={confirming}
          title={t('session.deleteTitle')}
          message={t('session.deleteMessage', { count: session.attendedCount })}
          confirmLabel={t('session.delete')}
          danger
          pending={remove.isPending}
          error={remove.error}
          onConfirm={() => remove.mutate({ sessionId: session.id, version: session.version }, { onSuccess: () => { setConfirming(false); onClose(); } })}
          onClose={() => setConfirming(false)}
        />
      )}
    </Modal>
  );
}
