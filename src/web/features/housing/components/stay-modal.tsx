// One stay opened from the calendar (the keyboard way to move it): who, which company, the unit
// and the dates, changed with a select and two date inputs; a move by hand pins the stay. The
// same dialog places an intern the allocation left out. A refusal names the rule it breaks.
import { Badge, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HousingBoard, InternHousingView, StayView } from '../../../../contracts/housing.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { fieldErrorsOf } from '../../../components/ui/form-errors.ts';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { studentName } from '../../../lib/student-name.ts';
import { useCreateStay, useDeleteStay, useMoveStay } from '../api/housing.api.ts';

/** `onSaved`: a move, placement or removal went through (the calendar clears an earlier refusal). */
type Props = { programId: string; board: HousingBoard; onClose: () => void; onSaved?: () => void } & ({ stay: StayView; intern?: undefined } | { stay?: undefined; intern: InternHousingView });

export function StayModal({ programId, board, onClose, onSaved, stay, intern }: Props) {
  const { t } = useTranslation('housing');
  const { language, localized } = useLanguage();
  const move = useMoveStay(programId);
  const create = useCreateStay(programId);
  const remove = useDeleteStay(programId);
  const [removing, setRemoving] = useState(false);
  const [unitId, setUnitId] = useState<string | null>(stay?.unitId ?? null);
  const [checkIn, setCheckIn] = useState(stay?.checkIn ?? board.season?.checkIn ?? '');
  const [checkOut, setCheckOut] = useState(stay?.checkOut ?? board.season?.checkOut ?? '');
  const names = studentName(stay?.occupant ?? intern!.student, language);
  const companyId = stay?.companyId ?? intern?.companyId ?? null;
  const company = board.companies.find((c) => c.id === companyId);
  const mutation = stay ? move : create;
  const errors = fieldErrorsOf(mutation.error);
  const saved = () => {
    onSaved?.();
    onClose();
  };
  const save = () => {
    if (!unitId) return;
    if (stay) {
      const patch = { version: stay.version, ...(unitId !== stay.unitId ? { unitId } : {}), ...(checkIn !== stay.checkIn ? { checkIn } : {}), ...(checkOut !== stay.checkOut ? { checkOut } : {}) };
      if (Object.keys(patch).length === 1) return onClose();
      move.mutate({ id: stay.id, patch }, { onSuccess: saved });
    } else {
      create.mutate({ applicationId: intern!.applicationId, unitId, checkIn, checkOut, kind: 'internship' }, { onSuccess: saved });
    }
  };
  const unitOptions = board.units.filter((u) => !u.archived || u.id === stay?.unitId).map((u) => ({ value: u.id, label: `${u.name} · ${t('calendar.layoutBeds', { layout: u.layout, count: u.capacity })}` }));
  return (
    <Modal opened onClose={onClose} size="lg" closeButtonProps={{ 'aria-label': t('common:actions.close') }} title={stay ? t('stay.moveTitle', { name: names.primary }) : t('stay.placeTitle', { name: names.primary })}>
      <form onSubmit={(e) => { e.preventDefault(); save(); }} noValidate>
        <Stack>
          {names.secondary && <Text size="sm" c="dimmed">{names.secondary}</Text>}
          <Group gap="xs">
            {company && <Badge variant="light" tt="none">{localized(company.name)}</Badge>}
            {stay?.pinned && <Badge variant="light" color="orange" tt="none">{t('calendar.pinned')}</Badge>}
          </Group>
          {mutation.error && <ApiErrorAlert error={mutation.error} />}
          <Select label={t('stay.unit')} data={unitOptions} value={unitId} onChange={setUnitId} allowDeselect={false} withAsterisk error={errors.unitId} comboboxProps={{ withinPortal: true }} data-autofocus />
          <Group grow align="flex-start">
            <TextInput type="date" label={t('stay.checkIn')} value={checkIn} onChange={(e) => setCheckIn(e.currentTarget.value)} error={errors.checkIn} withAsterisk />
            <TextInput type="date" label={t('stay.checkOut')} value={checkOut} onChange={(e) => setCheckOut(e.currentTarget.value)} error={errors.checkOut} withAsterisk />
          </Group>
          <Text size="xs" c="dimmed">{t('stay.pinHint')}</Text>
          <Group justify="space-between">
            {stay ? (
              <Button variant="subtle" color="red" c="red.9" onClick={() => setRemoving(true)}>
                {t('stay.remove')}
              </Button>
            ) : (
              <span />
            )}
            <Group gap="xs">
              <Button variant="default" onClick={onClose}>{t('common:actions.cancel')}</Button>
              <Button type="submit" loading={mutation.isPending} disabled={!unitId || !checkIn || !checkOut}>
                {stay ? t('stay.move') : t('stay.place')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
      {stay && (
        <ConfirmDialog
          opened={removing}
          title={t('stay.removeTitle')}
          message={t('stay.removeMessage', { name: names.primary })}
          confirmLabel={t('stay.remove')}
          danger
          pending={remove.isPending}
          error={remove.error}
          onClose={() => setRemoving(false)}
          onConfirm={() => remove.mutate({ id: stay.id, version: stay.version }, { onSuccess: () => { setRemoving(false); saved(); } })}
        />
      )}
    </Modal>
  );
}
