// A unit's form, new or edited, by its housing partner (or the program's operators): name,
// address and postal code, where it is on the map, layout and beds, facilities, the same-gender
// rule, house rules in three languages, and the periods the partner lends it (none: always).
import { ActionIcon, Button, Checkbox, Group, Modal, NumberInput, SimpleGrid, Stack, Switch, Text, TextInput, Textarea } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitInput, UnitView } from '../../../../contracts/housing.ts';
import { MAX_UNIT_CAPACITY, UNIT_FACILITIES, type UnitFacility } from '../../../../domain/housing/housing.ts';
import { LANGUAGES, type LocalizedText } from '../../../../domain/shared/localized-text.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { fieldErrorsOf, numberOrNull } from '../../../components/ui/form-errors.ts';
import { useCreateUnit, useUpdateUnit } from '../api/housing.api.ts';
import { UnitPhotoEditor } from './unit-photos.tsx';

type Props = { organizationId: string; unit: UnitView | null; onClose: () => void };

export function UnitFormModal({ organizationId, unit, onClose }: Props) {
  const { t } = useTranslation('housing');
  const create = useCreateUnit(organizationId);
  const update = useUpdateUnit();
  const mutation = unit ? update : create;
  const [name, setName] = useState(unit?.name ?? '');
  const [address, setAddress] = useState(unit?.address ?? '');
  const [postalCode, setPostalCode] = useState(unit?.postalCode ?? '');
  const [latitude, setLatitude] = useState<string | number>(unit?.location?.latitude ?? '');
  const [longitude, setLongitude] = useState<string | number>(unit?.location?.longitude ?? '');
  const [layout, setLayout] = useState(unit?.layout ?? '1K');
  const [capacity, setCapacity] = useState<string | number>(unit?.capacity ?? 1);
  const [facilities, setFacilities] = useState<string[]>(unit?.facilities ?? []);
  const [sameGenderOnly, setSameGenderOnly] = useState(unit?.sameGenderOnly ?? true);
  const [rules, setRules] = useState<LocalizedText>(unit?.rules ?? {});
  const [periods, setPeriods] = useState(unit?.lendingPeriods ?? []);
  const [halfLocation, setHalfLocation] = useState(false);
  const errors = fieldErrorsOf(mutation.error);
  const submit = () => {
    const lat = numberOrNull(latitude);
    const lon = numberOrNull(longitude);
    // Both or neither: half a point is no place on the map.
    setHalfLocation((lat === null) !== (lon === null));
    if ((lat === null) !== (lon === null)) return;
    const input: UnitInput = {
      name,
      address,
      postalCode: postalCode.trim() || null,
      location: lat === null || lon === null ? null : { latitude: lat, longitude: lon },
      layout,
      capacity: numberOrNull(capacity) ?? 0,
      facilities: facilities as UnitFacility[],
      sameGenderOnly,
      rules,
      lendingPeriods: periods,
    };
    if (unit) update.mutate({ id: unit.id, patch: { ...input, version: unit.version } }, { onSuccess: onClose });
    else create.mutate(input, { onSuccess: onClose });
  };
  const setPeriod = (index: number, key: 'from' | 'to', value: string) => setPeriods(periods.map((p, i) => (i === index ? { ...p, [key]: value } : p)));
  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': t('common:actions.close') }} title={unit ? t('unitForm.editTitle') : t('unitForm.createTitle')} size="xl">
      <form onSubmit={(e) => { e.preventDefault(); submit(); }} noValidate>
        <Stack>
          {mutation.error && Object.keys(errors).length === 0 && <ApiErrorAlert error={mutation.error} />}
          <TextInput label={t('unitForm.name')} description={t('unitForm.nameHint')} withAsterisk value={name} maxLength={120} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} />
          <Group align="flex-start" gap="sm">
            <TextInput label={t('unitForm.postalCode')} placeholder="317-0073" value={postalCode} maxLength={8} onChange={(e) => setPostalCode(e.currentTarget.value)} error={errors.postalCode} w={170} />
            <TextInput label={t('unitForm.address')} withAsterisk value={address} maxLength={300} onChange={(e) => setAddress(e.currentTarget.value)} error={errors.address} style={{ flex: 1, minWidth: '14rem' }} />
          </Group>
          <Text size="xs" c="dimmed" mb={-8}>{t('location.hint')}</Text>
          <Group grow align="flex-end" gap="xs">
            <NumberInput label={t('location.latitude')} description={t('location.latitudeHint')} decimalScale={6} min={-90} max={90} value={latitude} onChange={setLatitude} error={halfLocation ? t('location.both') : (errors['location.latitude'] ?? errors.location)} />
            <NumberInput label={t('location.longitude')} decimalScale={6} min={-180} max={180} value={longitude} onChange={setLongitude} description={t('location.longitudeHint')} error={errors['location.longitude']} />
          </Group>
          <Group grow align="flex-end">
            <TextInput label={t('unitForm.layout')} description={t('unitForm.layoutHint')} withAsterisk value={layout} maxLength={20} onChange={(e) => setLayout(e.currentTarget.value)} error={errors.layout} />
            <NumberInput label={t('unitForm.capacity')} description={t('unitForm.capacityHint')} withAsterisk min={1} max={MAX_UNIT_CAPACITY} allowDecimal={false} value={capacity} onChange={setCapacity} error={errors.capacity} />
          </Group>
          <Checkbox.Group label={t('unit.facilities')} value={facilities} onChange={setFacilities} error={errors.facilities}>
            <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs" mt={6}>
              {UNIT_FACILITIES.map((f) => <Checkbox key={f} value={f} label={t(`facility.${f}`)} />)}
            </SimpleGrid>
          </Checkbox.Group>
          <Switch label={t('unit.sameGenderOnly')} description={t('unitForm.sameGenderHint')} checked={sameGenderOnly} onChange={(e) => setSameGenderOnly(e.currentTarget.checked)} />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
            {LANGUAGES.map((lang) => (
              <Textarea key={lang} lang={lang} label={`${t('unit.rules')}（${t(`common:language.names.${lang}`)}）`} autosize minRows={3} maxLength={300} value={rules[lang] ?? ''} onChange={(e) => setRules({ ...rules, [lang]: e.currentTarget.value })} error={lang === 'ja' ? errors.rules : undefined} />
            ))}
          </SimpleGrid>
          <Stack gap="xs">
            <Text size="sm" fw={500}>{t('unit.lending')}</Text>
            <Text size="xs" c="dimmed">{t('unitForm.lendingHint')}</Text>
            {periods.map((p, i) => (
              <Group key={i} align="flex-end" wrap="nowrap">
                <TextInput type="date" label={t('unitForm.lendFrom')} value={p.from} onChange={(e) => setPeriod(i, 'from', e.currentTarget.value)} error={errors[`lendingPeriods.${i}.from`]} />
                <TextInput type="date" label={t('unitForm.lendTo')} value={p.to} onChange={(e) => setPeriod(i, 'to', e.currentTarget.value)} error={errors[`lendingPeriods.${i}.to`]} />
                <ActionIcon variant="subtle" color="red.9" size="lg" mb={errors[`lendingPeriods.${i}.to`] ? 24 : 2} aria-label={t('unitForm.removePeriod')} onClick={() => setPeriods(periods.filter((_, j) => j !== i))}>
                  <IconTrash size={18} />
                </ActionIcon>
              </Group>
            ))}
            <Button variant="light" size="compact-sm" w="fit-content" onClick={() => setPeriods([...periods, { from: '', to: '' }])}>
              {t('unitForm.addPeriod')}
            </Button>
          </Stack>
          {unit && <UnitPhotoEditor unit={unit} />}
          <FormActions onCancel={onClose} pending={mutation.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
