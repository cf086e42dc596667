// A round as a student, a company or a college sees it: their rank-order list (to put in order
// before the deadline, or to read), the interim demand once the operators publish it, and their
// result once published, with the reason for each higher choice.
import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RankListsView, RoundView } from '../../../../contracts/matchings.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { DownloadMenu } from '../../../components/ui/download-menu.tsx';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { studentName } from '../../../lib/student-name.ts';
import { useRankLists, useResult, useSaveList } from '../api/matching.api.ts';
import { DemandChart } from './demand-chart.tsx';
import { RankingEditor, type RankEntry } from './ranking-editor.tsx';
import { CompanyResults, StudentResults } from './result-view.tsx';

export function ParticipantRound({ round }: { round: RoundView }) {
  const { t } = useTranslation('matching');
  const { localized } = useLanguage();
  const lists = useRankLists(round.id);
  const published = round.status === 'published' || round.status === 'frozen';
  const result = useResult(round.id, published);
  if (lists.error) return <ApiErrorAlert error={lists.error} />;
  if (!lists.data) return null;
  const companyName = (id: string) => localized(round.companies.find((c) => c.organizationId === id)?.name);
  const open = (round.status === 'collecting' || round.status === 'reviewed') && new Date(round.listsDeadline) > new Date();
  return (
    <Stack>
      {published && result.data && (
        <Card withBorder>
          <Stack>
            <Group justify="space-between">
              <Title order={3}>{t('result.title')}</Title>
              <DownloadMenu listPath={`/api/matchings/${round.id}/result`} listName={t('result.title')} />
            </Group>
            {round.viewer === 'student' && <OwnResult outcome={result.data} companyName={companyName} />}
            {round.viewer !== 'student' && <StudentResults outcome={result.data} companyName={companyName} />}
            {round.viewer === 'company' && <CompanyResults outcome={result.data} />}
          </Stack>
        </Card>
      )}
      {result.error && <ApiErrorAlert error={result.error} />}
      {round.interimDemand && !published && (
        <Card withBorder>
          <Stack gap="xs">
            <Title order={3}>{t('demand.title')}</Title>
            <Text size="sm" c="dimmed">{t('demand.hint')}</Text>
            <DemandChart round={round} />
          </Stack>
        </Card>
      )}
      {/* Keyed by the list's version: a saved list starts a fresh draft. */}
      {round.viewer === 'student' && <StudentListCard key={lists.data.students[0]?.version ?? 'new'} round={round} lists={lists.data} open={open} />}
      {round.viewer === 'company' && lists.data.companies.map((c) => <CompanyListCard key={`${c.organizationId}:${c.version}`} round={round} list={c} open={open} />)}
      {round.viewer === 'college' && <CollegeLists lists={lists.data} companyName={companyName} />}
    </Stack>
  );
}

function OwnResult({ outcome, companyName }: { outcome: NonNullable<ReturnType<typeof useResult>['data']>; companyName: (id: string) => string }) {
  const { t } = useTranslation('matching');
  const mine = outcome.students[0];
  if (!mine) return <Text c="dimmed">{t('result.notInRound')}</Text>;
  return (
    <Stack gap="xs">
      {mine.organizationId ? (
        <Alert color="teal" title={t('result.placedTitle')}>{t('result.placed', { company: companyName(mine.organizationId), n: mine.choice ?? 0 })}</Alert>
      ) : (
        <Alert color="gray" title={t('result.notPlacedTitle')}>{t('result.notPlaced')}</Alert>
      )}
      {mine.notHigher.length > 0 && (
        <Stack gap={4}>
          <Text fw={600}>{t('result.whyNotHigher')}</Text>
          {mine.notHigher.map((h) => (
            <Text key={h.organizationId} size="sm">・{t(`reason.${h.reason}`, { company: companyName(h.organizationId) })}</Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function StudentListCard({ round, lists, open }: { round: RoundView; lists: RankListsView; open: boolean }) {
  const { t } = useTranslation('matching');
  const { localized } = useLanguage();
  const mine = lists.students[0];
  const save = useSaveList(round.id);
  const [draft, setDraft] = useState(mine?.ranking ?? []);
  if (!mine) return <Alert color="gray">{t('lists.notInMarket')}</Alert>;
  const entries: RankEntry[] = round.companies.map((c) => ({ id: c.organizationId, label: localized(c.name), detail: <Text size="xs" c="dimmed">{t('lists.seats', { count: c.seats })}</Text> }));
  return (
    <Card withBorder>
      <Stack>
        <Group justify="space-between">
          <Title order={3}>{t('lists.mine')}</Title>
          <StatusBadge color={mine.version === null ? 'gray' : 'teal'}>{mine.version === null ? t('lists.notSent') : t('lists.sent')}</StatusBadge>
        </Group>
        <Text size="sm" c="dimmed">{t('lists.studentHint')}</Text>
        <RankingEditor ranking={draft} entries={entries} onChange={setDraft} disabled={!open} listLabel={t('lists.mine')} />
        {save.error && <ApiErrorAlert error={save.error} />}
        {open && (
          <Group justify="flex-end">
            <Button loading={save.isPending} onClick={() => save.mutate({ owner: { kind: 'student', applicationId: mine.applicationId }, ranking: draft, version: mine.version })}>
              {t('lists.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

function CompanyListCard({ round, list, open }: { round: RoundView; list: RankListsView['companies'][number]; open: boolean }) {
  const { t } = useTranslation('matching');
  const { language } = useLanguage();
  const save = useSaveList(round.id);
  const [draft, setDraft] = useState(list.ranking);
  const entries: RankEntry[] = list.candidates.map((c) => {
    const name = studentName(c.student, language);
    return { id: c.applicationId, label: name.primary, detail: <Text size="xs" c="dimmed">{[name.secondary, c.interviewed ? t('lists.interviewed') : null].filter(Boolean).join(' · ')}</Text> };
  });
  return (
    <Card withBorder>
      <Stack>
        <Group justify="space-between">
          <Title order={3}>{t('lists.companyList')}</Title>
          <StatusBadge color={list.version === null ? 'gray' : 'teal'}>{list.version === null ? t('lists.notSent') : t('lists.sent')}</StatusBadge>
        </Group>
        <Text size="sm" c="dimmed">{round.requireInterviewed ? t('lists.companyHint') : t('lists.companyHintRelaxed')}</Text>
        <RankingEditor ranking={draft} entries={entries} onChange={setDraft} disabled={!open} listLabel={t('lists.companyList')} />
        {save.error && <ApiErrorAlert error={save.error} />}
        {open && (
          <Group justify="flex-end">
            <Button loading={save.isPending} onClick={() => save.mutate({ owner: { kind: 'company', organizationId: list.organizationId }, ranking: draft, version: list.version })}>
              {t('lists.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

function CollegeLists({ lists, companyName }: { lists: RankListsView; companyName: (id: string) => string }) {
  const { t } = useTranslation('matching');
  const { language } = useLanguage();
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={3}>{t('lists.collegeTitle')}</Title>
        {lists.students.map((s) => (
          <Text key={s.applicationId} size="sm">
            <b>{studentName(s.student, language).primary}</b>: {s.ranking.length === 0 ? t('lists.notSent') : s.ranking.map((id, i) => `${i + 1}. ${companyName(id)}`).join('  ')}
          </Text>
        ))}
      </Stack>
    </Card>
  );
}
