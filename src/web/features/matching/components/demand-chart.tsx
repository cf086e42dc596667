// Interim demand (JRMP's 中間公表): how many students ranked each company first, against its
// seats, as horizontal bars, so that a student can see where competition is stiff before the
// deadline. Plain bars: a handful of companies needs no charting library.
import { Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RoundView } from '../../../../contracts/matchings.ts';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatNumber } from '../../../lib/format.ts';

export function DemandChart({ round }: { round: RoundView }) {
  const { t } = useTranslation('matching');
  const { language, localized } = useLanguage();
  const demand = round.interimDemand ?? {};
  const most = Math.max(1, ...round.companies.map((c) => Math.max(demand[c.organizationId] ?? 0, c.seats)));
  return (
    <Stack gap="xs" role="list" aria-label={t('demand.title')}>
      {round.companies.map((c) => {
        const first = demand[c.organizationId] ?? 0;
        return (
          <Stack key={c.organizationId} gap={2} role="listitem">
            <Group justify="space-between" gap="xs">
              <Text size="sm" fw={500}>{localized(c.name)}</Text>
              <Text size="sm" c={first > c.seats ? 'red.9' : 'dimmed'} fw={first > c.seats ? 600 : 400}>{t('demand.line', { first: formatNumber(first, language), seats: formatNumber(c.seats, language) })}</Text>
            </Group>
            <Progress.Root size="lg" aria-hidden>
              <Progress.Section value={(Math.min(first, c.seats) / most) * 100} color="teal" />
              {first > c.seats && <Progress.Section value={((first - c.seats) / most) * 100} color="red" />}
            </Progress.Root>
          </Stack>
        );
      })}
    </Stack>
  );
}
