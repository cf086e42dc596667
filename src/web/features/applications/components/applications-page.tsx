// The applications of one program as each reviewer may see them (the server scopes the list):
// the operator moves students along the pipeline, one row or a selection at a time; a host
// company sees those who chose it and makes its own moves; a college coordinator reads its
// students' applications.
import { Anchor, Group, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ApplicationView } from '../../../../contracts/applications.ts';
import type { AllowedTransition } from '../../../../domain/pipeline/allowed-transitions.ts';
import { PIPELINE_STATUSES } from '../../../../domain/pipeline/pipeline-status.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { useAccount } from '../../../lib/session.ts';
import { paths } from '../../../paths.ts';
import { useApplications, useProgramForApplications, useProgramHasLectures } from '../api/applications.api.ts';
import { ApplicationsTable } from './applications-table.tsx';
import { MoveDialog } from './move-dialog.tsx';
import { MoveMenu } from './move-menu.tsx';
import { commonMoves, moverKind } from './reviewer-kind.ts';

export function ApplicationsPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('applications');
  const { localized } = useLanguage();
  const account = useAccount().data;
  const program = useProgramForApplications(id);
  const applications = useApplications(id);
  const hasLectures = useProgramHasLectures(id).data ?? false;
  const [status, setStatus] = useState<string | null>(null);
  const [college, setCollege] = useState<string | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [moving, setMoving] = useState<{ applications: ApplicationView[]; move: AllowedTransition } | null>(null);
  const error = program.error ?? applications.error;
  if (error) return <ApiErrorAlert error={error} />;
  if (!program.data || !applications.data) return <Loader aria-label={t('common:loading')} />;
  const kind = moverKind(account, program.data);
  const colleges = program.data.participations.filter((p) => p.role === 'sending_college').map((p) => ({ value: p.organization.id, label: localized(p.organization.name) }));
  const collegeName = (collegeId: string) => colleges.find((c) => c.value === collegeId)?.label ?? '—';
  const items = applications.data.items.filter((a) => (!status || a.status === status) && (!college || a.collegeId === college));
  const chosen = items.filter((a) => selected.includes(a.id));
  return (
    <Stack>
      <Anchor component={Link} to={paths.program(id)} size="sm">
        {t('apply.back')}
      </Anchor>
      <Stack gap={4}>
        <Title order={2}>{t('list.title')}</Title>
        <Text c="dimmed">{localized(program.data.name)}</Text>
        {!kind && <Text size="sm">{t('list.readOnly')}</Text>}
      </Stack>
      <Group align="flex-end" gap="sm">
        <Select
          label={t('list.filterStatus')}
          placeholder={t('list.all')}
          data={PIPELINE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          value={status}
          onChange={setStatus}
          clearable
          w={{ base: '100%', xs: 220 }}
        />
        <Select label={t('list.filterCollege')} placeholder={t('list.all')} data={colleges} value={college} onChange={setCollege} clearable w={{ base: '100%', xs: 280 }} />
        {kind && chosen.length > 0 && (
          <MoveMenu
            moves={commonMoves(chosen.map((a) => a.status), kind, hasLectures)}
            label={t('move.selected', { count: chosen.length })}
            ariaLabel={t('move.selected', { count: chosen.length })}
            onPick={(move) => setMoving({ applications: chosen, move })}
          />
        )}
      </Group>
      <Text size="sm" c="dimmed" role="status">
        {t('list.count', { count: items.length })}
      </Text>
      {items.length > 0 && (
        <ApplicationsTable items={items} collegeName={collegeName} kind={kind} hasLectures={hasLectures} selected={selected} onSelect={setSelected} onMove={(list, move) => setMoving({ applications: list, move })} />
      )}
      {moving && (
        <MoveDialog
          programId={id}
          applications={moving.applications}
          move={moving.move}
          onClose={(moved) => {
            setMoving(null);
            if (moved) setSelected([]);
          }}
        />
      )}
    </Stack>
  );
}
