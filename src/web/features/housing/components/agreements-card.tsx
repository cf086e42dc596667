// The framework agreement (連携協定) between the operator and the housing partner: when it began,
// its term, whether it renews itself, the next renewal, and a reminder once renewal is near
// (also mailed to the operator's staff by a daily job; the card says once it was).
// The operators record and edit it.
import { Alert, Button, Card, Group, Modal, NumberInput, Select, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { IconBellRinging } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementView } from '../../../../contracts/housing.ts';
import type { LocalizedText } from '../../../../domain/shared/localized-text.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { DownloadMenu } from '../../../components/ui/download-menu.tsx';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { fieldErrorsOf, numberOrNull } from '../../../components/ui/form-errors.ts';
import { LocalizedTextInputs } from '../../../components/ui/localized-text-inputs.tsx';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { TableScroll } from '../../../components/ui/table-scroll.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import { useCreateAgreement, useUpdateAgreement } from '../api/contracts.api.ts';

type Party = { id: string; name: LocalizedText };
type Props = { agreements: AgreementView[]; operatorId: string; partners: Party[]; operates: boolean };

export function AgreementsCard({ agreements, operatorId, partners, operates }: Props) {
  const { t } = useTranslation('housing');
  const { language, localized } = useLanguage();
  const [editing, setEditing] = useState<AgreementView | 'new' | null>(null);
  const due = agreements.filter((a) => a.reminderDue);
  const uncovered = partners.filter((p) => !agreements.some((a) => a.partner.id === p.id && a.endedOn === null));
  return (
    <Card withBorder>
      <Stack>
        <Group justify="space-between">
          <Title order={3}>{t('agreement.title')}</Title>
          <Group gap="xs">
            {agreements.length > 0 && <DownloadMenu listPath="/api/housing-agreements" listName={t('agreement.title')} />}
            {operates && uncovered.length > 0 && <Button variant="light" onClick={() => setEditing('new')}>{t('agreement.add')}</Button>}
          </Group>
        </Group>
        {due.map((a) => (
          <Alert key={a.id} color="yellow" icon={<IconBellRinging size={18} />} title={t('agreement.reminderTitle')} role="status" className="hc-notice">
            {a.nextRenewal
              ? t('agreement.reminder', { partner: localized(a.partner.name), date: formatDate(a.nextRenewal, language) })
              : t('agreement.reminderEnds', { partner: localized(a.partner.name), date: formatDate(a.currentTermEnds ?? a.startsOn, language) })}
            {a.reminderMailed && <Text size="sm" mt={4}>{t('agreement.reminderMailed')}</Text>}
          </Alert>
        ))}
        {agreements.length === 0 ? (
          <Text c="dimmed">{t('agreement.empty')}</Text>
        ) : (
          <TableScroll label={t('agreement.title')} minWidth={760}>
            <Table verticalSpacing="xs" aria-label={t('agreement.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('agreement.name')}</Table.Th>
                  <Table.Th>{t('agreement.startsOn')}</Table.Th>
                  <Table.Th>{t('agreement.term')}</Table.Th>
                  <Table.Th>{t('agreement.nextRenewal')}</Table.Th>
                  {operates && <Table.Th>{t('common:actions.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {agreements.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td>
                      <Text size="sm" fw={500}>{localized(a.title)}</Text>
                      <Text size="xs" c="dimmed">{localized(a.partner.name)}</Text>
                    </Table.Td>
                    <Table.Td>{formatDate(a.startsOn, language)}</Table.Td>
                    <Table.Td>
                      {t('agreement.months', { count: a.termMonths, months: formatNumber(a.termMonths, language) })}
                      <Text size="xs" c="dimmed">{a.endedOn ? t('agreement.endedOn', { date: formatDate(a.endedOn, language) }) : a.autoRenew ? t('agreement.autoRenew') : t('agreement.noRenew')}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs">
                        <Text size="sm">{a.nextRenewal ? formatDate(a.nextRenewal, language) : a.currentTermEnds ? t('agreement.endsOn', { date: formatDate(a.currentTermEnds, language) }) : '—'}</Text>
                        {a.reminderDue && <StatusBadge color="orange">{t('agreement.reminderBadge')}</StatusBadge>}
                      </Group>
                      {a.reminderMailed && <Text size="xs" c="dimmed">{t('agreement.reminderMailedShort')}</Text>}
                    </Table.Td>
                    {operates && (
                      <Table.Td>
                        <Button size="compact-xs" variant="subtle" onClick={() => setEditing(a)}>{t('common:actions.edit')}</Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      </Stack>
      {editing && <AgreementFormModal agreement={editing === 'new' ? null : editing} operatorId={operatorId} partners={uncovered} onClose={() => setEditing(null)} />}
    </Card>
  );
}

function AgreementFormModal({ agreement, operatorId, partners, onClose }: { agreement: AgreementView | null; operatorId: string; partners: Party[]; onClose: () => void }) {
  const { t } = useTranslation('housing');
  const { localized } = useLanguage();
  const create = useCreateAgreement();
  const update = useUpdateAgreement();
  const mutation = agreement ? update : create;
  const [partnerId, setPartnerId] = useState<string | null>(agreement?.partner.id ?? partners[0]?.id ?? null);
  const [title, setTitle] = useState<LocalizedText>(agreement?.title ?? {});
  const [startsOn, setStartsOn] = useState(agreement?.startsOn ?? '');
  const [termMonths, setTermMonths] = useState<string | number>(agreement?.termMonths ?? 12);
  const [autoRenew, setAutoRenew] = useState(agreement?.autoRenew ?? true);
  const [reminderDays, setReminderDays] = useState<string | number>(agreement?.reminderDays ?? 30);
  const [endedOn, setEndedOn] = useState(agreement?.endedOn ?? '');
  const errors = fieldErrorsOf(mutation.error);
  const submit = () => {
    const common = { title, termMonths: numberOrNull(termMonths) ?? 0, autoRenew, reminderDays: numberOrNull(reminderDays) ?? 0 };
    if (agreement) update.mutate({ id: agreement.id, patch: { ...common, version: agreement.version, endedOn: endedOn || null } }, { onSuccess: onClose });
    else create.mutate({ ...common, operatorId, partnerId: partnerId ?? '', startsOn }, { onSuccess: onClose });
  };
  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': t('common:actions.close') }} title={agreement ? t('agreement.editTitle') : t('agreement.add')} size="lg">
      <form onSubmit={(e) => { e.preventDefault(); submit(); }} noValidate>
        <Stack>
          {mutation.error && Object.keys(errors).length === 0 && <ApiErrorAlert error={mutation.error} />}
          {!agreement && <Select label={t('agreement.partner')} withAsterisk data={partners.map((p) => ({ value: p.id, label: localized(p.name) }))} value={partnerId} onChange={setPartnerId} allowDeselect={false} error={errors.partnerId} />}
          <LocalizedTextInputs name="title" label={t('agreement.name')} value={title} onChange={setTitle} required error={errors.title} />
          <Group grow align="flex-start">
            <TextInput type="date" label={t('agreement.startsOn')} withAsterisk={!agreement} disabled={Boolean(agreement)} value={startsOn} onChange={(e) => setStartsOn(e.currentTarget.value)} error={errors.startsOn} />
            <NumberInput label={t('agreement.termMonths')} min={1} max={120} allowDecimal={false} value={termMonths} onChange={setTermMonths} error={errors.termMonths} />
          </Group>
          <Switch label={t('agreement.autoRenew')} checked={autoRenew} onChange={(e) => setAutoRenew(e.currentTarget.checked)} />
          <NumberInput label={t('agreement.reminderDays')} description={t('agreement.reminderDaysHint')} min={0} max={365} allowDecimal={false} value={reminderDays} onChange={setReminderDays} error={errors.reminderDays} />
          {agreement && <TextInput type="date" label={t('agreement.endedOnLabel')} description={t('agreement.endedOnHint')} value={endedOn} onChange={(e) => setEndedOn(e.currentTarget.value)} error={errors.endedOn} />}
          <FormActions onCancel={onClose} pending={mutation.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
