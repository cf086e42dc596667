// Creating or editing an interview fair: its title in three languages, the venue, the slot
// length, its days (date, start, end and an optional break) and the caps on interviews.
import { ActionIcon, Button, Group, Modal, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FairView } from '../../../../contracts/fairs.ts';
import type { LocalizedText } from '../../../../domain/shared/localized-text.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { fieldErrorsOf, numberOrNull } from '../../../components/ui/form-errors.ts';
import { LocalizedTextInputs } from '../../../components/ui/localized-text-inputs.tsx';
import { useCreateFair, useUpdateFair } from '../api/fairs.api.ts';

type DayDraft = { date: string; start: string; end: string; breakStart: string; breakEnd: string };
type Props = { programId: string; fair: FairView | null; opened: boolean; onClose: () => void; onSaved?: (fair: FairView) => void };

const EMPTY_DAY: DayDraft = { date: '', start: '09:00', end: '17:00', breakStart: '12:00', breakEnd: '13:00' };

export function FairFormModal({ programId, fair, opened, onClose, onSaved }: Props) {
  const { t } = useTranslation('fairs');
  const create = useCreateFair(programId);
  const update = useUpdateFair(fair?.id ?? '');
  const save = fair ? update : create;
  const [title, setTitle] = useState<LocalizedText>({});
  const [venue, setVenue] = useState('');
  const [slotMinutes, setSlotMinutes] = useState<string | number>(20);
  const [perStudent, setPerStudent] = useState<string | number>('');
  const [perCompany, setPerCompany] = useState<string | number>('');
  const [days, setDays] = useState<DayDraft[]>([EMPTY_DAY]);

  useEffect(() => {
    if (!opened) return;
    save.reset();
    setTitle(fair?.title ?? {});
    setVenue(fair?.venue ?? 'MOJC');
    setSlotMinutes(fair?.slotMinutes ?? 20);
    setPerStudent(fair?.maxInterviewsPerStudent ?? '');
    setPerCompany(fair?.maxInterviewsPerCompany ?? '');
    setDays(fair ? fair.days.map((d) => ({ date: d.date, start: d.start, end: d.end, breakStart: d.breaks[0]?.start ?? '', breakEnd: d.breaks[0]?.end ?? '' })) : [EMPTY_DAY]);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, fair]);

  const errors = fieldErrorsOf(save.error);
  const setDay = (i: number, change: Partial<DayDraft>) => setDays(days.map((d, k) => (k === i ? { ...d, ...change } : d)));
  const submit = () => {
    const fields = {
      title,
      venue: venue.trim() || null,
      timeZone: fair?.timeZone ?? 'Asia/Ulaanbaatar',
      slotMinutes: numberOrNull(slotMinutes) ?? 0,
      maxInterviewsPerStudent: numberOrNull(perStudent),
      maxInterviewsPerCompany: numberOrNull(perCompany),
      days: days.map((d) => ({ date: d.date, start: d.start, end: d.end, breaks: d.breakStart && d.breakEnd ? [{ start: d.breakStart, end: d.breakEnd }] : [] })),
    };
    const done = (saved: FairView) => {
      onSaved?.(saved);
      onClose();
    };
    if (fair) update.mutate({ version: fair.version, ...fields }, { onSuccess: done });
    else create.mutate(fields, { onSuccess: done });
  };

  return (
    <Modal opened={opened} onClose={onClose} closeButtonProps={{ 'aria-label': t('common:actions.close') }} title={fair ? t('form.editTitle') : t('form.addTitle')} size="xl">
      <form onSubmit={(e) => { e.preventDefault(); submit(); }} noValidate>
        <Stack>
          {save.error && Object.keys(errors).length === 0 && <ApiErrorAlert error={save.error} />}
          <LocalizedTextInputs name="title" label={t('form.title')} value={title} onChange={setTitle} error={errors.title} required />
          <Group grow align="flex-start">
            <TextInput label={t('form.venue')} value={venue} onChange={(e) => setVenue(e.currentTarget.value)} error={errors.venue} />
            <NumberInput label={t('form.slotMinutes')} min={5} max={240} step={5} value={slotMinutes} onChange={setSlotMinutes} error={errors.slotMinutes} withAsterisk />
          </Group>
          <Group grow align="flex-start">
            <NumberInput label={t('form.perStudent')} description={t('form.capHint')} min={1} max={100} value={perStudent} onChange={setPerStudent} error={errors.maxInterviewsPerStudent} />
            <NumberInput label={t('form.perCompany')} description={t('form.capHint')} min={1} max={100} value={perCompany} onChange={setPerCompany} error={errors.maxInterviewsPerCompany} />
          </Group>
          <Text fw={600}>{t('form.days')}</Text>
          {days.map((day, i) => (
            <Group key={i} align="flex-end" gap="xs" wrap="wrap" role="group" aria-label={t('form.dayN', { n: i + 1 })}>
              <TextInput type="date" label={t('form.date')} value={day.date} onChange={(e) => setDay(i, { date: e.currentTarget.value })} error={errors[`days.${i}.date`]} withAsterisk />
              <TextInput type="time" label={t('form.start')} value={day.start} onChange={(e) => setDay(i, { start: e.currentTarget.value })} error={errors[`days.${i}.start`]} w={120} />
              <TextInput type="time" label={t('form.end')} value={day.end} onChange={(e) => setDay(i, { end: e.currentTarget.value })} error={errors[`days.${i}.end`]} w={120} />
              <TextInput type="time" label={t('form.breakStart')} value={day.breakStart} onChange={(e) => setDay(i, { breakStart: e.currentTarget.value })} error={errors[`days.${i}.breaks.0`]} w={120} />
              <TextInput type="time" label={t('form.breakEnd')} value={day.breakEnd} onChange={(e) => setDay(i, { breakEnd: e.currentTarget.value })} w={120} />
              {days.length > 1 && (
                <ActionIcon variant="subtle" color="red" aria-label={t('form.removeDay', { n: i + 1 })} onClick={() => setDays(days.filter((_, k) => k !== i))} mb={4}>
                  <IconTrash size={18} />
                </ActionIcon>
              )}
            </Group>
          ))}
          {errors.days && <Text c="red.8" size="sm">{errors.days}</Text>}
          <Button variant="light" onClick={() => setDays([...days, { ...(days.at(-1) ?? EMPTY_DAY), date: '' }])} w="fit-content">
            {t('form.addDay')}
          </Button>
          <FormActions onCancel={onClose} pending={save.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
