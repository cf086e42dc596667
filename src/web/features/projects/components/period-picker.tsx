// The report period: a month, a quarter, a fiscal year (April–March), the whole project or any
// range of days, always inside the project (domain/reports/report-period.ts). The figures and
// the downloads follow it.
import { Group, NativeSelect, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PERIOD_KINDS, periodsOfProject, type PeriodKind, type ProjectDates, type ReportPeriod } from '../../../../domain/reports/report-period.ts';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDateRange, formatFiscalYear, formatMonth } from '../../../lib/format.ts';

type Props = { project: ProjectDates; value: ReportPeriod; onChange: (period: ReportPeriod) => void };

const kindOf = (project: ProjectDates, value: ReportPeriod): PeriodKind => (value.from === project.startsOn && value.to === project.endsOn ? 'project' : 'custom');

export function PeriodPicker({ project, value, onChange }: Props) {
  const { t } = useTranslation('projects');
  const { language } = useLanguage();
  const [kind, setKind] = useState<PeriodKind>(() => kindOf(project, value));
  // Five kinds do not fit side by side on a phone: they stack.
  const phone = useMediaQuery('(max-width: 40em)');
  const label = (p: ReportPeriod, k: PeriodKind) => {
    const [y, m] = p.from.split('-').map(Number) as [number, number];
    if (k === 'month') return `${y} ${formatMonth(y, m, language)}`;
    if (k === 'fiscalYear') return formatFiscalYear(m >= 4 ? y : y - 1, language);
    return formatDateRange(p.from, p.to, language);
  };
  const choose = (next: PeriodKind) => {
    setKind(next);
    if (next === 'project') onChange({ from: project.startsOn, to: project.endsOn });
    else if (next !== 'custom') onChange(periodsOfProject(next, project)[0]!);
  };
  const options = kind === 'month' || kind === 'quarter' || kind === 'fiscalYear' ? periodsOfProject(kind, project) : [];
  return (
    <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <Text component="legend" fw={600} size="sm">{t('period.legend')}</Text>
      <SegmentedControl
        aria-label={t('period.kind')}
        value={kind}
        onChange={(v) => choose(v as PeriodKind)}
        data={PERIOD_KINDS.map((k) => ({ value: k, label: t(`period.kinds.${k}`) }))}
        orientation={phone ? 'vertical' : 'horizontal'}
        fullWidth={phone}
        maw={640}
      />
      {options.length > 0 && (
        <NativeSelect
          label={t('period.which')}
          value={`${value.from}/${value.to}`}
          onChange={(e) => {
            const [from, to] = e.currentTarget.value.split('/') as [string, string];
            onChange({ from, to });
          }}
          data={options.map((p) => ({ value: `${p.from}/${p.to}`, label: label(p, kind) }))}
          maw={360}
        />
      )}
      {kind === 'custom' && (
        <Group grow maw={420}>
          <TextInput type="date" label={t('period.from')} value={value.from} min={project.startsOn} max={project.endsOn} onChange={(e) => e.currentTarget.value && onChange({ ...value, from: e.currentTarget.value })} />
          <TextInput type="date" label={t('period.to')} value={value.to} min={project.startsOn} max={project.endsOn} onChange={(e) => e.currentTarget.value && onChange({ ...value, to: e.currentTarget.value })} />
        </Group>
      )}
    </Stack>
  );
}
