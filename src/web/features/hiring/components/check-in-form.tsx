// One survey of a check-in: the respondent's questions on a 1 to 5 scale (each point named), the
// employee's "do you want to stay?", a comment, and the language of the answers (the reader's
// by default). Made for a thumb: full-width scales and a full-width send button.
import { Button, NativeSelect, Radio, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmploymentView } from '../../../../contracts/hiring.ts';
import { QUESTIONS, STAY_ANSWERS, type CheckInRespondent, type StayAnswer } from '../../../../domain/follow-up/check-ins.ts';
import { REPORT_LANGUAGES, type ReportLanguage } from '../../../../domain/internship/internship.ts';
import { fieldErrorsOf } from '../../../components/ui/form-errors.ts';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { useAnswerCheckIn } from '../api/employments.api.ts';
import { WriteError } from './write-error.tsx';

const SCALE = [1, 2, 3, 4, 5] as const;

export function CheckInForm({ employment, month, respondent }: { employment: EmploymentView; month: number; respondent: CheckInRespondent }) {
  const { t } = useTranslation('hiring');
  const { language: reading } = useLanguage();
  const answer = useAnswerCheckIn(employment);
  const questions: readonly string[] = QUESTIONS[respondent].scores;
  const [scores, setScores] = useState<Record<string, number>>({});
  const [stay, setStay] = useState<StayAnswer | null>(null);
  const [comment, setComment] = useState('');
  const [language, setLanguage] = useState<ReportLanguage>(reading);
  const [incomplete, setIncomplete] = useState(false);
  const errors = fieldErrorsOf(answer.error);
  const missing = (q: string) => incomplete && scores[q] === undefined;
  const submit = () => {
    const complete = questions.every((q) => scores[q] !== undefined) && (respondent === 'company' || stay !== null);
    setIncomplete(!complete);
    if (!complete) return;
    answer.mutate({ month, input: { scores, ...(stay ? { stay } : {}), comment: comment.trim(), language } });
  };
  const prefix = `hb-q-${month}-${respondent}`;
  return (
    <form onSubmit={(e) => { e.preventDefault(); submit(); }} noValidate className="hb-survey" aria-label={t(`checkIn.formTitle.${respondent}`)}>
      <Stack gap="md">
        <Text fw={600}>{t(`checkIn.formTitle.${respondent}`)}</Text>
        <Text size="sm" c="dimmed">{t('checkIn.scaleHint')}</Text>
        {Object.keys(errors).length === 0 && <WriteError error={answer.error} />}
        {questions.map((q) => (
          <Stack key={q} gap={4}>
            <Text size="sm" fw={600} id={`${prefix}-${q}`}>{t(`checkIn.question.${q}`)}</Text>
            <SegmentedControl
              aria-labelledby={`${prefix}-${q}`}
              fullWidth
              data={SCALE.map((n) => ({ value: String(n), label: <ScalePoint n={n} /> }))}
              value={scores[q] ? String(scores[q]) : ''}
              onChange={(v) => setScores((all) => ({ ...all, [q]: Number(v) }))}
              classNames={{ label: 'hb-scale-label' }}
            />
            {(missing(q) || errors[`scores.${q}`]) && <Text size="xs" c="red.9">{errors[`scores.${q}`] ?? t('checkIn.answerThis')}</Text>}
          </Stack>
        ))}
        {QUESTIONS[respondent].stay && (
          <Radio.Group label={t('checkIn.stayQuestion')} value={stay ?? ''} onChange={(v) => setStay(v as StayAnswer)} error={incomplete && !stay ? t('checkIn.answerThis') : errors.stay} withAsterisk>
            <Stack gap="xs" mt={6}>
              {STAY_ANSWERS.map((s) => <Radio key={s} value={s} label={t(`checkIn.stay.${s}`)} size="md" />)}
            </Stack>
          </Radio.Group>
        )}
        <Textarea label={t('checkIn.comment')} description={t(`checkIn.commentHint.${respondent}`)} value={comment} onChange={(e) => setComment(e.currentTarget.value)} lang={language} autosize minRows={3} maxLength={4000} error={errors.comment} />
        <NativeSelect
          label={t('checkIn.language')}
          data={REPORT_LANGUAGES.map((l) => ({ value: l, label: t(`common:language.names.${l}`) }))}
          value={language}
          onChange={(e) => setLanguage(e.currentTarget.value as ReportLanguage)}
        />
        <Button type="submit" size="md" fullWidth loading={answer.isPending}>{t('checkIn.send')}</Button>
      </Stack>
    </form>
  );
}

function ScalePoint({ n }: { n: number }) {
  const { t } = useTranslation('hiring');
  return (
    <span className="hb-scale-point">
      <span className="hb-scale-number">{n}</span>
      <span className="hb-scale-word">{t(`checkIn.scale.${n}`)}</span>
    </span>
  );
}
