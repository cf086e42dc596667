import { Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdentityPatch, IdentityView } from '../../../../contracts/identity.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { fieldErrorsOf } from '../../../components/ui/form-errors.ts';
import { useUpdateIdentity } from '../api/identity.api.ts';

type Draft = Record<'passportNumber' | 'passportExpiresOn' | 'residenceCardNumber' | 'residenceCardExpiresOn' | 'birthDate' | 'nationality', string>;

/** Numbers are never prefilled: an empty box leaves the stored one as it is. */
export function IdentityForm({ userId, current, onDone }: { userId: string; current: IdentityView; onDone: () => void }) {
  const { t } = useTranslation('identity');
  const update = useUpdateIdentity(userId);
  const [draft, setDraft] = useState<Draft>({
    passportNumber: '',
    passportExpiresOn: current.passportExpiresOn ?? '',
    residenceCardNumber: '',
    residenceCardExpiresOn: current.residenceCardExpiresOn ?? '',
    birthDate: '',
    nationality: current.nationality ?? '',
  });
  const set = (field: keyof Draft) => (e: { currentTarget: { value: string } }) => setDraft({ ...draft, [field]: e.currentTarget.value });
  const errors = fieldErrorsOf(update.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const patch: IdentityPatch = { version: current.version };
    for (const field of ['passportNumber', 'residenceCardNumber', 'birthDate'] as const) if (draft[field].trim()) patch[field] = draft[field];
    for (const field of ['passportExpiresOn', 'residenceCardExpiresOn', 'nationality'] as const) patch[field] = draft[field].trim() || null;
    update.mutate(patch, { onSuccess: onDone });
  };
  const keep = (masked: string | null) => (masked ? t('keepHint', { masked }) : undefined);
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('fields.passportNumber')} description={keep(current.passportNumber)} value={draft.passportNumber} onChange={set('passportNumber')} autoComplete="off" error={errors.passportNumber} />
          <TextInput label={t('fields.passportExpiresOn')} type="date" value={draft.passportExpiresOn} onChange={set('passportExpiresOn')} error={errors.passportExpiresOn} />
          <TextInput label={t('fields.residenceCardNumber')} description={keep(current.residenceCardNumber)} value={draft.residenceCardNumber} onChange={set('residenceCardNumber')} autoComplete="off" error={errors.residenceCardNumber} />
          <TextInput label={t('fields.residenceCardExpiresOn')} type="date" value={draft.residenceCardExpiresOn} onChange={set('residenceCardExpiresOn')} error={errors.residenceCardExpiresOn} />
          <TextInput label={t('fields.birthDate')} description={current.birthDateOnFile ? t('keepBirthDate') : undefined} type="date" value={draft.birthDate} onChange={set('birthDate')} error={errors.birthDate} />
          <TextInput label={t('fields.nationality')} description={t('nationalityHelp')} value={draft.nationality} onChange={set('nationality')} maxLength={2} error={errors.nationality} />
        </SimpleGrid>
        {update.error && Object.keys(errors).length === 0 && <ApiErrorAlert error={update.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t('common:actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
