import { ActionIcon, Button, Card, Group, Table, Text, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Phase, ProgramDetail } from '../../../../contracts/programs.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDateRange } from '../../../lib/format.ts';
import { usePermissions } from '../../../lib/session.ts';
import { useDeletePhase } from '../api/programs.api.ts';
import { PHASE_COLORS } from './phase-colors.ts';
import { PhaseFormModal } from './phase-form-modal.tsx';

export function PhasesTable({ program }: { program: ProgramDetail }) {
  const { t } = useTranslation('programs');
  const editable = usePermissions().onProgram('update', program);
  const { language, localized } = useLanguage();
  const [editing, setEditing] = useState<Phase | 'new' | null>(null);
  const remove = useDeletePhase(program.id);
  const cohortName = (id: string | null) => localized(program.cohorts.find((c) => c.id === id)?.name);
  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={3}>{t('phases.title')}</Title>
        {editable && <Button size="xs" onClick={() => setEditing('new')}>{t('phases.add')}</Button>}
      </Group>
      <ApiErrorAlert error={remove.error} />
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing="xs" aria-label={t('phases.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('fields.phaseKind')}</Table.Th>
              <Table.Th>{t('fields.label')}</Table.Th>
              <Table.Th>{t('fields.dates')}</Table.Th>
              <Table.Th>{t('fields.location')}</Table.Th>
              <Table.Th><VisuallyHidden>{t('common:actions.actions')}</VisuallyHidden></Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {program.phases.map((phase) => (
              <Table.Tr key={phase.id}>
                <Table.Td>
                  <Group gap={6} wrap="nowrap" align="flex-start">
                    <span aria-hidden="true" style={{ flexShrink: 0, marginTop: 5, width: 12, height: 12, borderRadius: 3, background: PHASE_COLORS[phase.kind] }} />
                    <Text size="sm">{t(`phaseKinds.${phase.kind}`)}</Text>
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{localized(phase.label) || '—'}</Text>
                  {phase.cohortId && <Text size="xs" c="dimmed">{cohortName(phase.cohortId)}</Text>}
                  {phase.note && <Text size="xs" c="dimmed">{localized(phase.note)}</Text>}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateRange(phase.startDate, phase.endDate, language)}</Table.Td>
                <Table.Td>{phase.location ?? ''}</Table.Td>
                <Table.Td>
                  {editable && (
                  <Group gap={4} wrap="nowrap" justify="flex-end">
                    <Button size="compact-xs" variant="subtle" onClick={() => setEditing(phase)}>{t('common:actions.edit')}</Button>
                    <Tooltip label={t('common:actions.delete')}>
                      <ActionIcon variant="subtle" color="red" aria-label={`${t('common:actions.delete')}: ${localized(phase.label) || t(`phaseKinds.${phase.kind}`)}`} onClick={() => remove.mutate({ phaseId: phase.id, version: phase.version })}>
                        ×
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <PhaseFormModal program={program} phase={editing === 'new' ? null : editing} opened={editing !== null} onClose={() => setEditing(null)} />
    </Card>
  );
}
