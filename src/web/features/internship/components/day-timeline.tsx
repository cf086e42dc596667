// The days of an internship as a vertical timeline of cards, today marked: what the company
// planned, attendance, the intern's report and the mentor's comment. What each reader may change
// on a day is decided here from the plan's `viewer`; the cards' parts do the writing.
import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowDown } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { InternshipDayView, InternshipPlanView } from '../../../../contracts/internship.ts';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { DailyReport } from './daily-report.tsx';
import { DayPlanning } from './day-planning.tsx';
import { dayLabel } from './internship-format.ts';
import { MentorComment } from './mentor-comment.tsx';
import { mayPlan } from './plan-roles.ts';

const STATE_COLOR: Record<InternshipDayView['reportState'], string> = { notDue: 'gray', missing: 'red', submitted: 'blue', late: 'orange', commented: 'teal' };

export function DayTimeline({ plan }: { plan: InternshipPlanView }) {
  const { t } = useTranslation('internship');
  const hasToday = plan.days.some((d) => d.on === plan.today);
  if (plan.days.length === 0) return <Text c="dimmed">{t('day.none')}</Text>;
  return (
    <Stack gap="sm">
      {hasToday && plan.days.length > 3 && (
        <Group justify="flex-end">
          <Button variant="subtle" size="compact-sm" leftSection={<IconArrowDown size={16} aria-hidden />} onClick={() => document.getElementById('ip-today')?.scrollIntoView({ behavior: 'smooth', block: 'start' })}>
            {t('day.jumpToToday')}
          </Button>
        </Group>
      )}
      <ol className="ip-timeline" aria-label={t('plan.daysTab')}>
        {plan.days.map((day) => (
          <li key={day.id} className="ip-day" data-when={day.on < plan.today ? 'past' : day.on === plan.today ? 'today' : 'future'} data-state={day.reportState} id={day.on === plan.today ? 'ip-today' : undefined}>
            <span className="ip-dot" aria-hidden />
            <DayCard plan={plan} day={day} />
          </li>
        ))}
      </ol>
    </Stack>
  );
}

function DayCard({ plan, day }: { plan: InternshipPlanView; day: InternshipDayView }) {
  const { t } = useTranslation('internship');
  const { language } = useLanguage();
  const isToday = day.on === plan.today;
  const headingId = `ip-day-${day.id}`;
  return (
    <Card withBorder component="article" aria-labelledby={headingId} className="ip-day-card" data-today={isToday || undefined} data-testid="day-card" padding="sm">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            <Title order={3} size="h5" id={headingId}>{dayLabel(day.on, language, (d) => t(`weekday.${d}`))}</Title>
            {isToday && <Badge color="indigo" variant="filled" tt="none">{t('day.today')}</Badge>}
          </Group>
          {day.reportState !== 'notDue' && <StatusBadge color={STATE_COLOR[day.reportState]}>{t(`reportState.${day.reportState}`)}</StatusBadge>}
        </Group>
        {mayPlan(plan.viewer) ? <DayPlanning plan={plan} day={day} /> : <DayFacts day={day} />}
        <DailyReport plan={plan} day={day} />
        <MentorComment plan={plan} day={day} />
      </Stack>
    </Card>
  );
}

/** The day as planned and recorded, for those who read it (the intern, the college). */
function DayFacts({ day }: { day: InternshipDayView }) {
  const { t } = useTranslation('internship');
  return (
    <Stack gap={6}>
      <Stack gap={2}>
        <Text size="sm" fw={600}>{t('day.tasks')}</Text>
        <Text size="sm" c={day.tasks ? undefined : 'dimmed'} className="ip-text">{day.tasks || t('day.noTasks')}</Text>
      </Stack>
      {day.attendance && (
        <Group gap="xs">
          <Text size="sm" fw={600}>{t('day.attendance')}</Text>
          <StatusBadge color={ATTENDANCE_COLOR[day.attendance]}>{t(`attendance.${day.attendance}`)}</StatusBadge>
          {day.attendanceNote && <Text size="sm" c="dimmed">{day.attendanceNote}</Text>}
        </Group>
      )}
    </Stack>
  );
}

export const ATTENDANCE_COLOR: Record<NonNullable<InternshipDayView['attendance']>, string> = { present: 'teal', late: 'orange', absent: 'red', excused: 'gray' };
