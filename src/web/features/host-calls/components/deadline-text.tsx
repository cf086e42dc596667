// The deadline in the reader's language and time zone, and how long remains.
import { Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { browserTimeZone, timeLeft } from './deadline.ts';

/** The current time, renewed every minute, so "time left" stays true on an open page. */
export function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** `labelled`: the line starts with "Deadline:" (not where a label above says so already). */
export function DeadlineText({ deadline, now, labelled = true }: { deadline: string; now: Date; labelled?: boolean }) {
  const { t } = useTranslation('hostCalls');
  const { language } = useLanguage();
  const left = timeLeft(deadline, now);
  const zone = browserTimeZone();
  let remaining: string;
  if (!left) remaining = t('deadline.passed');
  else if (left.days > 0) remaining = t('deadline.leftDays', { count: left.days, hours: left.hours });
  else if (left.hours > 0) remaining = t('deadline.leftHours', { count: left.hours, minutes: left.minutes });
  else remaining = t('deadline.leftMinutes', { count: left.minutes });
  return (
    <Stack gap={0} data-testid="deadline">
      <Text size="sm">
        {t(labelled ? 'deadline.at' : 'deadline.when', { at: formatDateTime(deadline, language, zone), zone })}
      </Text>
      <Text size="sm" fw={600} c={left && left.days >= 3 ? undefined : 'red.9'}>
        {remaining}
      </Text>
    </Stack>
  );
}
