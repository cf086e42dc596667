import { Tabs, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Phase } from '../../../../contracts/programs.ts';
import { fiscalYearsSpanned, layoutTimeline } from '../../../../domain/programs/timeline.ts';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDateRange, formatFiscalYear, formatMonth, todayInJapan } from '../../../lib/format.ts';
import { PHASE_COLORS } from './phase-colors.ts';

/** The program's phases across the fiscal year, April to March, as in the Hitachi plan. */
export function ProgramTimeline({ fiscalYear, phases }: { fiscalYear: number; phases: Phase[] }) {
  const { t } = useTranslation('programs');
  const { language } = useLanguage();
  const years = fiscalYearsSpanned(fiscalYear, phases);
  const [selected, setSelected] = useState(String(fiscalYear));
  if (phases.length === 0) return <Text c="dimmed">{t('timeline.empty')}</Text>;
  if (years.length === 1) return <FiscalYearChart fiscalYear={fiscalYear} phases={phases} />;
  return (
    <Tabs value={selected} onChange={(v) => setSelected(v ?? String(fiscalYear))} keepMounted={false}>
      <Tabs.List>
        {years.map((fy) => (
          <Tabs.Tab key={fy} value={String(fy)}>
            {formatFiscalYear(fy, language)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {years.map((fy) => (
        <Tabs.Panel key={fy} value={String(fy)} pt="sm">
          <FiscalYearChart fiscalYear={fy} phases={phases} />
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}

function FiscalYearChart({ fiscalYear, phases }: { fiscalYear: number; phases: Phase[] }) {
  const { t } = useTranslation('programs');
  const { language, localized } = useLanguage();
  const layout = layoutTimeline(fiscalYear, phases, todayInJapan());
  const pct = (months: number) => `${(months / 12) * 100}%`;
  return (
    <div className="timeline" role="group" aria-label={t('timeline.label', { fiscalYear: formatFiscalYear(fiscalYear, language) })}>
      <div aria-hidden="true" />
      <div className="timeline-months" aria-hidden="true">
        {layout.months.map((m) => (
          <div key={`${m.year}-${m.month}`} className="timeline-month">
            <span className="timeline-month-long">{formatMonth(m.year, m.month, language)}</span>
            <span className="timeline-month-short">{m.month}</span>
          </div>
        ))}
      </div>
      {layout.bars.length === 0 && (
        <Text c="dimmed" style={{ gridColumn: '1 / -1' }}>
          {t('timeline.emptyYear')}
        </Text>
      )}
      {layout.bars.map((bar) => {
        const title = localized(bar.phase.label) || t(`phaseKinds.${bar.phase.kind}`);
        const dates = formatDateRange(bar.phase.startDate, bar.phase.endDate, language);
        return (
          <div key={bar.phase.id} style={{ display: 'contents' }} data-testid="timeline-row">
            <div className="timeline-label">{title}</div>
            <div className="timeline-track">
              <Tooltip label={`${title} · ${dates}`} withArrow>
                <div
                  className="timeline-bar"
                  data-before={bar.continuesBefore}
                  data-after={bar.continuesAfter}
                  style={{ left: pct(bar.start), width: pct(bar.end - bar.start), background: PHASE_COLORS[bar.phase.kind] }}
                  tabIndex={0}
                >
                  <VisuallyHidden>{dates}</VisuallyHidden>
                </div>
              </Tooltip>
              {layout.today !== null && <div className="timeline-today" style={{ left: pct(layout.today) }} aria-hidden="true" />}
            </div>
          </div>
        );
      })}
    </div>
  );
}
