// A program's housing, as its operators run it: the season's allocation and occupancy calendar,
// the partner's units, the agreement and the season's loan-for-use contract, the interns'
// arrival checklists, and the hiring companies' requests for flats. Only the operators get the
// board; anybody else is told the page is not theirs (the API answers 403 or 404).
import { Anchor, Badge, Button, Card, Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { HousingBoard, UnitView } from '../../../../contracts/housing.ts';
import type { ProgramDetail } from '../../../../contracts/programs.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { paths } from '../../../paths.ts';
import { useHousingBoard, useProgramForHousing } from '../api/housing.api.ts';
import { useHousingRequests } from '../api/requests.api.ts';
import { AllocationTab } from './allocation-tab.tsx';
import { ArrivalTab } from './arrival-tab.tsx';
import { ContractsTab } from './contracts-tab.tsx';
import { RequestsList } from './requests-list.tsx';
import { EditUnitButton, UnitList } from './unit-card.tsx';
import { UnitFormModal } from './unit-form-modal.tsx';
import './housing.css';

export function ProgramHousingPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('housing');
  const { localized } = useLanguage();
  const program = useProgramForHousing(id);
  const board = useHousingBoard(id);
  const error = program.error ?? board.error;
  return (
    <Stack>
      <Anchor component={Link} to={paths.program(id)} size="sm">{t('backToProgram')}</Anchor>
      <Stack gap={4}>
        <Title order={2}>{t('program.title')}</Title>
        {program.data && <Text c="dimmed">{localized(program.data.name)}</Text>}
      </Stack>
      {error ? <ApiErrorAlert error={error} /> : !program.data || !board.data ? <Loader aria-label={t('common:loading')} /> : <OperatorTabs program={program.data} board={board.data} />}
    </Stack>
  );
}

const TABS = ['allocation', 'units', 'contracts', 'arrival', 'requests'] as const;

function OperatorTabs({ program, board }: { program: ProgramDetail; board: HousingBoard }) {
  const { t } = useTranslation('housing');
  // ?tab=contracts opens a tab directly: the agreement's reminder mail links there.
  const [params] = useSearchParams();
  const asked = params.get('tab');
  const initialTab = TABS.find((tab) => tab === asked) ?? 'allocation';
  const requests = useHousingRequests(program.id);
  const waiting = (requests.data?.items ?? []).filter((r) => r.status === 'requested').length;
  const operatorIds = [program.operator.id, ...program.participations.filter((p) => p.role === 'operator').map((p) => p.organization.id)];
  return (
    <Tabs defaultValue={initialTab} keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="allocation">{t('tabs.allocation')}</Tabs.Tab>
        <Tabs.Tab value="units">{t('tabs.units')}</Tabs.Tab>
        <Tabs.Tab value="contracts">{t('tabs.contracts')}</Tabs.Tab>
        <Tabs.Tab value="arrival">{t('tabs.arrival')}</Tabs.Tab>
        <Tabs.Tab value="requests" rightSection={waiting > 0 ? <Badge size="sm" circle>{waiting}</Badge> : null}>{t('tabs.requests')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="allocation" pt="md">
        <AllocationTab programId={program.id} board={board} />
      </Tabs.Panel>
      <Tabs.Panel value="units" pt="md">
        <UnitsTab board={board} />
      </Tabs.Panel>
      <Tabs.Panel value="contracts" pt="md">
        <ContractsTab programId={program.id} operatorIds={operatorIds} board={board} />
      </Tabs.Panel>
      <Tabs.Panel value="arrival" pt="md">
        <ArrivalTab programId={program.id} board={board} />
      </Tabs.Panel>
      <Tabs.Panel value="requests" pt="md">
        {requests.error ? <ApiErrorAlert error={requests.error} /> : <RequestsList programId={program.id} requests={requests.data?.items ?? []} />}
      </Tabs.Panel>
    </Tabs>
  );
}

function UnitsTab({ board }: { board: HousingBoard }) {
  const { t } = useTranslation('housing');
  const { localized } = useLanguage();
  // A flat being edited, or a new one for a partner (operators often enter them on its behalf).
  const [editing, setEditing] = useState<UnitView | { newFor: string } | null>(null);
  if (board.partners.length === 0) return <Text c="dimmed">{t('program.noPartner')}</Text>;
  return (
    <Stack>
      {board.partners.map((partner) => (
        <Card key={partner.id} withBorder component="section" aria-label={localized(partner.name)}>
          <Stack>
            <Group justify="space-between">
              <Title order={3}>{localized(partner.name)}</Title>
              <Button variant="light" onClick={() => setEditing({ newFor: partner.id })}>{t('unitForm.createTitle')}</Button>
            </Group>
            <UnitList units={board.units.filter((u) => u.organizationId === partner.id)} actions={(u) => <EditUnitButton onClick={() => setEditing(u)} />} />
          </Stack>
        </Card>
      ))}
      {editing && ('newFor' in editing ? <UnitFormModal organizationId={editing.newFor} unit={null} onClose={() => setEditing(null)} /> : <UnitFormModal organizationId={editing.organizationId} unit={editing} onClose={() => setEditing(null)} />)}
    </Stack>
  );
}
