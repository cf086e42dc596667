// A round as its operators run it: the settings (seats, the flats cap and how it is shared, the
// JRMP rule, interim demand), the lists coming in, then preview, run, changes by hand, publication
// and freeze, with the result and the property any change by hand breaks.
import { Alert, Button, Card, Group, List, NumberInput, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatchingOutcome, RoundView } from '../../../../contracts/matchings.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { DownloadMenu } from '../../../components/ui/download-menu.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { fieldErrorsOf, numberOrNull } from '../../../components/ui/form-errors.ts';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatNumber } from '../../../lib/format.ts';
import { studentName } from '../../../lib/student-name.ts';
import { useFreeze, usePreview, usePublishResult, useResult, useRun, useUpdateRound } from '../api/matching.api.ts';
import { DemandChart } from './demand-chart.tsx';
import { OverrideModal } from './override-modal.tsx';
import { RankingEditor } from './ranking-editor.tsx';
import { CompanyResults, StudentResults } from './result-view.tsx';

export function OperatorRound({ round }: { round: RoundView }) {
  const { localized } = useLanguage();
  const companyName = (id: string) => localized(round.companies.find((c) => c.organizationId === id)?.name);
  return (
    <Stack>
      <ResultCard round={round} companyName={companyName} />
      <ListsCard round={round} />
      {(round.status === 'collecting' || round.status === 'reviewed') && <SettingsCard key={round.version} round={round} />}
    </Stack>
  );
}

function toLocalInput(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function SettingsCard({ round }: { round: RoundView }) {
  const { t } = useTranslation('matching');
  const { localized } = useLanguage();
  const update = useUpdateRound(round.id);
  const [cap, setCap] = useState<string | number>(round.totalCap ?? '');
  const [deadline, setDeadline] = useState(toLocalInput(round.listsDeadline));
  const [requireInterviewed, setRequireInterviewed] = useState(round.requireInterviewed);
  const [demand, setDemand] = useState(round.interimDemandPublished);
  const [seats, setSeats] = useState<Record<string, string | number>>(Object.fromEntries(round.companies.map((c) => [c.organizationId, c.seats])));
  const [targets, setTargets] = useState<Record<string, string | number>>(Object.fromEntries(round.companies.map((c) => [c.organizationId, round.capTargets[c.organizationId] ?? 0])));
  const [order, setOrder] = useState(round.capOrder.length > 0 ? round.capOrder : round.companies.map((c) => c.organizationId));
  const errors = fieldErrorsOf(update.error);
  const save = () =>
    update.mutate({
      version: round.version,
      totalCap: numberOrNull(cap),
      listsDeadline: new Date(deadline).toISOString(),
      requireInterviewed,
      interimDemandPublished: demand,
      companies: round.companies.map((c) => ({ organizationId: c.organizationId, seats: numberOrNull(seats[c.organizationId]) ?? 0 })),
      capOrder: order,
      capTargets: Object.fromEntries(Object.entries(targets).flatMap(([id, v]) => ((numberOrNull(v) ?? 0) > 0 ? [[id, numberOrNull(v)!]] : []))),
    });
  return (
    <Card withBorder>
      <Stack>
        <Title order={3}>{t('settings.title')}</Title>
        {update.error && <ApiErrorAlert error={update.error} />}
        <Group grow align="flex-start">
          <NumberInput label={t('form.cap')} description={t('form.capHint')} min={0} value={cap} onChange={setCap} error={errors.totalCap} />
          <TextInput type="datetime-local" label={t('form.deadline')} value={deadline} onChange={(e) => setDeadline(e.currentTarget.value)} error={errors.listsDeadline} />
        </Group>
        <Switch label={t('form.requireInterviewed')} description={t('form.requireInterviewedHint')} checked={requireInterviewed} onChange={(e) => setRequireInterviewed(e.currentTarget.checked)} />
        <Switch label={t('settings.publishDemand')} description={t('settings.publishDemandHint')} checked={demand} onChange={(e) => setDemand(e.currentTarget.checked)} />
        <Text fw={600}>{t('settings.seats')}</Text>
        {round.companies.map((c) => (
          <Group key={c.organizationId} grow align="flex-start">
            <Text size="sm" mt={28}>{localized(c.name)}</Text>
            <NumberInput label={t('settings.seatsOf')} min={0} max={1000} value={seats[c.organizationId]} onChange={(v) => setSeats({ ...seats, [c.organizationId]: v })} />
            <NumberInput label={t('settings.target')} description={t('settings.targetHint')} min={0} value={targets[c.organizationId]} onChange={(v) => setTargets({ ...targets, [c.organizationId]: v })} error={errors[`capTargets.${c.organizationId}`]} />
          </Group>
        ))}
        {errors.capTargets && <Text c="red" size="sm">{errors.capTargets}</Text>}
        <Text fw={600}>{t('settings.order')}</Text>
        <Text size="sm" c="dimmed">{t('settings.orderHint')}</Text>
        <RankingEditor ranking={order} entries={round.companies.map((c) => ({ id: c.organizationId, label: localized(c.name) }))} onChange={setOrder} listLabel={t('settings.order')} />
        <Group justify="flex-end">
          <Button loading={update.isPending} onClick={save}>{t('common:actions.save')}</Button>
        </Group>
      </Stack>
    </Card>
  );
}

function ListsCard({ round }: { round: RoundView }) {
  const { t } = useTranslation('matching');
  const { language } = useLanguage();
  const inCount = round.listsIn;
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={3}>{t('lists.title')}</Title>
        {inCount && (
          <Text size="sm">
            {t('lists.studentsIn', { n: formatNumber(inCount.students, language), of: formatNumber(inCount.studentsInMarket, language) })} · {t('lists.companiesIn', { n: formatNumber(inCount.companies, language), of: formatNumber(round.companies.length, language) })}
          </Text>
        )}
        <Group gap="xs">
          <Text fw={600} size="sm">{t('demand.title')}</Text>
          <StatusBadge color={round.interimDemandPublished ? 'teal' : 'gray'}>{round.interimDemandPublished ? t('demand.published') : t('demand.private')}</StatusBadge>
        </Group>
        <DemandChart round={round} />
      </Stack>
    </Card>
  );
}

type Step = 'run' | 'publish' | 'freeze';

function ResultCard({ round, companyName }: { round: RoundView; companyName: (id: string) => string }) {
  const { t } = useTranslation('matching');
  const { language } = useLanguage();
  const saved = useResult(round.id, round.status !== 'collecting');
  const preview = usePreview(round.id);
  const steps = { run: useRun(round.id), publish: usePublishResult(round.id), freeze: useFreeze(round.id) };
  const [confirming, setConfirming] = useState<Step | null>(null);
  const [overriding, setOverriding] = useState<MatchingOutcome['students'][number] | null>(null);
  const shown = saved.data ?? preview.data;
  const can = { run: round.status === 'collecting' || round.status === 'reviewed', publish: round.status === 'reviewed', freeze: round.status === 'published' };
  const nameOf = (applicationId: string | null) => {
    const s = shown?.students.find((x) => x.applicationId === applicationId);
    return s ? studentName(s.student, language).primary : '';
  };
  return (
    <Card withBorder>
      <Stack>
        <Group justify="space-between">
          <Title order={3}>{t('result.title')}</Title>
          <Group gap="xs">
            {saved.data && <DownloadMenu listPath={`/api/matchings/${round.id}/result`} listName={t('result.title')} />}
            {can.run && <Button variant="default" loading={preview.isPending} onClick={() => preview.mutate()}>{t('actions.preview')}</Button>}
            {(Object.keys(can) as Step[]).filter((s) => can[s]).map((s) => (
              <Button key={s} onClick={() => setConfirming(s)} variant={s === 'run' ? 'light' : 'filled'}>{t(`actions.${s}`)}</Button>
            ))}
          </Group>
        </Group>
        {preview.error && <ApiErrorAlert error={preview.error} />}
        {!shown && <Text c="dimmed" size="sm">{t('result.none')}</Text>}
        {shown && (
          <>
            <Group gap="xs">
              <StatusBadge color={shown.saved ? 'teal' : 'orange'}>{shown.saved ? t('result.saved') : t('result.preview')}</StatusBadge>
              <Text size="sm">{t('result.summary', { matched: formatNumber(shown.matched, language), cap: shown.totalCap === null ? '—' : formatNumber(shown.totalCap, language) })}</Text>
            </Group>
            {shown.broken.length > 0 && <BrokenAlert broken={shown.broken} nameOf={nameOf} companyName={companyName} />}
            <StudentResults
              outcome={shown}
              companyName={companyName}
              action={shown.saved && round.status === 'reviewed' ? (s) => <Button size="xs" variant="subtle" onClick={() => setOverriding(s)} aria-label={t('override.open', { name: nameOf(s.applicationId) })}>{t('override.button')}</Button> : undefined}
            />
            <CompanyResults outcome={shown} />
          </>
        )}
      </Stack>
      {confirming && (
        <ConfirmDialog
          opened
          title={t(`confirm.${confirming}.title`)}
          message={t(`confirm.${confirming}.message`)}
          confirmLabel={t(`actions.${confirming}`)}
          pending={steps[confirming].isPending}
          error={steps[confirming].error}
          onConfirm={() => steps[confirming].mutate(round.version, { onSuccess: () => { setConfirming(null); preview.reset(); } })}
          onClose={() => setConfirming(null)}
        />
      )}
      <OverrideModal round={round} student={overriding} companyName={companyName} onClose={() => setOverriding(null)} />
    </Card>
  );
}

/** What the result breaks, by property: the first few cases of each, and how many more. */
function BrokenAlert({ broken, nameOf, companyName }: { broken: MatchingOutcome['broken']; nameOf: (id: string | null) => string; companyName: (id: string) => string }) {
  const { t } = useTranslation('matching');
  const { language } = useLanguage();
  const properties = [...new Set(broken.map((b) => b.property))];
  return (
    <Alert color="orange" title={<Text fw={700} c="dark.9">{t('broken.title')}</Text>}>
      <List size="sm">
        {properties.flatMap((property) => {
          const cases = broken.filter((b) => b.property === property);
          const lines = cases.slice(0, 3).map((b, i) => (
            <List.Item key={`${property}-${i}`}>{t(`broken.${b.property}`, { student: nameOf(b.applicationId), company: b.organizationId ? companyName(b.organizationId) : '' })}</List.Item>
          ));
          if (cases.length > 3) lines.push(<List.Item key={`${property}-more`}>{t('broken.more', { count: cases.length - 3, n: formatNumber(cases.length - 3, language) })}</List.Item>);
          return lines;
        })}
      </List>
    </Alert>
  );
}
