// The applications of one program, in the view of each reviewer (the server scopes the list):
// the operator's screening board (filters, counts per status, all-or-nothing bulk moves), a host
// company's list of the students interested in it (only those whose consent names it), and a
// college coordinator's roster of its own students (read only).
import { Anchor, Button, Group, Loader, NumberInput, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ApplicationListItem } from '../../../../contracts/applications.ts';
import { JLPT_LEVELS } from '../../../../domain/applications/application.ts';
import type { AllowedTransition } from '../../../../domain/pipeline/allowed-transitions.ts';
import { PIPELINE_STATUSES, type PipelineStatus } from '../../../../domain/pipeline/pipeline-status.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { useAccount, usePermissions } from '../../../lib/session.ts';
import { paths } from '../../../paths.ts';
import { useApplications, useProgramForApplications, useProgramHasLectures } from '../api/applications.api.ts';
import { ApplicationsTable } from './applications-table.tsx';
import { DownloadMenu } from '../../../components/ui/download-menu.tsx';
import { MoveDialog } from './move-dialog.tsx';
import { MoveMenu } from './move-menu.tsx';
import { commonMoves, moverKind } from './reviewer-kind.ts';
import { applyFilters, countsByStatus, departmentsOf, NO_FILTERS, type ScreeningFilters } from '../../../../domain/applications/screening-filters.ts';
import { StatusCounts } from './status-counts.tsx';

const MIN_LEVELS = JLPT_LEVELS.filter((l) => l !== 'none');

export function ApplicationsPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('applications');
  const { localized } = useLanguage();
  const account = useAccount().data;
  const permissions = usePermissions();
  const program = useProgramForApplications(id);
  const applications = useApplications(id);
  const hasLectures = useProgramHasLectures(id).data ?? false;
  const [filters, setFilters] = useState<ScreeningFilters>(NO_FILTERS);
  const [selected, setSelected] = useState<string[]>([]);
  const [moving, setMoving] = useState<{ applications: ApplicationListItem[]; move: AllowedTransition } | null>(null);
  const error = program.error ?? applications.error;
  if (error) return <ApiErrorAlert error={error} />;
  if (!program.data || !applications.data) return <Loader aria-label={t('common:loading')} />;
  const kind = moverKind(account, program.data);
  const collegeIds = program.data.participations.filter((p) => p.role === 'sending_college').map((p) => p.organization.id);
  const coordinates = (account?.memberships ?? []).some((m) => m.role === 'college_coordinator' && collegeIds.includes(m.organization.id));
  const view = kind === 'operator' ? 'board' : kind === 'host_company' ? 'company' : coordinates ? 'roster' : 'list';
  const colleges = program.data.participations.filter((p) => p.role === 'sending_college').map((p) => ({ value: p.organization.id, label: localized(p.organization.name) }));
  const collegeName = (collegeId: string) => colleges.find((c) => c.value === collegeId)?.label ?? '—';
  const all = applications.data.items;
  const items = applyFilters(all, filters);
  const counts = countsByStatus(all, filters);
  const chosen = items.filter((a) => selected.includes(a.id));
  const hasAttendance = all.some((a) => a.attendedSessions !== null);
  const set = <K extends keyof ScreeningFilters>(key: K) => (value: ScreeningFilters[K]) => setFilters((f) => ({ ...f, [key]: value }));
  const field = { w: { base: '100%', xs: 200 } } as const;
  return (
    <Stack>
      <Anchor component={Link} to={paths.program(id)} size="sm">
        {t('apply.back')}
      </Anchor>
      <Stack gap={4}>
        <Title order={2}>{t(`views.${view}.title`)}</Title>
        <Text c="dimmed">{localized(program.data.name)}</Text>
        <Text size="sm">{t(`views.${view}.intro`)}</Text>
      </Stack>
      {permissions.rosterImportColleges(program.data).length > 0 && (
        <Group>
          <Button component={Link} to={paths.programImport(id)} variant="light" leftSection={<IconUpload size={16} aria-hidden />}>
            {t('student-import:link.import')}
          </Button>
        </Group>
      )}
      {view === 'board' && <StatusCounts counts={counts} value={filters.status} onChange={set('status')} />}
      <Group align="flex-end" gap="sm">
        <TextInput label={t('board.search')} placeholder={t('board.searchPlaceholder')} value={filters.search} onChange={(e) => set('search')(e.currentTarget.value)} w={{ base: '100%', xs: 280 }} />
        <Select
          label={t('list.filterStatus')}
          placeholder={t('list.all')}
          data={PIPELINE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          value={filters.status}
          onChange={(v) => set('status')(v as PipelineStatus | null)}
          clearable
          {...field}
        />
        {view !== 'roster' && colleges.length > 1 && <Select label={t('list.filterCollege')} placeholder={t('list.all')} data={colleges} value={filters.collegeId} onChange={set('collegeId')} clearable {...field} />}
        <Select label={t('board.department')} placeholder={t('list.all')} data={departmentsOf(all)} value={filters.department} onChange={set('department')} clearable searchable {...field} />
        <Select
          label={t('board.minJlpt')}
          placeholder={t('list.all')}
          data={MIN_LEVELS.map((l) => ({ value: l, label: t('board.atLeast', { level: l }) }))}
          value={filters.minJlpt}
          onChange={(v) => set('minJlpt')(v as ScreeningFilters['minJlpt'])}
          clearable
          {...field}
        />
        {view === 'board' && (
          <NumberInput
            label={t('board.minSessions')}
            description={hasAttendance ? undefined : t('board.noAttendance')}
            min={0}
            max={100}
            value={filters.minSessions ?? ''}
            onChange={(v) => set('minSessions')(typeof v === 'number' ? v : null)}
            disabled={!hasAttendance}
            {...field}
          />
        )}
        {kind && chosen.length > 0 && (
          <MoveMenu
            moves={commonMoves(chosen.map((a) => a.status), kind, hasLectures)}
            label={t('move.selected', { count: chosen.length })}
            ariaLabel={t('move.selected', { count: chosen.length })}
            onPick={(move) => setMoving({ applications: chosen, move })}
          />
        )}
      </Group>
      <Group justify="space-between">
        <Text size="sm" c="dimmed" role="status">
          {t('list.count', { count: items.length })}
        </Text>
        {items.length > 0 && <DownloadMenu listPath={`/api/programs/${id}/applications`} listName={t(`views.${view}.title`)} query={exportQuery(filters)} />}
      </Group>
      {items.length > 0 && (
        <ApplicationsTable
          items={items}
          collegeName={collegeName}
          kind={kind}
          hasLectures={hasLectures}
          selected={selected}
          onSelect={setSelected}
          onMove={(list, move) => setMoving({ applications: list, move })}
          columns={{ skills: view === 'company', attendance: view === 'board' }}
        />
      )}
      {moving && (
        <MoveDialog
          programId={id}
          applications={moving.applications}
          move={moving.move}
          bulk={kind === 'operator'}
          onClose={(moved) => {
            setMoving(null);
            if (moved) setSelected([]);
          }}
        />
      )}
    </Stack>
  );
}

/** The screening filters as the download's query: only those set. */
function exportQuery(f: ScreeningFilters): Record<string, string | undefined> {
  return {
    status: f.status ?? undefined,
    collegeId: f.collegeId ?? undefined,
    department: f.department ?? undefined,
    minJlpt: f.minJlpt ?? undefined,
    minSessions: f.minSessions ? String(f.minSessions) : undefined,
    search: f.search.trim() || undefined,
  };
}
