// The mentor's comment on the intern's report: the operators and the company write it once a
// report exists (and may change it); everyone reads it, with when it was written.
import { Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InternshipDayView, InternshipPlanView } from '../../../../contracts/internship.ts';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useComment } from '../api/internship.api.ts';
import { useDraft } from './day-planning.tsx';
import { JAPAN } from './internship-format.ts';
import { mayPlan } from './plan-roles.ts';
import { WriteError } from './write-error.tsx';

export function MentorComment({ plan, day }: { plan: InternshipPlanView; day: InternshipDayView }) {
  const { t } = useTranslation('internship');
  if (mayPlan(plan.viewer) && day.report) return <CommentEditor plan={plan} day={day} />;
  if (!day.mentorComment) return plan.viewer === 'student' && day.report ? <Text size="xs" c="dimmed">{t('comment.waiting')}</Text> : null;
  return (
    <Stack gap={4}>
      <CommentMeta plan={plan} day={day} />
      <Paper className="ip-comment ip-text" p="sm">{day.mentorComment.body}</Paper>
    </Stack>
  );
}

function CommentMeta({ plan, day }: { plan: InternshipPlanView; day: InternshipDayView }) {
  const { t } = useTranslation('internship');
  const { language } = useLanguage();
  return (
    <Group gap="xs" wrap="wrap">
      <Text size="sm" fw={600}>{plan.mentorName ? t('comment.titleBy', { mentor: plan.mentorName }) : t('comment.title')}</Text>
      {day.mentorComment && <Text size="xs" c="dimmed">{formatDateTime(day.mentorComment.at, language, JAPAN)}</Text>}
    </Group>
  );
}

function CommentEditor({ plan, day }: { plan: InternshipPlanView; day: InternshipDayView }) {
  const { t } = useTranslation('internship');
  const comment = useComment(plan);
  const text = useDraft(day.mentorComment?.body ?? '');
  const submit = () => comment.mutate({ id: day.id, input: { version: day.version, body: text.value.trim() } }, { onSuccess: text.reset });
  return (
    <form onSubmit={(e) => { e.preventDefault(); submit(); }} noValidate>
      <Stack gap="xs">
        <WriteError error={comment.error} />
        {day.mentorComment && <CommentMeta plan={plan} day={day} />}
        <Textarea
          label={day.mentorComment ? t('comment.change') : t('comment.title')}
          placeholder={t('comment.placeholder')}
          value={text.value}
          onChange={(e) => text.set(e.currentTarget.value)}
          autosize
          minRows={2}
          maxRows={10}
          maxLength={4000}
        />
        {text.dirty && text.value.trim() && (
          <Group justify="flex-end" gap="xs">
            <Button size="xs" variant="default" onClick={text.reset}>{t('common:actions.cancel')}</Button>
            <Button size="xs" type="submit" loading={comment.isPending}>{day.mentorComment ? t('comment.update') : t('comment.send')}</Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
