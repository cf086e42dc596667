import { Button, Card, CloseButton, Group, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgramDetail } from '../../../../contracts/programs.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { fieldErrorsOf } from '../../../components/ui/form-errors.ts';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { usePermissions } from '../../../lib/session.ts';
import { useAddCohort, useDeleteCohort } from '../api/programs.api.ts';

/** A program's cohorts (Nagaoka's "turns"): one intake each, numbered in order. */
export function CohortsCard({ program }: { program: ProgramDetail }) {
  const { t } = useTranslation('programs');
  const editable = usePermissions().onProgram('update', program);
  const { language, localized } = useLanguage();
  const add = useAddCohort(program.id);
  const remove = useDeleteCohort(program.id);
  const [name, setName] = useState('');
  const nextOrdinal = Math.max(0, ...program.cohorts.map((c) => c.ordinal)) + 1;
  const errors = fieldErrorsOf(add.error);
  return (
    <Card withBorder>
      <Title order={3} mb="sm">{t('cohorts.title')}</Title>
      {program.cohorts.length === 0 && <Text c="dimmed" mb="sm">{t('cohorts.empty')}</Text>}
      <Group gap="xs" mb="sm">
        {program.cohorts.map((c) => (
          <Group key={c.id} gap={2} wrap="nowrap" bg="gray.1" px="sm" py={4} style={{ borderRadius: 'var(--mantine-radius-md)' }}>
            <Text size="sm" fw={500}>{localized(c.name)}</Text>
            {editable && <CloseButton size="sm" aria-label={`${t('common:actions.delete')}: ${localized(c.name)}`} onClick={() => remove.mutate({ cohortId: c.id, version: c.version })} />}
          </Group>
        ))}
      </Group>
      <ApiErrorAlert error={remove.error} />
      {add.error && Object.keys(errors).length === 0 && <ApiErrorAlert error={add.error} />}
      {editable && (
      <form
        onSubmit={(e) => {
          e.preventDefault();
          add.mutate({ ordinal: nextOrdinal, name: { [language]: name } }, { onSuccess: () => setName('') });
        }}
      >
        <Group align="flex-start">
          <TextInput label={t('cohorts.name', { ordinal: nextOrdinal })} placeholder={t('cohorts.placeholder', { ordinal: nextOrdinal })} value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name ?? errors.ordinal} w={300} />
          <Button type="submit" mt={25} loading={add.isPending} disabled={!name.trim()}>{t('cohorts.add')}</Button>
        </Group>
      </form>
      )}
    </Card>
  );
}
