// An intern's progress in a glance: a thin bar of the days by the state of their report
// (commented, submitted, late, missing, not due yet) with the attendance rate beside it. The bar
// is one image to a screen reader, named by its counts; the legend says what the colours mean.
import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InternshipOverview } from '../../../../contracts/internship.ts';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatNumber } from '../../../lib/format.ts';
import { formatPercent } from './internship-format.ts';

type Progress = NonNullable<InternshipOverview['items'][number]['progress']>;
export const REPORT_SEGMENTS = ['commented', 'submitted', 'late', 'missing', 'notDue'] as const;

export function reportCounts(progress: Progress): Record<(typeof REPORT_SEGMENTS)[number], number> {
  const { commented, submitted, late, missing } = progress.reports;
  return { commented, submitted, late, missing, notDue: Math.max(0, progress.days - commented - submitted - late - missing) };
}

export function ReportBar({ progress, width = 160 }: { progress: Progress; width?: number | string }) {
  const { t } = useTranslation('internship');
  const { language } = useLanguage();
  const counts = reportCounts(progress);
  const label = t('progress.barLabel', Object.fromEntries(REPORT_SEGMENTS.map((s) => [s, formatNumber(counts[s], language)])));
  return (
    <div className="ip-bar" role="img" aria-label={label} title={label} style={{ width }}>
      {REPORT_SEGMENTS.filter((s) => counts[s] > 0).map((s) => (
        <span key={s} className="ip-seg" data-state={s} style={{ flexGrow: counts[s] }} />
      ))}
    </div>
  );
}

/** The attendance rate (present or late among recorded, excused days left out), or a dash before any. */
export function AttendanceRate({ progress }: { progress: Progress }) {
  const { t } = useTranslation('internship');
  const { language } = useLanguage();
  return (
    <Text size="sm" span title={t('progress.rateHint')}>
      {progress.attendanceRate === null ? '—' : formatPercent(progress.attendanceRate, language)}
    </Text>
  );
}

export function ReportLegend() {
  const { t } = useTranslation('internship');
  return (
    <Group gap="md" role="list" aria-label={t('progress.legend')}>
      {REPORT_SEGMENTS.map((s) => (
        <Group key={s} gap={6} role="listitem" wrap="nowrap">
          <span className="ip-swatch" data-state={s} aria-hidden />
          <Text size="xs">{t(`reportState.${s}`)}</Text>
        </Group>
      ))}
    </Group>
  );
}
