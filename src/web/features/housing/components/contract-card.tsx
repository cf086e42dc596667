// One season's loan-for-use contract (使用貸借契約): its steps draft → sent → signed, the units
// and dates it lends (drawn from the stays), its conditions (edited in three languages while a
// draft, each save a new revision drawn again from the current stays), the PDFs of each
// revision (Japanese, or with an English or Mongolian reference translation), sending,
// reopening, and the signed scan uploaded by the partner or the operators.
import { ActionIcon, Anchor, Button, Card, FileButton, Group, Stack, Stepper, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconDownload, IconTrash, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractView } from '../../../../contracts/housing.ts';
import { CONTRACT_STATUSES } from '../../../../domain/housing/housing.ts';
import type { LocalizedText } from '../../../../domain/shared/localized-text.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { LocalizedTextInputs } from '../../../components/ui/localized-text-inputs.tsx';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { TableScroll } from '../../../components/ui/table-scroll.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDateRange, formatDateTime, formatNumber } from '../../../lib/format.ts';
import { contractPdfUrl, signedScanUrl, useReopenContract, useReviseContract, useSendContract, useUploadSignedScan } from '../api/contracts.api.ts';

export const CONTRACT_COLOR: Record<ContractView['status'], string> = { draft: 'gray', sent: 'blue', signed: 'teal' };
const SCAN_TYPES = 'application/pdf,.pdf,image/jpeg,.jpg,.jpeg,image/png,.png';

type Props = { programId: string; contract: ContractView; partnerName: string; operates: boolean };

export function ContractCard({ programId, contract, partnerName, operates }: Props) {
  const { t } = useTranslation('housing');
  const { language } = useLanguage();
  const send = useSendContract(programId);
  const reopen = useReopenContract(programId);
  const upload = useUploadSignedScan(programId);
  const [confirm, setConfirm] = useState<'send' | 'reopen' | null>(null);
  const step = CONTRACT_STATUSES.indexOf(contract.status);
  const narrow = useMediaQuery('(max-width: 48em)');
  const transition = confirm === 'send' ? send : reopen;
  return (
    <Card withBorder component="article" aria-label={t('contract.label', { number: contract.contractNumber })} data-testid="loan-contract">
      <Stack>
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Group gap="xs">
              <Title order={4}>{t('contract.label', { number: contract.contractNumber })}</Title>
              <StatusBadge color={CONTRACT_COLOR[contract.status]}>{t(`contract.status.${contract.status}`)}</StatusBadge>
            </Group>
            <Text size="sm" c="dimmed">{t('contract.with', { partner: partnerName, revision: formatNumber(contract.revision, language) })}</Text>
          </Stack>
          <Group gap="xs">
            {operates && contract.status === 'draft' && <Button onClick={() => setConfirm('send')}>{t('contract.send')}</Button>}
            {operates && contract.status !== 'draft' && <Button variant="default" onClick={() => setConfirm('reopen')}>{t('contract.reopen')}</Button>}
            {contract.status === 'sent' && (
              <FileButton onChange={(file) => file && upload.mutate({ id: contract.id, file })} accept={SCAN_TYPES}>
                {(props) => (
                  <Button {...props} variant="light" leftSection={<IconUpload size={16} />} loading={upload.isPending}>
                    {t('contract.uploadScan')}
                  </Button>
                )}
              </FileButton>
            )}
          </Group>
        </Group>
        <Stepper active={contract.status === 'signed' ? 3 : step} size="sm" orientation={narrow ? 'vertical' : 'horizontal'} allowNextStepsSelect={false} aria-label={t('contract.steps')}>
          <Stepper.Step label={t('contract.status.draft')} description={t('contract.revisionShort', { revision: formatNumber(contract.revision, language) })} />
          <Stepper.Step label={t('contract.status.sent')} description={contract.sentAt ? formatDateTime(contract.sentAt, language) : undefined} />
          <Stepper.Step label={t('contract.status.signed')} description={contract.signedAt ? formatDateTime(contract.signedAt, language) : undefined} />
        </Stepper>
        <ApiErrorAlert error={upload.error ?? send.error ?? reopen.error} />
        {contract.hasSignedScan && (
          <Anchor href={signedScanUrl(contract.id)} target="_blank" rel="noopener">
            <Group gap={4} component="span">
              <IconDownload size={16} aria-hidden />
              {t('contract.signedScan')}
            </Group>
          </Anchor>
        )}
        <UnitLines contract={contract} />
        {operates && contract.status === 'draft' ? <ConditionsEditor key={contract.version} programId={programId} contract={contract} /> : <Conditions contract={contract} />}
        <Revisions contract={contract} />
      </Stack>
      <ConfirmDialog
        opened={confirm !== null}
        title={confirm === 'send' ? t('contract.sendTitle') : t('contract.reopenTitle')}
        message={confirm === 'send' ? t('contract.sendMessage', { partner: partnerName }) : t('contract.reopenMessage')}
        confirmLabel={confirm === 'send' ? t('contract.send') : t('contract.reopen')}
        pending={transition.isPending}
        error={transition.error}
        onClose={() => setConfirm(null)}
        onConfirm={() => transition.mutate({ id: contract.id, version: contract.version }, { onSuccess: () => setConfirm(null) })}
      />
    </Card>
  );
}

function UnitLines({ contract }: { contract: ContractView }) {
  const { t } = useTranslation('housing');
  const { language } = useLanguage();
  if (contract.units.length === 0) return <Text size="sm" c="dimmed">{t('contract.noUnits')}</Text>;
  return (
    <TableScroll label={t('contract.units')} minWidth={620}>
      <Table verticalSpacing={4} aria-label={t('contract.units')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('stay.unit')}</Table.Th>
            <Table.Th>{t('unitForm.address')}</Table.Th>
            <Table.Th>{t('unitForm.layout')}</Table.Th>
            <Table.Th>{t('contract.period')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {contract.units.map((u) => (
            <Table.Tr key={`${u.unitId}-${u.from}`}>
              <Table.Td>{u.name}</Table.Td>
              <Table.Td>{u.address}</Table.Td>
              <Table.Td>{t('calendar.layoutBeds', { layout: u.layout, count: u.capacity })}</Table.Td>
              <Table.Td>{formatDateRange(u.from, u.to, language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

function Conditions({ contract }: { contract: ContractView }) {
  const { t } = useTranslation('housing');
  const { localized } = useLanguage();
  return (
    <Stack gap={4}>
      <Text fw={600} size="sm">{t('contract.conditions')}</Text>
      {contract.conditions.length === 0 ? (
        <Text size="sm" c="dimmed">{t('contract.noConditions')}</Text>
      ) : (
        <ol className="hc-conditions">
          {contract.conditions.map((c, i) => <li key={i}>{localized(c)}</li>)}
        </ol>
      )}
    </Stack>
  );
}

function ConditionsEditor({ programId, contract }: { programId: string; contract: ContractView }) {
  const { t } = useTranslation('housing');
  const revise = useReviseContract(programId);
  const [conditions, setConditions] = useState<LocalizedText[]>(contract.conditions);
  const save = (withConditions: boolean) => revise.mutate({ id: contract.id, patch: { version: contract.version, ...(withConditions ? { conditions } : {}) } });
  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">{t('contract.conditions')}</Text>
      <Text size="xs" c="dimmed">{t('contract.conditionsHint')}</Text>
      <ApiErrorAlert error={revise.error} />
      {conditions.map((c, i) => (
        <Group key={i} align="flex-end" wrap="nowrap">
          <div style={{ flex: 1 }}>
            <LocalizedTextInputs name={`conditions.${i}`} label={t('contract.condition', { number: i + 1 })} value={c} onChange={(v) => setConditions(conditions.map((x, j) => (j === i ? v : x)))} />
          </div>
          <ActionIcon variant="subtle" color="red.9" size="lg" mb={2} aria-label={t('contract.removeCondition', { number: i + 1 })} onClick={() => setConditions(conditions.filter((_, j) => j !== i))}>
            <IconTrash size={18} />
          </ActionIcon>
        </Group>
      ))}
      <Group justify="space-between">
        <Button variant="light" size="compact-sm" onClick={() => setConditions([...conditions, {}])} disabled={conditions.length >= 20}>
          {t('contract.addCondition')}
        </Button>
        <Group gap="xs">
          <Button variant="default" onClick={() => save(false)} loading={revise.isPending}>{t('contract.redraw')}</Button>
          <Button onClick={() => save(true)} loading={revise.isPending}>{t('contract.saveConditions')}</Button>
        </Group>
      </Group>
    </Stack>
  );
}

function Revisions({ contract }: { contract: ContractView }) {
  const { t } = useTranslation('housing');
  const { language } = useLanguage();
  const revisions = [...contract.revisions].sort((a, b) => b.revision - a.revision);
  return (
    <Stack gap={4}>
      <Text fw={600} size="sm">{t('contract.revisions')}</Text>
      {revisions.map((r) => (
        <Group key={r.revision} gap="sm" wrap="wrap" role="group" aria-label={t('contract.revisionShort', { revision: formatNumber(r.revision, language) })}>
          <Text size="sm" miw={180}>
            {t('contract.revisionShort', { revision: formatNumber(r.revision, language) })} · {formatDateTime(r.createdAt, language)}
          </Text>
          <Anchor size="sm" href={contractPdfUrl(contract.id, { revision: r.revision })} target="_blank" rel="noopener">{t('contract.pdf.ja')}</Anchor>
          <Anchor size="sm" href={contractPdfUrl(contract.id, { revision: r.revision, translation: 'en' })} target="_blank" rel="noopener">{t('contract.pdf.en')}</Anchor>
          <Anchor size="sm" href={contractPdfUrl(contract.id, { revision: r.revision, translation: 'mn' })} target="_blank" rel="noopener">{t('contract.pdf.mn')}</Anchor>
        </Group>
      ))}
    </Stack>
  );
}
