// The reminders the checklist sends by e-mail: on which day, about what and which date, to whom,
// and whether each has gone out.
import { Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EmploymentView } from '../../../../contracts/hiring.ts';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDate } from '../../../lib/format.ts';
import { reminderDays, reminderStep } from './hiring-format.ts';

type Reminder = EmploymentView['residence']['reminders'][number];

export function RemindersList({ employment }: { employment: EmploymentView }) {
  const { t } = useTranslation('hiring');
  const reminders = employment.residence.reminders;
  return (
    <Stack gap="xs">
      <Title order={4}>{t('reminders.title')}</Title>
      {reminders.length === 0 ? (
        <Text size="sm" c="dimmed">{t('reminders.none')}</Text>
      ) : (
        <ul className="hb-reminders" aria-label={t('reminders.title')}>
          {reminders.map((r) => <ReminderItem key={r.key} reminder={r} />)}
        </ul>
      )}
      <Text size="xs" c="dimmed">{t('reminders.hint')}</Text>
    </Stack>
  );
}

function ReminderItem({ reminder: r }: { reminder: Reminder }) {
  const { t } = useTranslation('hiring');
  const { language } = useLanguage();
  const step = reminderStep(r.key);
  const what = t(`reminderKind.${r.kind}`, { days: reminderDays(r.key, r.kind) ?? '', step: step ? t(`step.${step}`) : '' });
  return (
    <li className="hb-reminder" data-testid="reminder" data-sent={r.sent || undefined}>
      <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
        <Stack gap={0} style={{ flex: 1, minWidth: 220 }}>
          <Text size="sm" fw={500}>{what}</Text>
          <Text size="xs" c="dimmed">
            {t('reminders.line', { sendOn: formatDate(r.sendOn, language), targetOn: formatDate(r.targetOn, language), to: r.to.map((p) => t(`owner.${p}`)).join(t('steps.listSeparator')) })}
          </Text>
        </Stack>
        <StatusBadge color={r.sent ? 'teal' : 'gray'}>{r.sent ? t('reminders.sent') : t('reminders.scheduled')}</StatusBadge>
      </Group>
    </li>
  );
}
