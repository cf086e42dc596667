// Setting up the final report meeting (the operators): the day, the start, the place and the
// minutes per talk. Every placed intern is put in the running order by the server.
import { Modal, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportMeetingView } from '../../../../contracts/internship.ts';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { fieldErrorsOf } from '../../../components/ui/form-errors.ts';
import { useSetUpMeeting } from '../api/report-meeting.api.ts';
import { WriteError } from './write-error.tsx';

type Meeting = NonNullable<ReportMeetingView['meeting']>;

export function MeetingFormModal({ programId, meeting, onClose }: { programId: string; meeting: Meeting | null; onClose: () => void }) {
  const { t } = useTranslation('internship');
  const setUp = useSetUpMeeting(programId);
  const [heldOn, setHeldOn] = useState(meeting?.heldOn ?? '');
  const [startsAt, setStartsAt] = useState(meeting?.startsAt ?? '13:30');
  const [place, setPlace] = useState(meeting?.place ?? '');
  const [minutes, setMinutes] = useState<number | string>(meeting?.minutesPerTalk ?? 15);
  const errors = fieldErrorsOf(setUp.error);
  const submit = () =>
    setUp.mutate({ ...(meeting ? { version: meeting.version } : {}), heldOn, startsAt, place: place.trim(), minutesPerTalk: Number(minutes) }, { onSuccess: onClose });
  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': t('common:actions.close') }} title={meeting ? t('meeting.edit') : t('meeting.setUp')} size="lg">
      <form onSubmit={(e) => { e.preventDefault(); submit(); }} noValidate>
        <Stack>
          <WriteError error={setUp.error} />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput type="date" label={t('meeting.heldOn')} withAsterisk value={heldOn} onChange={(e) => setHeldOn(e.currentTarget.value)} error={errors.heldOn} />
            <TextInput type="time" label={t('meeting.startsAt')} withAsterisk value={startsAt} onChange={(e) => setStartsAt(e.currentTarget.value)} error={errors.startsAt} />
          </SimpleGrid>
          <TextInput label={t('meeting.place')} value={place} maxLength={300} onChange={(e) => setPlace(e.currentTarget.value)} error={errors.place} />
          <NumberInput label={t('meeting.minutesPerTalk')} description={t('meeting.minutesHint')} withAsterisk min={1} max={120} allowDecimal={false} value={minutes} onChange={setMinutes} error={errors.minutesPerTalk} w={220} />
          <FormActions onCancel={onClose} pending={setUp.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
