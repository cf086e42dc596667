// The fair's interviews as a list, for each viewer: the operators approve or decline requests
// (all selected at once, all or nothing) and add interviews; a company asks for students and
// evaluates after; a student asks for companies; a college reads its students'.
import { Button, Card, Checkbox, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FairView, InterviewView } from '../../../../contracts/fairs.ts';
import { isInterviewable } from '../../../../domain/fairs/fair-rules.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { TableScroll } from '../../../components/ui/table-scroll.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { studentName } from '../../../lib/student-name.ts';
import { useApplicants, useDecide, useRequestInterview, useWithdraw } from '../api/fairs.api.ts';
import { EvaluationModal } from './evaluation-modal.tsx';
import { roomLabel } from './schedule-grid.tsx';
import { clock, slotDay } from './slot-time.ts';

const STATUS_COLOR = { requested: 'yellow', approved: 'teal', declined: 'gray' } as const;

/** Requests waiting for a decision first, then the timetable in time order, then the rest. */
function inReadingOrder(fair: FairView, interviews: InterviewView[]): InterviewView[] {
  const position = new Map(fair.slots.map((s) => [s.id, s.position]));
  const rank = (i: InterviewView) => (i.status === 'requested' ? -1 : i.slotId ? position.get(i.slotId)! : i.status === 'approved' ? 1e6 : 2e6);
  return [...interviews].sort((a, b) => rank(a) - rank(b));
}

export function InterviewsCard({ fair, interviews: unordered }: { fair: FairView; interviews: InterviewView[] }) {
  const { t } = useTranslation('fairs');
  const interviews = inReadingOrder(fair, unordered);
  const decide = useDecide(fair.id);
  const withdraw = useWithdraw(fair.id);
  const [selected, setSelected] = useState<string[]>([]);
  const [evaluating, setEvaluating] = useState<InterviewView | null>(null);
  const operates = fair.viewer === 'operator';
  const decideSelected = (status: 'approved' | 'declined') =>
    decide.mutate({ items: interviews.filter((i) => selected.includes(i.id)).map((i) => ({ id: i.id, version: i.version, status })) }, { onSuccess: () => setSelected([]) });
  return (
    <Card withBorder component="section" aria-labelledby="fair-interviews-title">
      <Stack>
        <Title order={3} size="h4" id="fair-interviews-title">
          {t(`interviews.title.${fair.viewer}`)}
        </Title>
        {fair.viewer !== 'college' && <AskForm fair={fair} />}
        <ApiErrorAlert error={decide.error ?? withdraw.error} />
        {operates && (
          <Group>
            <Button size="xs" disabled={selected.length === 0} loading={decide.isPending} onClick={() => decideSelected('approved')}>
              {t('interviews.approveSelected', { count: selected.length })}
            </Button>
            <Button size="xs" variant="default" disabled={selected.length === 0} loading={decide.isPending} onClick={() => decideSelected('declined')}>
              {t('interviews.declineSelected', { count: selected.length })}
            </Button>
          </Group>
        )}
        {interviews.length === 0 ? (
          <Text c="dimmed">{t('interviews.empty')}</Text>
        ) : (
          <TableScroll label={t(`interviews.title.${fair.viewer}`)} minWidth={720}>
            <Table striped verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  {operates && (
                    <Table.Th w={32}>
                      <Checkbox aria-label={t('interviews.selectAll')} checked={selected.length > 0 && selected.length === interviews.length} indeterminate={selected.length > 0 && selected.length < interviews.length} onChange={(e) => setSelected(e.currentTarget.checked ? interviews.map((i) => i.id) : [])} />
                    </Table.Th>
                  )}
                  {fair.viewer !== 'student' && <Table.Th>{t('interviews.student')}</Table.Th>}
                  {fair.viewer !== 'company' && <Table.Th>{t('interviews.company')}</Table.Th>}
                  <Table.Th>{t('interviews.status')}</Table.Th>
                  <Table.Th>{t('interviews.when')}</Table.Th>
                  {(operates || fair.viewer === 'company') && <Table.Th>{t('interviews.evaluation')}</Table.Th>}
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {interviews.map((i) => (
                  <InterviewRow
                    key={i.id}
                    fair={fair}
                    interview={i}
                    selected={selected.includes(i.id)}
                    onSelect={(on) => setSelected(on ? [...selected, i.id] : selected.filter((s) => s !== i.id))}
                    onEvaluate={() => setEvaluating(i)}
                    onWithdraw={() => withdraw.mutate({ id: i.id, version: i.version })}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      </Stack>
      {evaluating && <EvaluationModal fair={fair} interview={evaluating} onClose={() => setEvaluating(null)} />}
    </Card>
  );
}

type RowProps = { fair: FairView; interview: InterviewView; selected: boolean; onSelect: (on: boolean) => void; onEvaluate: () => void; onWithdraw: () => void };

function InterviewRow({ fair, interview: i, selected, onSelect, onEvaluate, onWithdraw }: RowProps) {
  const { t } = useTranslation('fairs');
  const { language, localized } = useLanguage();
  const names = studentName(i.student, language);
  const slot = fair.slots.find((s) => s.id === i.slotId);
  const operates = fair.viewer === 'operator';
  const mayWithdraw = operates || ((fair.viewer === 'company' || fair.viewer === 'student') && !i.slotId && i.requestedBy === fair.viewer);
  return (
    <Table.Tr>
      {operates && (
        <Table.Td>
          <Checkbox aria-label={t('interviews.select', { student: names.primary, company: localized(i.companyName) })} checked={selected} onChange={(e) => onSelect(e.currentTarget.checked)} />
        </Table.Td>
      )}
      {fair.viewer !== 'student' && (
        <Table.Td>
          <Text size="sm" fw={600}>{names.primary}</Text>
          <Text size="xs" c="dimmed">{[names.secondary, localized(i.student.collegeName)].filter(Boolean).join(' · ')}</Text>
        </Table.Td>
      )}
      {fair.viewer !== 'company' && <Table.Td>{localized(i.companyName)}</Table.Td>}
      <Table.Td>
        <Group gap={4}>
          <StatusBadge color={STATUS_COLOR[i.status]}>{t(`interviewStatus.${i.status}`)}</StatusBadge>
          {i.needsInterpreter && <StatusBadge color="grape">{t('interpreter')}</StatusBadge>}
        </Group>
        <Text size="xs" c="dimmed">{t(`requestedBy.${i.requestedBy}`)}</Text>
      </Table.Td>
      <Table.Td>
        {slot ? (
          <Text size="sm">
            {slotDay(slot.startsAt, fair.timeZone, language)} {clock(slot.startsAt, fair.timeZone)} · {roomLabel(fair, i.organizationId, i.room ?? 0, t)}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">{i.unscheduledReason ? t(`reasons.${i.unscheduledReason}`) : '—'}</Text>
        )}
      </Table.Td>
      {(operates || fair.viewer === 'company') && (
        <Table.Td>
          {i.evaluation && <Text size="sm">{t('evaluation.summary', { score: i.evaluation.weightedScore ?? '—', recommendation: t(`recommendation.${i.evaluation.recommendation}`) })}</Text>}
          {fair.viewer === 'company' && i.slotId && (
            <Button size="compact-xs" variant="light" onClick={onEvaluate}>
              {i.evaluation ? t('evaluation.edit') : t('evaluation.add')}
            </Button>
          )}
        </Table.Td>
      )}
      <Table.Td>
        {mayWithdraw && (
          <Button size="compact-xs" variant="subtle" color="red.8" onClick={onWithdraw}>
            {t('interviews.withdraw')}
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** Asking for an interview: a company picks a student, a student a company, the operators both. */
function AskForm({ fair }: { fair: FairView }) {
  const { t } = useTranslation('fairs');
  const { language, localized } = useLanguage();
  const request = useRequestInterview(fair.id);
  const applicants = useApplicants(fair.programId, fair.viewer === 'operator' || fair.viewer === 'company');
  const [applicationId, setApplicationId] = useState<string | null>(null);
  const [companyId, setCompanyId] = useState<string | null>(fair.viewer === 'company' ? (fair.companies[0]?.organizationId ?? null) : null);
  const [interpreter, setInterpreter] = useState(false);
  const own = useApplicants(fair.programId, fair.viewer === 'student');
  const studentApplication = fair.viewer === 'student' ? (own.data?.items[0]?.id ?? null) : applicationId;
  const students = (applicants.data?.items ?? []).filter((a) => isInterviewable(a.status)).map((a) => ({ value: a.id, label: `${studentName(a, language).primary}${studentName(a, language).secondary ? ` (${studentName(a, language).secondary})` : ''}` }));
  const submit = () => {
    if (!studentApplication || !companyId) return;
    request.mutate({ applicationId: studentApplication, organizationId: companyId, needsInterpreter: interpreter }, { onSuccess: () => setApplicationId(null) });
  };
  return (
    <Stack gap="xs" className="no-print">
      <Group align="flex-end" wrap="wrap">
        {fair.viewer !== 'student' && <Select label={t('ask.student')} data={students} value={applicationId} onChange={setApplicationId} searchable w={320} nothingFoundMessage={t('ask.noStudents')} comboboxProps={{ withinPortal: true }} />}
        {fair.viewer !== 'company' && (
          <Select label={t('ask.company')} data={fair.companies.map((c) => ({ value: c.organizationId, label: localized(c.name) }))} value={companyId} onChange={setCompanyId} w={260} comboboxProps={{ withinPortal: true }} />
        )}
        <Checkbox label={t('ask.interpreter')} checked={interpreter} onChange={(e) => setInterpreter(e.currentTarget.checked)} mb={8} />
        <Button onClick={submit} loading={request.isPending} disabled={!studentApplication || !companyId}>
          {fair.viewer === 'operator' ? t('ask.add') : t('ask.submit')}
        </Button>
      </Group>
      <ApiErrorAlert error={request.error} />
    </Stack>
  );
}
