// The housing partner's page (e.g. Leopalace21): its units (add, edit, archive), and for each
// program it lends flats to, who sleeps where (names only: the API gives the partner nothing
// more), the hiring companies' requests to answer, and the season's contracts to sign.
import { Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitView } from '../../../../contracts/housing.ts';
import type { ProgramSummary } from '../../../../contracts/programs.ts';
import type { LocalizedText } from '../../../../domain/shared/localized-text.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { DownloadMenu } from '../../../components/ui/download-menu.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatFiscalYear } from '../../../lib/format.ts';
import { useAccount } from '../../../lib/session.ts';
import { useArchiveUnit, useOccupancy, usePartnerUnits, useProgramsForHousing } from '../api/housing.api.ts';
import { useLoanContracts } from '../api/contracts.api.ts';
import { useHousingRequests } from '../api/requests.api.ts';
import { ContractCard } from './contract-card.tsx';
import { OccupancyCalendar } from './occupancy-calendar.tsx';
import { RequestsList } from './requests-list.tsx';
import { EditUnitButton, UnitList } from './unit-card.tsx';
import { UnitFormModal } from './unit-form-modal.tsx';
import './housing.css';

type Partner = { id: string; name: LocalizedText };

export function PartnerHousingPage() {
  const { t } = useTranslation('housing');
  const account = useAccount();
  const partners: Partner[] = (account.data?.memberships ?? []).filter((m) => m.role === 'housing_partner').map((m) => m.organization);
  if (account.isPending) return <Loader aria-label={t('common:loading')} />;
  if (partners.length === 0) return <Text c="dimmed">{t('partner.notPartner')}</Text>;
  return (
    <Stack gap="xl">
      {partners.map((p) => <PartnerSection key={p.id} partner={p} />)}
    </Stack>
  );
}

function PartnerSection({ partner }: { partner: Partner }) {
  const { t } = useTranslation('housing');
  const { localized } = useLanguage();
  const units = usePartnerUnits(partner.id);
  const programs = useProgramsForHousing();
  const archive = useArchiveUnit();
  const [editing, setEditing] = useState<UnitView | 'new' | null>(null);
  const [archiving, setArchiving] = useState<UnitView | null>(null);
  return (
    <Stack>
      <Stack gap={4}>
        <Title order={2}>{t('partner.title')}</Title>
        <Text c="dimmed">{localized(partner.name)}</Text>
      </Stack>
      <Card withBorder component="section" aria-label={t('partner.units')}>
        <Stack>
          <Group justify="space-between">
            <Title order={3}>{t('partner.units')}</Title>
            <Group gap="xs">
              {units.data && units.data.items.length > 0 && <DownloadMenu listPath={`/api/organizations/${partner.id}/housing-units`} listName={t('partner.units')} />}
              <Button onClick={() => setEditing('new')}>{t('unitForm.createTitle')}</Button>
            </Group>
          </Group>
          {units.error ? (
            <ApiErrorAlert error={units.error} />
          ) : !units.data ? (
            <Loader aria-label={t('common:loading')} />
          ) : (
            <UnitList
              units={units.data.items}
              actions={(u) =>
                !u.archived && (
                  <>
                    <EditUnitButton onClick={() => setEditing(u)} />
                    <Button size="compact-sm" variant="subtle" color="red" c="red.9" onClick={() => setArchiving(u)}>{t('unit.archive')}</Button>
                  </>
                )
              }
            />
          )}
        </Stack>
      </Card>
      {programs.error && <ApiErrorAlert error={programs.error} />}
      {programs.data?.items.map((program) => <PartnerProgram key={program.id} program={program} partner={partner} />)}
      {editing && <UnitFormModal organizationId={partner.id} unit={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      <ConfirmDialog
        opened={archiving !== null}
        title={t('unit.archiveTitle')}
        message={t('unit.archiveMessage', { name: archiving?.name ?? '' })}
        confirmLabel={t('unit.archive')}
        danger
        pending={archive.isPending}
        error={archive.error}
        onClose={() => setArchiving(null)}
        onConfirm={() => archiving && archive.mutate({ id: archiving.id, version: archiving.version }, { onSuccess: () => setArchiving(null) })}
      />
    </Stack>
  );
}

/** One program the partner lends flats to; nothing when the API does not show it the program's housing. */
function PartnerProgram({ program, partner }: { program: ProgramSummary; partner: Partner }) {
  const { t } = useTranslation('housing');
  const { language, localized } = useLanguage();
  const occupancy = useOccupancy(program.id);
  const shown = occupancy.data !== null && occupancy.data !== undefined;
  const requests = useHousingRequests(program.id, shown);
  const contracts = useLoanContracts(program.id, shown);
  if (occupancy.error) return <ApiErrorAlert error={occupancy.error} />;
  if (!shown) return null;
  const own = occupancy.data!.units.filter((u) => u.organizationId === partner.id);
  const items = requests.data?.items ?? [];
  return (
    <Card withBorder component="section" aria-label={localized(program.name)} data-testid="partner-program">
      <Stack>
        <Stack gap={2}>
          <Text size="sm" fw={600} c="indigo.8">{formatFiscalYear(program.fiscalYear, language)}</Text>
          <Title order={3}>{localized(program.name)}</Title>
          <Text size="sm" c="dimmed">{t('partner.operatedBy', { operator: localized(program.operator.name) })}</Text>
        </Stack>
        <Title order={4}>{t('calendar.title')}</Title>
        <OccupancyCalendar label={t('calendar.titleOf', { program: localized(program.name) })} units={own} stays={occupancy.data!.stays} from={occupancy.data!.from} to={occupancy.data!.to} focusDay={occupancy.data!.stays.map((s) => s.checkIn).sort()[0] ?? null} />
        <Title order={4}>{t('request.title')}</Title>
        {requests.error ? <ApiErrorAlert error={requests.error} /> : <RequestsList programId={program.id} requests={items} mayAnswer={(r) => r.partner.id === partner.id} />}
        <Group justify="space-between">
          <Title order={4}>{t('contract.received')}</Title>
          {(contracts.data?.items ?? []).length > 0 && <DownloadMenu listPath={`/api/programs/${program.id}/loan-contracts`} listName={t('contract.received')} />}
        </Group>
        {contracts.error ? (
          <ApiErrorAlert error={contracts.error} />
        ) : (contracts.data?.items ?? []).length === 0 ? (
          <Text c="dimmed">{t('contract.noneReceived')}</Text>
        ) : (
          contracts.data!.items.map((c) => <ContractCard key={c.id} programId={program.id} contract={c} partnerName={localized(partner.name)} operates={false} />)
        )}
      </Stack>
    </Card>
  );
}
