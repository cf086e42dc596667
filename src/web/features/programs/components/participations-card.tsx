import { Button, Card, CloseButton, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgramDetail } from '../../../../contracts/programs.ts';
import { PARTICIPATION_ROLES, type ParticipationRole } from '../../../../domain/organizations/organization.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { fieldErrorsOf } from '../../../components/ui/form-errors.ts';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { usePermissions } from '../../../lib/session.ts';
import { useAddParticipation, useOrganizationOptions, useRemoveParticipation } from '../api/programs.api.ts';

/** Who takes part in the program, grouped by role, with adding and removing. */
export function ParticipationsCard({ program }: { program: ProgramDetail }) {
  const { t } = useTranslation('programs');
  const editable = usePermissions().onProgram('update', program);
  const { localized } = useLanguage();
  const organizations = useOrganizationOptions();
  const add = useAddParticipation(program.id);
  const remove = useRemoveParticipation(program.id);
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const [role, setRole] = useState<ParticipationRole>('host_company');
  const errors = fieldErrorsOf(add.error);
  const byRole = PARTICIPATION_ROLES.map((r) => ({ role: r, members: program.participations.filter((p) => p.role === r) })).filter((g) => g.members.length > 0);

  return (
    <Card withBorder>
      <Title order={3} mb="sm">{t('participants.title')}</Title>
      <Stack>
        <Table verticalSpacing="xs" aria-label={t('participants.title')}>
          <Table.Tbody>
            {byRole.map(({ role: r, members }) => (
              <Table.Tr key={r}>
                <Table.Th w={180} style={{ verticalAlign: 'top' }}>{t(`common:roles.${r}`)}</Table.Th>
                <Table.Td>
                  <Group gap="xs">
                    {members.map((m) => (
                      <Group key={m.id} gap={2} wrap="nowrap" bg="indigo.0" px="xs" py={2} style={{ borderRadius: 'var(--mantine-radius-xl)', maxWidth: '100%' }}>
                        <Text size="sm" c="indigo.9">{localized(m.organization.name)}</Text>
                        {editable && <CloseButton size="sm" aria-label={`${t('common:actions.remove')}: ${localized(m.organization.name)}`} onClick={() => remove.mutate(m.id)} />}
                      </Group>
                    ))}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {byRole.length === 0 && <Text c="dimmed">{t('participants.empty')}</Text>}
        <ApiErrorAlert error={remove.error} />
        {add.error && Object.keys(errors).length === 0 && <ApiErrorAlert error={add.error} />}
        {editable && (
        <Group align="flex-start">
          <Select
            label={t('participants.organization')}
            data={(organizations.data?.items ?? []).map((o) => ({ value: o.id, label: localized(o.name) }))}
            value={organizationId}
            onChange={setOrganizationId}
            searchable
            w={360}
            error={errors.organizationId}
          />
          <Select
            label={t('participants.role')}
            data={PARTICIPATION_ROLES.map((r) => ({ value: r, label: t(`common:roles.${r}`) }))}
            value={role}
            onChange={(v) => v && setRole(v as ParticipationRole)}
            allowDeselect={false}
            w={220}
          />
          <Button mt={25} disabled={!organizationId} loading={add.isPending}
            onClick={() => organizationId && add.mutate({ organizationId, role }, { onSuccess: () => setOrganizationId(null) })}>
            {t('participants.add')}
          </Button>
        </Group>
        )}
      </Stack>
    </Card>
  );
}
