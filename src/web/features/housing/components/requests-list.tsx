// Hiring companies' requests for the housing partner's flats for their new employees, and the
// answers: the operators read them all, the partner answers those made to it (accept with a
// unit, or decline with a note), a company withdraws its own while they wait.
import { Button, Group, Modal, SegmentedControl, Select, Stack, Table, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HousingRequestView } from '../../../../contracts/housing.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { DownloadMenu } from '../../../components/ui/download-menu.tsx';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { TableScroll } from '../../../components/ui/table-scroll.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDate } from '../../../lib/format.ts';
import { studentName } from '../../../lib/student-name.ts';
import { usePartnerUnits } from '../api/housing.api.ts';
import { useAnswerRequest, useWithdrawRequest } from '../api/requests.api.ts';

export const REQUEST_COLOR: Record<HousingRequestView['status'], string> = { requested: 'blue', accepted: 'teal', declined: 'red', withdrawn: 'gray' };

type Props = {
  programId: string;
  requests: HousingRequestView[];
  mayAnswer?: (request: HousingRequestView) => boolean;
  mayWithdraw?: (request: HousingRequestView) => boolean;
  /** The company's own page leaves out the company column. */
  showCompany?: boolean;
};

export function RequestsList({ programId, requests, mayAnswer = () => false, mayWithdraw = () => false, showCompany = true }: Props) {
  const { t } = useTranslation('housing');
  const { language, localized } = useLanguage();
  const withdraw = useWithdrawRequest(programId);
  const [answering, setAnswering] = useState<HousingRequestView | null>(null);
  if (requests.length === 0) return <Text c="dimmed">{t('request.empty')}</Text>;
  const acts = requests.some((r) => r.status === 'requested' && (mayAnswer(r) || mayWithdraw(r)));
  return (
    <Stack gap="xs">
      <Group justify="flex-end">
        <DownloadMenu listPath={`/api/programs/${programId}/housing-requests`} listName={t('request.title')} />
      </Group>
      <ApiErrorAlert error={withdraw.error} />
      <TableScroll label={t('request.title')} minWidth={showCompany ? 860 : 700}>
        <Table verticalSpacing="xs" aria-label={t('request.title')} className="hc-requests">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('request.employee')}</Table.Th>
              {showCompany && <Table.Th>{t('request.company')}</Table.Th>}
              <Table.Th>{t('request.partner')}</Table.Th>
              <Table.Th>{t('request.moveIn')}</Table.Th>
              <Table.Th>{t('request.status')}</Table.Th>
              <Table.Th>{t('request.answer')}</Table.Th>
              {acts && <Table.Th>{t('common:actions.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {requests.map((r) => (
              <Table.Tr key={r.id} data-testid="housing-request">
                <Table.Td>
                  <Text size="sm" fw={500}>{studentName(r.employee, language).primary}</Text>
                  {r.note && <Text size="xs" c="dimmed">{r.note}</Text>}
                </Table.Td>
                {showCompany && <Table.Td>{localized(r.company.name)}</Table.Td>}
                <Table.Td>{localized(r.partner.name)}</Table.Td>
                <Table.Td className="hc-nowrap">{formatDate(r.moveInOn, language)}</Table.Td>
                <Table.Td><StatusBadge color={REQUEST_COLOR[r.status]}>{t(`request.statuses.${r.status}`)}</StatusBadge></Table.Td>
                <Table.Td>
                  {r.unit && <Text size="sm">{r.unit.name} — {r.unit.address}</Text>}
                  {r.answer && <Text size="sm">{r.answer}</Text>}
                  {r.answeredAt && <Text size="xs" c="dimmed">{formatDate(r.answeredAt.slice(0, 10), language)}</Text>}
                </Table.Td>
                {acts && (
                  <Table.Td>
                    {r.status === 'requested' && mayAnswer(r) && <Button size="compact-xs" onClick={() => setAnswering(r)}>{t('request.answerButton')}</Button>}
                    {r.status === 'requested' && mayWithdraw(r) && (
                      <Button size="compact-xs" variant="subtle" color="red" c="red.9" loading={withdraw.isPending} onClick={() => withdraw.mutate({ id: r.id, version: r.version })}>
                        {t('request.withdraw')}
                      </Button>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      {answering && <AnswerModal programId={programId} request={answering} onClose={() => setAnswering(null)} />}
    </Stack>
  );
}

function AnswerModal({ programId, request, onClose }: { programId: string; request: HousingRequestView; onClose: () => void }) {
  const { t } = useTranslation('housing');
  const { language, localized } = useLanguage();
  const answer = useAnswerRequest(programId);
  const units = usePartnerUnits(request.partner.id);
  const [status, setStatus] = useState<'accepted' | 'declined'>('accepted');
  const [unitId, setUnitId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const submit = () =>
    answer.mutate({ id: request.id, answer: { version: request.version, status, unitId: status === 'accepted' ? unitId : null, answer: note.trim() || null } }, { onSuccess: onClose });
  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': t('common:actions.close') }} title={t('request.answerTitle', { name: studentName(request.employee, language).primary })}>
      <form onSubmit={(e) => { e.preventDefault(); submit(); }} noValidate>
        <Stack>
          <Text size="sm">{t('request.summary', { company: localized(request.company.name), date: formatDate(request.moveInOn, language) })}</Text>
          {request.note && <Text size="sm" c="dimmed">{request.note}</Text>}
          <ApiErrorAlert error={answer.error ?? units.error} />
          <SegmentedControl aria-label={t('request.answer')} value={status} onChange={(v) => setStatus(v as 'accepted' | 'declined')} data={[{ value: 'accepted', label: t('request.accept') }, { value: 'declined', label: t('request.decline') }]} />
          {status === 'accepted' && (
            <Select label={t('stay.unit')} withAsterisk data={(units.data?.items ?? []).filter((u) => !u.archived).map((u) => ({ value: u.id, label: `${u.name} · ${u.layout}` }))} value={unitId} onChange={setUnitId} comboboxProps={{ withinPortal: true }} />
          )}
          <Textarea label={status === 'accepted' ? t('request.acceptNote') : t('request.declineNote')} autosize minRows={2} maxLength={1000} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common:actions.cancel')}</Button>
            <Button type="submit" loading={answer.isPending} disabled={status === 'accepted' && !unitId} color={status === 'declined' ? 'red.9' : undefined}>
              {status === 'accepted' ? t('request.accept') : t('request.decline')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
