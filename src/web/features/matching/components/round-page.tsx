// One intern-selection round, as each participant needs it. The operators: the settings (the
// flats cap and how it is shared), the lists coming in and the interim demand, the preview, the
// run, changes by hand, publication and freeze. A student: their list of companies, then their
// result with why. A company: its list of the students it interviewed, then its interns. A
// college: its students' lists and results.
import { Anchor, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { RoundView } from '../../../../contracts/matchings.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDateTime, formatNumber } from '../../../lib/format.ts';
import { paths } from '../../../paths.ts';
import { useRound } from '../api/matching.api.ts';
import { ROUND_COLOR } from './matchings-page.tsx';
import { OperatorRound } from './operator-round.tsx';
import { ParticipantRound } from './participant-round.tsx';

export function RoundPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('matching');
  const round = useRound(id);
  if (round.error) return <ApiErrorAlert error={round.error} />;
  if (!round.data) return <Loader aria-label={t('common:loading')} />;
  return (
    <Stack>
      <Anchor component={Link} to={paths.programMatchings(round.data.programId)} size="sm">
        {t('backToRounds')}
      </Anchor>
      <RoundHeader round={round.data} />
      {round.data.viewer === 'operator' ? <OperatorRound round={round.data} /> : <ParticipantRound round={round.data} />}
    </Stack>
  );
}

function RoundHeader({ round }: { round: RoundView }) {
  const { t } = useTranslation('matching');
  const { language, localized } = useLanguage();
  const seats = round.companies.reduce((n, c) => n + c.seats, 0);
  return (
    <Stack gap={4}>
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{localized(round.title)}</Title>
        <StatusBadge color={ROUND_COLOR[round.status]}>{t(`status.${round.status}`)}</StatusBadge>
      </Group>
      <Text c="dimmed" size="sm">
        {[
          t('list.deadline', { at: formatDateTime(round.listsDeadline, language) }),
          t('header.companies', { count: round.companies.length, seats: formatNumber(seats, language) }),
          round.totalCap === null ? t('header.noCap') : t('list.cap', { count: round.totalCap }),
        ].join(' · ')}
      </Text>
    </Stack>
  );
}
