// A company's score of one talk: 1 to 5 on each criterion of the meeting's rubric (labels in the
// reader's language, the weight beside), and a comment. Saved again with the version it read.
import { Modal, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportMeetingView, TalkView } from '../../../../contracts/internship.ts';
import { SCORE_MAX, SCORE_MIN } from '../../../../domain/fairs/fair-rules.ts';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { fieldErrorsOf } from '../../../components/ui/form-errors.ts';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { studentName } from '../../../lib/student-name.ts';
import { useScoreTalk } from '../api/report-meeting.api.ts';
import { WriteError } from './write-error.tsx';

const SCALE = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, i) => String(SCORE_MIN + i));
type Meeting = NonNullable<ReportMeetingView['meeting']>;

export function ScoreModal({ programId, meeting, talk, onClose }: { programId: string; meeting: Meeting; talk: TalkView; onClose: () => void }) {
  const { t } = useTranslation('internship');
  const { language, localized } = useLanguage();
  const score = useScoreTalk(programId);
  const [scores, setScores] = useState<Record<string, number>>(talk.myScore?.scores ?? {});
  const [comment, setComment] = useState(talk.myScore?.comment ?? '');
  const errors = fieldErrorsOf(score.error);
  const submit = () => score.mutate({ id: talk.id, input: { ...(talk.myScore ? { version: talk.myScore.version } : {}), scores, comment: comment.trim() } }, { onSuccess: onClose });
  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': t('common:actions.close') }} title={t('score.title', { name: studentName(talk.student, language).primary })} size="lg">
      <form onSubmit={(e) => { e.preventDefault(); submit(); }} noValidate>
        <Stack>
          <WriteError error={score.error} />
          {talk.title && <Text size="sm" c="dimmed">{talk.title}</Text>}
          {meeting.rubric.map((criterion) => {
            const labelId = `ip-criterion-${criterion.id}`;
            const error = errors[`scores.${criterion.id}`];
            return (
              <Stack key={criterion.id} gap={4}>
                <Text size="sm" fw={600} id={labelId}>
                  {localized(criterion.label)}
                  {criterion.weight > 1 && <Text span size="xs" c="dimmed">{` ×${criterion.weight}`}</Text>}
                </Text>
                <SegmentedControl aria-labelledby={labelId} data={SCALE} value={scores[criterion.id] ? String(scores[criterion.id]) : ''} onChange={(v) => setScores({ ...scores, [criterion.id]: Number(v) })} fullWidth />
                {error && <Text size="xs" c="red.9">{error}</Text>}
              </Stack>
            );
          })}
          <Text size="xs" c="dimmed">{t('score.scale')}</Text>
          <Textarea label={t('score.comment')} value={comment} onChange={(e) => setComment(e.currentTarget.value)} autosize minRows={3} maxLength={2000} error={errors.comment} />
          <FormActions onCancel={onClose} pending={score.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
