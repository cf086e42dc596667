// The occupancy calendar: a row per unit (name, layout, beds, facilities, the same-gender rule),
// a column per night (weekends shaded), each stay a bar across its nights with the occupant's
// name, coloured by company with a legend. Operators drag a bar onto another unit's row or open
// it (a button: the keyboard way) to move it; the server refuses a move that breaks a rule and
// the bar stays where it was. Units with more than one bed show the beds taken each night.
import { Group, Stack, Text } from '@mantine/core';
import { IconPin } from '@tabler/icons-react';
import { useEffect, useRef, useState, type CSSProperties, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StayView, UnitView } from '../../../../contracts/housing.ts';
import type { Language, LocalizedText } from '../../../../domain/shared/localized-text.ts';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDate, formatMonth, formatNumber } from '../../../lib/format.ts';
import { studentName } from '../../../lib/student-name.ts';
import { barsOf, bedsTaken, companyColors, dayOfWeek, daysFrom, isWeekend, monthsOf } from './calendar-dates.ts';
import { FacilityIcons } from './facilities.tsx';
import './housing.css';

/** 2025年8月, 2025 оны 8-р сар, Aug 2025: the month above its days. */
const monthLabel = (year: number, month: number, language: Language) =>
  language === 'ja' ? `${year}年${month}月` : language === 'mn' ? `${year} оны ${formatMonth(year, month, language)}` : `${formatMonth(year, month, language)} ${year}`;

type Props = {
  label: string;
  units: UnitView[];
  stays: StayView[];
  from: string;
  to: string;
  /** The season's check-in and check-out, marked in the header. */
  season?: { checkIn: string; checkOut: string } | null;
  companies?: { id: string; name: LocalizedText }[];
  /** The night to bring into view on a narrow screen (the season's first, by default). */
  focusDay?: string | null;
  /** Operators move stays: drop on a unit's row, or open a bar. */
  onMove?: (stay: StayView, unitId: string) => void;
  onOpen?: (stay: StayView) => void;
  /** A move on its way to the server: the bar is drawn in its new row until the answer. */
  moving?: { stayId: string; unitId: string } | null;
};

export function OccupancyCalendar({ label, units, stays, from, to, season, companies = [], focusDay, onMove, onOpen, moving }: Props) {
  const { t } = useTranslation('housing');
  const { language, localized } = useLanguage();
  const [over, setOver] = useState<string | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  // On a narrow screen the night before the season's first comes next to the units' names.
  const firstNight = focusDay ?? season?.checkIn ?? null;
  useEffect(() => {
    const box = scroller.current;
    const cell = firstNight ? box?.querySelector<HTMLElement>(`[data-day="${firstNight}"]`) : null;
    const label = box?.querySelector<HTMLElement>('.hc-corner');
    if (!box || !cell || !label) return;
    if (box.clientWidth < 768) box.scrollLeft = cell.offsetLeft - label.offsetWidth - cell.offsetWidth;
  }, [firstNight, units.length]);
  const days = daysFrom(from, to);
  const colors = companyColors(companies.map((c) => c.id));
  const unitOf = (s: StayView) => (moving?.stayId === s.id ? moving.unitId : s.unitId);
  const style = { '--hc-nights': days.length } as CSSProperties;
  const inSeason = (day: string) => season && day >= season.checkIn && day < season.checkOut;
  const drop = (event: DragEvent, unitId: string) => {
    event.preventDefault();
    setOver(null);
    const stay = stays.find((s) => s.id === event.dataTransfer.getData('text/plain'));
    if (stay && stay.unitId !== unitId) onMove?.(stay, unitId);
  };
  if (units.length === 0) return <Text c="dimmed">{t('calendar.noUnits')}</Text>;
  return (
    <Stack gap="xs">
      <div className="hc-scroll" role="region" aria-label={label} tabIndex={0} ref={scroller}>
        <div className="hc-cal" style={style}>
          <div className="hc-row hc-head" aria-hidden>
            <div className="hc-corner" style={{ gridRow: '1 / span 2' }}>{t('calendar.unit')}</div>
            {monthsOf(days).map((m) => (
              <div key={`${m.year}-${m.month}`} className="hc-month" style={{ gridRow: 1, gridColumn: `span ${m.span}` }}>
                <span className="hc-month-name">{monthLabel(m.year, m.month, language)}</span>
              </div>
            ))}
            {days.map((day) => (
              <div key={day} data-day={day} className={`hc-day${isWeekend(day) ? ' is-weekend' : ''}${inSeason(day) ? ' is-season' : ''}`} style={{ gridRow: 2 }} title={formatDate(day, language)}>
                <span className="hc-day-number">{Number(day.slice(8))}</span>
                <span className="hc-weekday">{t(`calendar.weekday.${dayOfWeek(day)}`)}</span>
              </div>
            ))}
          </div>
          {units.map((unit) => {
            const own = stays.filter((s) => unitOf(s) === unit.id);
            const { bars, lanes } = barsOf(own, days);
            const taken = bedsTaken(own, days);
            // The last row holds the beds taken each night, and grows when the unit's label needs more room.
            const rowStyle = { gridTemplateRows: `repeat(${lanes}, var(--hc-lane)) auto` } as CSSProperties;
            return (
              <div
                key={unit.id}
                role="group"
                aria-label={t('calendar.unitRow', { unit: unit.name, capacity: unit.capacity })}
                className={`hc-row${over === unit.id ? ' is-over' : ''}`}
                style={rowStyle}
                data-testid="calendar-unit"
                onDragOver={onMove ? (e) => e.preventDefault() : undefined}
                onDragEnter={onMove ? () => setOver(unit.id) : undefined}
                onDragLeave={onMove ? (e) => !e.currentTarget.contains(e.relatedTarget as Node | null) && setOver((o) => (o === unit.id ? null : o)) : undefined}
                onDrop={onMove ? (e) => drop(e, unit.id) : undefined}
              >
                <div className="hc-label" style={{ gridRow: '1 / -1' }}>
                  <span className="hc-unit-name">{unit.name}</span>
                  <span className="hc-unit-meta">{t('calendar.layoutBeds', { layout: unit.layout, count: unit.capacity })}</span>
                  <Group gap={4} wrap="wrap">
                    <FacilityIcons facilities={unit.facilities} />
                    {unit.sameGenderOnly && <span className="hc-rule">{t('unit.sameGenderOnly')}</span>}
                  </Group>
                </div>
                {days.map((day, i) => (
                  <div key={day} aria-hidden className={`hc-cell${isWeekend(day) ? ' is-weekend' : ''}`} style={{ gridColumn: i + 2, gridRow: '1 / -1' }} />
                ))}
                {bars.map((bar) => {
                  const name = studentName(bar.stay.occupant, language).primary;
                  const color = (bar.stay.companyId && colors.get(bar.stay.companyId)) || 'gray';
                  const company = companies.find((c) => c.id === bar.stay.companyId);
                  const text = t('calendar.bar', { name, unit: unit.name, from: formatDate(bar.stay.checkIn, language), to: formatDate(bar.stay.checkOut, language) }) + (company ? ` · ${localized(company.name)}` : '') + (bar.stay.pinned ? ` · ${t('calendar.pinned')}` : '');
                  const barStyle = { gridColumn: `${bar.start + 2} / span ${bar.span}`, gridRow: bar.lane + 1, '--bar-fill': `var(--mantine-color-${color}-1)`, '--bar-edge': `var(--mantine-color-${color}-6)` } as CSSProperties;
                  const className = ['hc-bar', bar.clippedStart ? 'is-clipped-start' : '', bar.clippedEnd ? 'is-clipped-end' : '', moving?.stayId === bar.stay.id ? 'is-moving' : ''].join(' ');
                  return onOpen ? (
                    <button key={bar.stay.id} type="button" className={className} style={barStyle} draggable={Boolean(onMove)} onDragStart={(e) => e.dataTransfer.setData('text/plain', bar.stay.id)} onClick={() => onOpen(bar.stay)} aria-label={text} title={text} data-testid="stay-bar">
                      <span className="hc-bar-name">{name}</span>
                      {bar.stay.pinned && <IconPin size={12} aria-hidden className="hc-bar-pin" />}
                    </button>
                  ) : (
                    <div key={bar.stay.id} className={className} style={barStyle} title={text} role="note" aria-label={text} data-testid="stay-bar">
                      <span className="hc-bar-name">{name}</span>
                    </div>
                  );
                })}
                {unit.capacity > 1 &&
                  taken.map((n, i) => (
                    <div key={days[i]} className={`hc-beds${n >= unit.capacity ? ' is-full' : ''}${n > unit.capacity ? ' is-over' : ''}`} style={{ gridColumn: i + 2, gridRow: lanes + 1 }} title={t('calendar.bedsTitle', { taken: n, capacity: unit.capacity })} aria-hidden>
                      {n > 0 ? `${formatNumber(n, language)}/${formatNumber(unit.capacity, language)}` : ''}
                    </div>
                  ))}
              </div>
            );
          })}
        </div>
      </div>
      {companies.length > 0 && (
        <Group gap="md" role="list" aria-label={t('calendar.legend')}>
          {companies.map((c) => (
            <Group key={c.id} gap={6} wrap="nowrap" role="listitem">
              <span className="hc-swatch" style={{ '--bar-fill': `var(--mantine-color-${colors.get(c.id)}-1)`, '--bar-edge': `var(--mantine-color-${colors.get(c.id)}-6)` } as CSSProperties} aria-hidden />
              <Text size="sm">{localized(c.name)}</Text>
            </Group>
          ))}
        </Group>
      )}
      <Text size="xs" c="dimmed">
        {season ? t('calendar.seasonHint', { checkIn: formatDate(season.checkIn, language), checkOut: formatDate(season.checkOut, language) }) : null}
        {onMove ? ` ${t('calendar.dragHint')}` : ''}
      </Text>
    </Stack>
  );
}
