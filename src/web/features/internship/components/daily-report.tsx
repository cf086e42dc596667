// The intern's daily report of a day. The intern writes it on the phone in the language they
// choose (their reading language first), from the day itself until the mentor comments; then it
// is locked and says so. Others read it with its language, when it came and whether it was late.
import { Badge, Button, Group, NativeSelect, Paper, Stack, Text, Textarea } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InternshipDayView, InternshipPlanView } from '../../../../contracts/internship.ts';
import { REPORT_LANGUAGES, type ReportLanguage } from '../../../../domain/internship/internship.ts';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { useWriteReport } from '../api/internship.api.ts';
import { useDraft } from './day-planning.tsx';
import { JAPAN, japanInputValue } from './internship-format.ts';
import { WriteError } from './write-error.tsx';

export function DailyReport({ plan, day }: { plan: InternshipPlanView; day: InternshipDayView }) {
  return plan.viewer === 'student' ? <ReportForm plan={plan} day={day} /> : <ReportView day={day} />;
}

/** Written after its day (in Japan): late, even once commented. */
const writtenLate = (day: InternshipDayView) => day.report !== null && japanInputValue(new Date(day.report.submittedAt)).slice(0, 10) > day.on;

function ReportView({ day }: { day: InternshipDayView }) {
  const { t } = useTranslation('internship');
  if (!day.report) {
    return day.reportState === 'missing' ? (
      <Text size="sm" c="red.9">{t('report.notSubmitted')}</Text>
    ) : null;
  }
  return (
    <Stack gap={4}>
      <ReportMeta day={day} />
      <Paper className="ip-report ip-text" p="sm" lang={day.report.language}>{day.report.body}</Paper>
    </Stack>
  );
}

function ReportMeta({ day }: { day: InternshipDayView }) {
  const { t } = useTranslation('internship');
  const { language } = useLanguage();
  if (!day.report) return null;
  return (
    <Group gap="xs" wrap="wrap">
      <Text size="sm" fw={600}>{t('report.title')}</Text>
      <Badge variant="outline" color="gray.7" tt="none" size="sm">{t(`common:language.names.${day.report.language}`)}</Badge>
      {writtenLate(day) && day.reportState !== 'late' && <StatusBadge color="orange">{t('reportState.late')}</StatusBadge>}
      <Text size="xs" c="dimmed">{t('report.submittedAt', { at: formatDateTime(day.report.submittedAt, language, JAPAN) })}</Text>
    </Group>
  );
}

function ReportForm({ plan, day }: { plan: InternshipPlanView; day: InternshipDayView }) {
  const { t } = useTranslation('internship');
  const { language: reading } = useLanguage();
  const write = useWriteReport(plan);
  const body = useDraft(day.report?.body ?? '');
  const [chosen, setChosen] = useState<ReportLanguage | null>(null);
  const language = chosen ?? day.report?.language ?? reading;
  if (day.on > plan.today) return <Locked text={t('report.beforeDay', { date: formatDate(day.on, reading) })} />;
  const locked = day.mentorComment !== null;
  const unchanged = !body.dirty && language === day.report?.language;
  const submit = () => write.mutate({ id: day.id, input: { version: day.version, body: body.value.trim(), language } }, { onSuccess: () => { body.reset(); setChosen(null); } });
  return (
    <form onSubmit={(e) => { e.preventDefault(); submit(); }} noValidate>
      <Stack gap="xs">
        <WriteError error={write.error} />
        <Textarea
          label={t('report.title')}
          description={locked ? undefined : day.on < plan.today && !day.report ? t('report.lateHint') : t('report.hint')}
          placeholder={t('report.placeholder')}
          value={body.value}
          onChange={(e) => body.set(e.currentTarget.value)}
          disabled={locked}
          lang={language}
          autosize
          minRows={4}
          maxRows={16}
          maxLength={8000}
        />
        {locked ? (
          <Locked text={t('report.locked')} />
        ) : (
          <Group align="flex-end" justify="space-between" gap="xs">
            <NativeSelect label={t('report.language')} data={REPORT_LANGUAGES.map((l) => ({ value: l, label: t(`common:language.names.${l}`) }))} value={language} onChange={(e) => setChosen(e.currentTarget.value as ReportLanguage)} w={140} />
            {/* A sent report offers its update once changed; a new one its submit from the start. */}
            {!(day.report && unchanged) && (
              <Button type="submit" loading={write.isPending} disabled={!body.value.trim() || unchanged}>{day.report ? t('report.update') : t('report.submit')}</Button>
            )}
          </Group>
        )}
        {day.report && <SentAt day={day} />}
      </Stack>
    </form>
  );
}

/** When the intern's own report went, in which language (the card's badge says whether it was late). */
function SentAt({ day }: { day: InternshipDayView }) {
  const { t } = useTranslation('internship');
  const { language } = useLanguage();
  if (!day.report) return null;
  return (
    <Text size="xs" c="dimmed">
      {t('report.submittedAt', { at: formatDateTime(day.report.submittedAt, language, JAPAN) })} · {t(`common:language.names.${day.report.language}`)}
    </Text>
  );
}

function Locked({ text }: { text: string }) {
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <IconLock size={16} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} color="var(--mantine-color-gray-7)" />
      <Text size="sm" c="dimmed">{text}</Text>
    </Group>
  );
}
