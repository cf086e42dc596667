// A flat's photos: a strip of thumbnails on its card, and in its form the partner (or an
// operator) adds JPEG or PNG photos and removes them. The server tells the type by the bytes.
import { ActionIcon, FileButton, Group, Image, Stack, Text } from '@mantine/core';
import { IconPhotoPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitView } from '../../../../contracts/housing.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { photoUrl, useAddPhoto, useRemovePhoto } from '../api/housing.api.ts';

export function UnitPhotoStrip({ unit }: { unit: UnitView }) {
  const { t } = useTranslation('housing');
  if (unit.photos.length === 0) return null;
  return (
    <Group gap="xs" className="hc-photos">
      {unit.photos.map((p, i) => (
        <Image key={p.id} src={photoUrl(unit.id, p.id)} alt={t('photos.alt', { unit: unit.name, n: i + 1 })} w={96} h={72} radius="sm" fit="cover" loading="lazy" />
      ))}
    </Group>
  );
}

export function UnitPhotoEditor({ unit }: { unit: UnitView }) {
  const { t } = useTranslation('housing');
  const [photos, setPhotos] = useState(unit.photos);
  const add = useAddPhoto();
  const remove = useRemovePhoto();
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>{t('photos.title')}</Text>
      <Text size="xs" c="dimmed">{t('photos.hint')}</Text>
      {(add.error || remove.error) && <ApiErrorAlert error={add.error ?? remove.error} />}
      <Group gap="xs">
        {photos.map((p, i) => (
          <div key={p.id} className="hc-photo-edit">
            <Image src={photoUrl(unit.id, p.id)} alt={t('photos.alt', { unit: unit.name, n: i + 1 })} w={120} h={90} radius="sm" fit="cover" />
            <ActionIcon variant="filled" color="red.9" size="sm" className="hc-photo-remove" aria-label={t('photos.remove', { n: i + 1 })} loading={remove.isPending && remove.variables?.photoId === p.id} onClick={() => remove.mutate({ unit, photoId: p.id }, { onSuccess: () => setPhotos((all) => all.filter((x) => x.id !== p.id)) })}>
              <IconTrash size={14} />
            </ActionIcon>
          </div>
        ))}
        <FileButton accept="image/jpeg,image/png" onChange={(file) => file && add.mutate({ unit, file }, { onSuccess: (view) => setPhotos(view.photos) })}>
          {(props) => (
            <ActionIcon {...props} variant="light" w={120} h={90} radius="sm" aria-label={t('photos.add')} loading={add.isPending}>
              <IconPhotoPlus size={28} />
            </ActionIcon>
          )}
        </FileButton>
      </Group>
    </Stack>
  );
}
