// The operators' contracts tab: the framework agreement(s) with the program's housing partners,
// and the season's loan-for-use contracts drafted under them.
import { Button, Group, Loader, Modal, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementView, HousingBoard } from '../../../../contracts/housing.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { DownloadMenu } from '../../../components/ui/download-menu.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { useAgreements, useDraftContract, useLoanContracts } from '../api/contracts.api.ts';
import { AgreementsCard } from './agreements-card.tsx';
import { ContractCard } from './contract-card.tsx';

export function ContractsTab({ programId, operatorIds, board }: { programId: string; operatorIds: string[]; board: HousingBoard }) {
  const { t } = useTranslation('housing');
  const { localized } = useLanguage();
  const agreements = useAgreements();
  const contracts = useLoanContracts(programId);
  const draft = useDraftContract(programId);
  const [choosing, setChoosing] = useState(false);
  if (agreements.error || contracts.error) return <ApiErrorAlert error={agreements.error ?? contracts.error} />;
  if (agreements.isPending || contracts.isPending) return <Loader aria-label={t('common:loading')} />;
  const partnerIds = board.partners.map((p) => p.id);
  const ours = (agreements.data?.items ?? []).filter((a) => operatorIds.includes(a.operator.id) && partnerIds.includes(a.partner.id));
  const current = ours.filter((a) => a.endedOn === null);
  const partnerOf = (agreementId: string) => localized(ours.find((a) => a.id === agreementId)?.partner.name);
  const startDraft = (agreement: AgreementView) => draft.mutate({ agreementId: agreement.id, conditions: [] }, { onSuccess: () => setChoosing(false) });
  const items = contracts.data?.items ?? [];
  // One season's contract per agreement: drafting is offered while an agreement has none yet.
  const undrafted = current.filter((a) => !items.some((c) => c.agreementId === a.id));
  return (
    <Stack>
      <AgreementsCard agreements={ours} operatorId={operatorIds[0] ?? ''} partners={board.partners} operates />
      <Group justify="space-between">
        <Title order={3}>{t('contract.title')}</Title>
        <Group gap="xs">
          {items.length > 0 && <DownloadMenu listPath={`/api/programs/${programId}/loan-contracts`} listName={t('contract.title')} />}
          <Button onClick={() => (undrafted.length === 1 ? startDraft(undrafted[0]!) : setChoosing(true))} loading={draft.isPending} disabled={undrafted.length === 0}>
            {t('contract.draft')}
          </Button>
        </Group>
      </Group>
      {current.length === 0 && <Text size="sm" c="dimmed">{t('contract.needsAgreement')}</Text>}
      {!choosing && <ApiErrorAlert error={draft.error} />}
      {items.length === 0 ? <Text c="dimmed">{t('contract.empty')}</Text> : items.map((c) => <ContractCard key={c.id} programId={programId} contract={c} partnerName={partnerOf(c.agreementId)} operates />)}
      {choosing && <ChooseAgreement agreements={undrafted} pending={draft.isPending} error={draft.error} onChoose={startDraft} onClose={() => setChoosing(false)} />}
    </Stack>
  );
}

function ChooseAgreement({ agreements, pending, error, onChoose, onClose }: { agreements: AgreementView[]; pending: boolean; error: unknown; onChoose: (a: AgreementView) => void; onClose: () => void }) {
  const { t } = useTranslation('housing');
  const { localized } = useLanguage();
  const [id, setId] = useState<string | null>(agreements[0]?.id ?? null);
  const chosen = agreements.find((a) => a.id === id);
  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': t('common:actions.close') }} title={t('contract.draft')}>
      <Stack>
        <ApiErrorAlert error={error} />
        <Select label={t('agreement.title')} data={agreements.map((a) => ({ value: a.id, label: `${localized(a.title)} — ${localized(a.partner.name)}` }))} value={id} onChange={setId} allowDeselect={false} comboboxProps={{ withinPortal: true }} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common:actions.cancel')}</Button>
          <Button onClick={() => chosen && onChoose(chosen)} loading={pending} disabled={!chosen}>{t('contract.draft')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
