import { Group, Modal, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organization } from '../../../../contracts/organizations.ts';
import { ORGANIZATION_KINDS, type OrganizationKind } from '../../../../domain/organizations/organization.ts';
import type { LocalizedText } from '../../../../domain/shared/localized-text.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { fieldErrorsOf, numberOrNull } from '../../../components/ui/form-errors.ts';
import { LocalizedTextInputs } from '../../../components/ui/localized-text-inputs.tsx';
import { useCreateOrganization, useUpdateOrganization } from '../api/organizations.api.ts';

type Props = { organization: Organization | null; opened: boolean; onClose: () => void };

export function OrganizationFormModal({ organization, opened, onClose }: Props) {
  const { t } = useTranslation('organizations');
  const create = useCreateOrganization();
  const update = useUpdateOrganization();
  const mutation = organization ? update : create;
  const [kind, setKind] = useState<OrganizationKind>('company');
  const [name, setName] = useState<LocalizedText>({});
  const [country, setCountry] = useState('JP');
  const [city, setCity] = useState('');
  const [website, setWebsite] = useState('');
  const [latitude, setLatitude] = useState<string | number>('');
  const [longitude, setLongitude] = useState<string | number>('');
  const [halfLocation, setHalfLocation] = useState(false);
  const [address, setAddress] = useState<LocalizedText>({});
  const [phone, setPhone] = useState('');
  const [representativeTitle, setRepresentativeTitle] = useState<LocalizedText>({});
  const [representativeName, setRepresentativeName] = useState<LocalizedText>({});

  useEffect(() => {
    if (!opened) return;
    mutation.reset();
    setKind(organization?.kind ?? 'company');
    setName(organization?.name ?? {});
    setCountry(organization?.country ?? 'JP');
    setCity(organization?.city ?? '');
    setWebsite(organization?.website ?? '');
    setLatitude(organization?.location?.latitude ?? '');
    setLongitude(organization?.location?.longitude ?? '');
    setHalfLocation(false);
    setAddress(organization?.address ?? {});
    setPhone(organization?.phone ?? '');
    setRepresentativeTitle(organization?.representative?.title ?? {});
    setRepresentativeName(organization?.representative?.name ?? {});
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, organization]);

  const errors = fieldErrorsOf(mutation.error);
  const submit = () => {
    // A point on the map (a host company's workplace, to choose flats near it): both or neither.
    const lat = numberOrNull(latitude);
    const lon = numberOrNull(longitude);
    setHalfLocation((lat === null) !== (lon === null));
    if ((lat === null) !== (lon === null)) return;
    const location = lat === null || lon === null ? null : { latitude: lat, longitude: lon };
    // Who signs for it: nothing when both are empty, else the name is required (the server says so).
    const filled = (text: LocalizedText) => Object.values(text).some((v) => v?.trim());
    const representative = filled(representativeTitle) || filled(representativeName) ? { title: representativeTitle, name: representativeName } : null;
    const input = { kind, name, country, city, website, location, address, phone, representative };
    if (organization) update.mutate({ id: organization.id, patch: { ...input, version: organization.version } }, { onSuccess: onClose });
    else create.mutate(input, { onSuccess: onClose });
  };

  return (
    <Modal opened={opened} onClose={onClose} closeButtonProps={{ 'aria-label': t('common:actions.close') }} title={organization ? t('form.editTitle') : t('form.createTitle')} size="xl">
      <form onSubmit={(e) => { e.preventDefault(); submit(); }} noValidate>
        <Stack>
          {mutation.error && Object.keys(errors).length === 0 && <ApiErrorAlert error={mutation.error} />}
          <Select label={t('fields.kind')} withAsterisk data={ORGANIZATION_KINDS.map((k) => ({ value: k, label: t(`common:kinds.${k}`) }))} value={kind} onChange={(v) => v && setKind(v as OrganizationKind)} allowDeselect={false} error={errors.kind} />
          <LocalizedTextInputs name="name" label={t('fields.name')} value={name} onChange={setName} required error={errors.name} />
          <Group grow align="flex-start">
            <TextInput label={t('fields.country')} description={t('form.countryHint')} withAsterisk value={country} maxLength={2} onChange={(e) => setCountry(e.currentTarget.value.toUpperCase())} error={errors.country} />
            <TextInput label={t('fields.city')} value={city} onChange={(e) => setCity(e.currentTarget.value)} error={errors.city} />
          </Group>
          <TextInput label={t('fields.website')} type="url" value={website} onChange={(e) => setWebsite(e.currentTarget.value)} error={errors.website} />
          <Text size="xs" c="dimmed" mb={-8}>{t('form.mapLocationHint')}</Text>
          <Group grow align="flex-start">
            <NumberInput label={t('fields.latitude')} description={t('form.latitudeHint')} decimalScale={6} min={-90} max={90} value={latitude} onChange={setLatitude} error={halfLocation ? t('form.locationBoth') : (errors['location.latitude'] ?? errors.location)} />
            <NumberInput label={t('fields.longitude')} description={t('form.longitudeHint')} decimalScale={6} min={-180} max={180} value={longitude} onChange={setLongitude} error={errors['location.longitude']} />
          </Group>
          <Text size="sm" fw={600} mt="xs">{t('form.letterheadTitle')}</Text>
          <Text size="xs" c="dimmed" mt={-12}>{t('form.letterheadHint')}</Text>
          <LocalizedTextInputs name="address" label={t('fields.address')} value={address} onChange={setAddress} error={errors.address} />
          <TextInput label={t('fields.phone')} description={t('form.phoneHint')} type="tel" value={phone} maxLength={30} onChange={(e) => setPhone(e.currentTarget.value)} error={errors.phone} style={{ maxWidth: 320 }} />
          <LocalizedTextInputs name="representativeTitle" label={t('fields.representativeTitle')} value={representativeTitle} onChange={setRepresentativeTitle} error={errors['representative.title']} />
          <LocalizedTextInputs name="representativeName" label={t('fields.representativeName')} value={representativeName} onChange={setRepresentativeName} error={errors['representative.name'] ?? errors.representative} />
          <FormActions onCancel={onClose} pending={mutation.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
