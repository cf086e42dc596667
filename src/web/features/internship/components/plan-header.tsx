// The head of an intern's plan: who, where, with whom and when, and the progress so far. The
// operators and the company change the mentor, the dates and whether weekends are working days;
// the server refuses dates that would drop days already holding records, said plainly here.
import { Button, Card, Group, Modal, SimpleGrid, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InternshipPlanView, PlanPatch } from '../../../../contracts/internship.ts';
import { internshipDays } from '../../../../domain/internship/internship-days.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { fieldErrorsOf } from '../../../components/ui/form-errors.ts';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDateRange, formatNumber } from '../../../lib/format.ts';
import { studentName } from '../../../lib/student-name.ts';
import { useUpdatePlan } from '../api/internship.api.ts';
import { mayPlan } from './plan-roles.ts';
import { dayLabel } from './internship-format.ts';
import { AttendanceRate, ReportBar, ReportLegend } from './report-progress.tsx';
import { WriteError } from './write-error.tsx';

export function PlanHeader({ plan }: { plan: InternshipPlanView }) {
  const { t } = useTranslation('internship');
  const { language, localized } = useLanguage();
  const [editing, setEditing] = useState(false);
  const name = studentName(plan.student, language);
  const { attendance } = plan.progress;
  return (
    <Card withBorder component="section" aria-label={t('plan.summary')}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Text size="sm" c="dimmed">{plan.viewer === 'student' ? t('plan.mine') : t('plan.title')}</Text>
            <Title order={2} size="h3">{name.primary}</Title>
            {name.secondary && name.secondary !== name.primary && <Text size="sm" c="dimmed">{name.secondary}</Text>}
          </Stack>
          {mayPlan(plan.viewer) && <Button variant="default" onClick={() => setEditing(true)}>{t('plan.edit')}</Button>}
        </Group>
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
          <Fact label={t('overview.company')} value={localized(plan.company.name)} />
          <Fact label={t('plan.mentor')} value={plan.mentorName ?? t('plan.noMentor')} dimmed={!plan.mentorName} />
          <Fact label={t('plan.period')} value={formatDateRange(plan.startsOn, plan.endsOn, language)} />
          <Fact label={t('plan.workingDays')} value={t(plan.weekends ? 'plan.daysWithWeekends' : 'plan.weekdaysOnly', { count: plan.days.length, n: formatNumber(plan.days.length, language) })} />
        </SimpleGrid>
        <Stack gap={6}>
          <Group gap="sm" wrap="wrap">
            <Text size="sm" fw={600}>{t('overview.reports')}</Text>
            <ReportBar progress={plan.progress} width="min(100%, 320px)" />
          </Group>
          <Group gap="xs" wrap="wrap">
            <Text size="sm" fw={600}>{t('overview.attendance')}</Text>
            <AttendanceRate progress={plan.progress} />
            <Text size="xs" c="dimmed">
              {t('progress.attendanceCounts', { present: formatNumber(attendance.present, language), late: formatNumber(attendance.late, language), absent: formatNumber(attendance.absent, language), excused: formatNumber(attendance.excused, language) })}
            </Text>
          </Group>
          <ReportLegend />
        </Stack>
      </Stack>
      {editing && <PlanFormModal plan={plan} onClose={() => setEditing(false)} />}
    </Card>
  );
}

function Fact({ label, value, dimmed = false }: { label: string; value: string; dimmed?: boolean }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text fw={600} c={dimmed ? 'dimmed' : undefined}>{value}</Text>
    </Stack>
  );
}

function PlanFormModal({ plan, onClose }: { plan: InternshipPlanView; onClose: () => void }) {
  const { t } = useTranslation('internship');
  const { language } = useLanguage();
  const update = useUpdatePlan(plan);
  const [mentorName, setMentorName] = useState(plan.mentorName ?? '');
  const [startsOn, setStartsOn] = useState(plan.startsOn);
  const [endsOn, setEndsOn] = useState(plan.endsOn);
  const [weekends, setWeekends] = useState(plan.weekends);
  const errors = fieldErrorsOf(update.error);
  const submit = () => {
    // Only what changed, with the version just read (the plan reloads after a conflict).
    const patch: PlanPatch = { version: plan.version };
    if (mentorName.trim() !== (plan.mentorName ?? '')) patch.mentorName = mentorName.trim() || null;
    if (startsOn !== plan.startsOn) patch.startsOn = startsOn;
    if (endsOn !== plan.endsOn) patch.endsOn = endsOn;
    if (weekends !== plan.weekends) patch.weekends = weekends;
    update.mutate(patch, { onSuccess: onClose });
  };
  const recordsKept = update.error instanceof ApiError && update.error.body.error.code === 'internship.daysHaveRecords';
  // Which recorded days the refused dates would drop, so the planner sees what to keep.
  const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);
  const kept = new Set(recordsKept && isDate(startsOn) && isDate(endsOn) ? internshipDays(startsOn, endsOn, { weekends }) : []);
  const dropped = recordsKept && kept.size > 0 ? plan.days.filter((d) => !kept.has(d.on) && (d.attendance !== null || d.report !== null || d.mentorComment !== null)) : [];
  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': t('common:actions.close') }} title={t('plan.editTitle')} size="lg">
      <form onSubmit={(e) => { e.preventDefault(); submit(); }} noValidate>
        <Stack>
          <WriteError error={update.error} />
          {dropped.length > 0 && <Text size="sm" c="red.9">{t('plan.recordedDays', { days: dropped.map((d) => dayLabel(d.on, language, (w) => t(`weekday.${w}`))).join(t('plan.listSeparator')) })}</Text>}
          <TextInput label={t('plan.mentor')} description={t('plan.mentorHint')} value={mentorName} maxLength={200} onChange={(e) => setMentorName(e.currentTarget.value)} error={errors.mentorName} />
          <Group grow align="flex-start">
            <TextInput type="date" label={t('plan.startsOn')} withAsterisk value={startsOn} onChange={(e) => setStartsOn(e.currentTarget.value)} error={recordsKept ? true : errors.startsOn} />
            <TextInput type="date" label={t('plan.endsOn')} withAsterisk value={endsOn} onChange={(e) => setEndsOn(e.currentTarget.value)} error={errors.endsOn ?? (recordsKept ? true : undefined)} />
          </Group>
          <Switch label={t('plan.weekends')} description={t('plan.weekendsHint')} checked={weekends} onChange={(e) => setWeekends(e.currentTarget.checked)} />
          <Text size="xs" c="dimmed">{t('plan.datesHint')}</Text>
          <FormActions onCancel={onClose} pending={update.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
