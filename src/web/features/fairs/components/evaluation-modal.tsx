// A company's evaluation of one interview: a score from 1 to 5 on each criterion of the fair's
// rubric, notes, and whether it recommends the student for an internship.
import { Modal, SegmentedControl, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FairView, InterviewView } from '../../../../contracts/fairs.ts';
import { RECOMMENDATIONS, SCORE_MAX, SCORE_MIN, type Recommendation } from '../../../../domain/fairs/fair-rules.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { studentName } from '../../../lib/student-name.ts';
import { useEvaluate } from '../api/fairs.api.ts';

const SCALE = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, i) => String(SCORE_MIN + i));

export function EvaluationModal({ fair, interview, onClose }: { fair: FairView; interview: InterviewView; onClose: () => void }) {
  const { t } = useTranslation('fairs');
  const { language, localized } = useLanguage();
  const evaluate = useEvaluate(fair.id);
  const [scores, setScores] = useState<Record<string, number>>(interview.evaluation?.scores ?? {});
  const [notes, setNotes] = useState(interview.evaluation?.notes ?? '');
  const [recommendation, setRecommendation] = useState<Recommendation>(interview.evaluation?.recommendation ?? 'undecided');
  const submit = () =>
    evaluate.mutate({ id: interview.id, input: { version: interview.evaluation?.version ?? null, scores, notes, recommendation } }, { onSuccess: onClose });
  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': t('common:actions.close') }} title={t('evaluation.title', { student: studentName(interview.student, language).primary })} size="lg">
      <form onSubmit={(e) => { e.preventDefault(); submit(); }} noValidate>
        <Stack>
          <ApiErrorAlert error={evaluate.error} />
          {fair.rubric.map((criterion) => (
            <Stack key={criterion.id} gap={4} role="group" aria-label={localized(criterion.label)}>
              <Text size="sm" fw={600}>
                {localized(criterion.label)}
                {criterion.weight > 1 && <Text span size="xs" c="dimmed">{` ×${criterion.weight}`}</Text>}
              </Text>
              <SegmentedControl data={SCALE} value={scores[criterion.id] ? String(scores[criterion.id]) : ''} onChange={(v) => setScores({ ...scores, [criterion.id]: Number(v) })} />
            </Stack>
          ))}
          <Text size="xs" c="dimmed">{t('evaluation.scale')}</Text>
          <Textarea label={t('evaluation.notes')} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} autosize minRows={3} maxLength={4000} />
          <Select label={t('evaluation.recommendation')} data={RECOMMENDATIONS.map((r) => ({ value: r, label: t(`recommendation.${r}`) }))} value={recommendation} onChange={(v) => v && setRecommendation(v as Recommendation)} allowDeselect={false} comboboxProps={{ withinPortal: true }} />
          <FormActions onCancel={onClose} pending={evaluate.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
