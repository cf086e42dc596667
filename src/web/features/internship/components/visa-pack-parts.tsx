// Pieces of the visa pack pages: the status of a pack, its validity as a bar from issue to the
// last day the embassy takes it (with the planned application day and today marked), the
// downloads, and what must be recorded before a pack can be issued.
import { Anchor, Card, Group, List, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { VisaPackView } from '../../../../contracts/visa-packs.ts';
import { dayNumber } from '../../../../domain/programs/fiscal-year.ts';
import { VISA_PACK_DOCUMENTS } from '../../../../domain/residence/visa-pack.ts';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDate } from '../../../lib/format.ts';
import { paths } from '../../../paths.ts';
import { usePlanVisaPacks, visaPackPdfUrl } from '../api/visa-packs.api.ts';

const STATUS_COLOR: Record<VisaPackView['status'], string> = { valid: 'teal', expiresSoon: 'orange', expired: 'red' };

export function VisaPackStatus({ pack }: { pack: VisaPackView }) {
  const { t } = useTranslation('internship');
  if (pack.superseded) return <StatusBadge color="gray">{t('visaPacks.status.superseded')}</StatusBadge>;
  return <StatusBadge color={STATUS_COLOR[pack.status]}>{t(`visaPacks.status.${pack.status}`)}</StatusBadge>;
}

/** Issue → valid until as a bar; the application day (or today) is where the embassy looks. */
export function ValidityBar({ pack, today }: { pack: VisaPackView; today: string }) {
  const { t } = useTranslation('internship');
  const { language } = useLanguage();
  const start = dayNumber(pack.issuedOn);
  const end = dayNumber(pack.validUntil);
  const marks = [
    { key: 'today', day: today, color: 'var(--mantine-color-gray-7)' },
    ...(pack.plannedApplicationOn ? [{ key: 'application', day: pack.plannedApplicationOn, color: 'var(--mantine-color-indigo-7)' }] : []),
  ];
  // The axis runs a little past the window so a day after it still shows, beyond the bar.
  const last = Math.max(end, ...marks.map((m) => dayNumber(m.day))) + 3;
  const at = (day: number) => `${Math.min(100, Math.max(0, ((day - start) / (last - start)) * 100))}%`;
  const label = t('visaPacks.validity', { from: formatDate(pack.issuedOn, language), to: formatDate(pack.validUntil, language) });
  return (
    <Stack gap={2} miw={180}>
      <div className="vp-track" role="img" aria-label={label}>
        <div className="vp-window" data-status={pack.status} style={{ left: 0, width: at(end + 1) }} />
        {marks.map((m) => (
          <Tooltip key={m.key} label={`${t(`visaPacks.mark.${m.key}`)}: ${formatDate(m.day, language)}`}>
            <div className="vp-mark" style={{ left: at(dayNumber(m.day)), background: m.color }} />
          </Tooltip>
        ))}
      </div>
      <Text size="xs" c="dimmed">{label}</Text>
    </Stack>
  );
}

/** The whole pack, or one document of it. */
export function VisaPackDownloads({ pack }: { pack: VisaPackView }) {
  const { t } = useTranslation('internship');
  return (
    <Group gap="xs" wrap="wrap">
      <Anchor size="sm" href={visaPackPdfUrl(pack.id)} target="_blank" rel="noopener" fw={600}>{t('visaPacks.download.all')}</Anchor>
      {VISA_PACK_DOCUMENTS.map((document) => (
        <Anchor key={document} size="sm" href={visaPackPdfUrl(pack.id, document)} target="_blank" rel="noopener">{t(`visaPacks.document.${document}`)}</Anchor>
      ))}
    </Group>
  );
}

/** What to record first, each with where to record it. */
export function VisaPackGaps({ gaps, userId, title }: { gaps: string[]; userId: string; title?: string }) {
  const { t } = useTranslation('internship');
  if (gaps.length === 0) return null;
  return (
    <Stack gap={4} data-testid="visa-pack-gaps">
      <Group gap={6} wrap="nowrap" align="flex-start">
        <IconAlertTriangle size={16} color="var(--mantine-color-orange-7)" aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
        <Text size="sm" fw={600}>{title ?? t('visaPacks.gapsTitle')}</Text>
      </Group>
      <List size="sm" spacing={2}>
        {gaps.map((gap) => (
          <List.Item key={gap}>
            {t(`visaPacks.gap.${gap}`)}{' '}
            <Anchor component={Link} to={gap.startsWith('invitee.') ? paths.identity(userId) : paths.organizations} size="sm">{t(gap.startsWith('invitee.') ? 'visaPacks.where.identity' : 'visaPacks.where.organizations')}</Anchor>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

/** An intern's own packs on their plan page (the intern, the company, the operators): the newest to download. */
export function PlanVisaPacks({ planId, enabled, today }: { planId: string; enabled: boolean; today: string }) {
  const { t } = useTranslation('internship');
  const { language } = useLanguage();
  const packs = usePlanVisaPacks(planId, enabled);
  const newest = packs.data?.items[0];
  if (!newest) return null;
  return (
    <Card withBorder data-testid="plan-visa-pack">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Title order={3} size="h4">{t('visaPacks.title')}</Title>
          <VisaPackStatus pack={newest} />
        </Group>
        <Text size="sm">{t('visaPacks.planIntro', { date: formatDate(newest.issuedOn, language), until: formatDate(newest.validUntil, language) })}</Text>
        <ValidityBar pack={newest} today={today} />
        <VisaPackDownloads pack={newest} />
      </Stack>
    </Card>
  );
}
