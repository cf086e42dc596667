// The states of the hiring pages as badges: the colour is the dot, the text says it.
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HiringApplicationView, OfferView } from '../../../../contracts/hiring.ts';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { studentName, type StudentNames } from '../../../lib/student-name.ts';
import { parseWarning } from './hiring-format.ts';

const OUTCOME_COLOR: Record<HiringApplicationView['outcome'], string> = { open: 'blue', offered: 'teal', rejected: 'red', withdrawn: 'gray' };
const OFFER_COLOR: Record<OfferView['state'], string> = { issued: 'blue', accepted: 'teal', declined: 'gray', withdrawn: 'gray', expired: 'orange' };
const RETENTION_COLOR: Record<string, string> = { employed: 'teal', changedEmployer: 'orange', leftJapan: 'red' };

export function OutcomeBadge({ outcome }: { outcome: HiringApplicationView['outcome'] }) {
  const { t } = useTranslation('hiring');
  return <StatusBadge color={OUTCOME_COLOR[outcome]}>{t(`outcome.${outcome}`)}</StatusBadge>;
}

export function OfferStateBadge({ state }: { state: OfferView['state'] }) {
  const { t } = useTranslation('hiring');
  return <StatusBadge color={OFFER_COLOR[state]}>{t(`offerState.${state}`)}</StatusBadge>;
}

export function RetentionBadge({ retention }: { retention: string }) {
  const { t } = useTranslation('hiring');
  return <StatusBadge color={RETENTION_COLOR[retention] ?? 'gray'}>{t(`retention.${retention}`)}</StatusBadge>;
}

/** An early warning of the follow-up (`lowScore:1`): what and at which check-in. */
export function WarningBadge({ warning }: { warning: string }) {
  const { t } = useTranslation('hiring');
  const { kind, month } = parseWarning(warning);
  const text = month === null ? t(`warning.${kind}`) : t('warning.atMonth', { warning: t(`warning.${kind}`), month });
  return <StatusBadge color={kind === 'lowScore' ? 'orange' : 'red'}>{text}</StatusBadge>;
}

/** The student's name as the reader expects it, with the passport's Latin form beneath. */
export function StudentNameText({ names, size = 'sm' }: { names: StudentNames; size?: string }) {
  const { language } = useLanguage();
  const name = studentName(names, language);
  return (
    <Stack gap={0}>
      <Text size={size} fw={600}>{name.primary}</Text>
      {name.secondary && name.secondary !== name.primary && <Text size="xs" c="dimmed">{name.secondary}</Text>}
    </Stack>
  );
}
