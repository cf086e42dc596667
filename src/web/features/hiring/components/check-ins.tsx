// The follow-up of a hire: check-ins 1, 3, 6 and 12 months after joining, each upcoming, open
// (for two weeks from its date), answered or missed. When one is open the employee answers their
// survey here, on a phone, in the language they choose; the company answers its own. Answers are
// shown with the warnings they raise (a low score, not wanting to stay).
import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmploymentView } from '../../../../contracts/hiring.ts';
import { GRACE_DAYS, QUESTIONS } from '../../../../domain/follow-up/check-ins.ts';
import { addDays } from '../../../../domain/housing/dates.ts';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { CheckInForm } from './check-in-form.tsx';

type CheckIn = EmploymentView['checkIns'][number];
type Answer = CheckIn['answers'][number];
const STATE_COLOR: Record<CheckIn['state'], string> = { upcoming: 'gray', open: 'blue', answered: 'teal', missed: 'red' };

export function CheckIns({ employment }: { employment: EmploymentView }) {
  const { t } = useTranslation('hiring');
  return (
    <Card withBorder component="section" aria-labelledby="hb-check-ins">
      <Stack>
        <Stack gap={2}>
          <Title order={3} id="hb-check-ins">{t('checkIn.title')}</Title>
          <Text size="sm" c="dimmed">{employment.viewer === 'student' ? t('checkIn.introEmployee') : t('checkIn.intro')}</Text>
        </Stack>
        {employment.checkIns.map((c) => <CheckInItem key={c.month} employment={employment} checkIn={c} />)}
      </Stack>
    </Card>
  );
}

function CheckInItem({ employment, checkIn: c }: { employment: EmploymentView; checkIn: CheckIn }) {
  const { t } = useTranslation('hiring');
  const { language } = useLanguage();
  const employee = c.answers.find((a) => a.respondent === 'employee');
  const company = c.answers.find((a) => a.respondent === 'company');
  const opened = employment.today >= c.dueOn;
  const employeeForm = employment.viewer === 'student' && c.state === 'open' && !employee;
  // The company's survey is shown in the check-in's two weeks; later behind a button.
  const [answering, setAnswering] = useState(false);
  const companyMay = employment.viewer === 'company' && opened && !company;
  const inWindow = opened && employment.today <= addDays(c.dueOn, GRACE_DAYS);
  const companyForm = companyMay && (inWindow || answering);
  const empty = !employee && !company && !employeeForm && !companyMay;
  return (
    <Card withBorder padding={empty ? 'xs' : 'sm'} component="article" aria-labelledby={`hb-check-in-${c.month}`} data-testid="check-in" data-month={c.month} data-state={c.state}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Stack gap={0}>
            <Title order={4} size={empty ? 'h5' : 'h4'} id={`hb-check-in-${c.month}`}>{t('checkIn.month', { count: c.month })}</Title>
            <Text size="sm" c="dimmed">{t('checkIn.window', { from: formatDate(c.dueOn, language), to: formatDate(addDays(c.dueOn, GRACE_DAYS), language) })}</Text>
          </Stack>
          <StatusBadge color={STATE_COLOR[c.state]}>{t(`checkInState.${c.state}`)}</StatusBadge>
        </Group>
        {employee && <AnswerView answer={employee} />}
        {company && <AnswerView answer={company} />}
        {employeeForm && <CheckInForm employment={employment} month={c.month} respondent="employee" />}
        {companyForm && <CheckInForm employment={employment} month={c.month} respondent="company" />}
        {companyMay && !companyForm && (
          <Group>
            <Button size="xs" variant="light" onClick={() => setAnswering(true)}>{t('checkIn.answerAsCompany')}</Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

function AnswerView({ answer }: { answer: Answer }) {
  const { t } = useTranslation('hiring');
  const { language } = useLanguage();
  const questions: readonly string[] = QUESTIONS[answer.respondent].scores;
  return (
    <Stack gap={6} className="hb-answer" data-testid="check-in-answer" data-respondent={answer.respondent}>
      <Group gap="xs" wrap="wrap">
        <Text size="sm" fw={600}>{t(`checkIn.answerBy.${answer.respondent}`)}</Text>
        <Badge variant="outline" color="gray.7" tt="none" size="sm">{t(`common:language.names.${answer.language}`)}</Badge>
        <Text size="xs" c="dimmed">{formatDateTime(answer.answeredAt, language, 'Asia/Tokyo')}</Text>
      </Group>
      <dl className="hb-scores">
        {questions.map((q) => (
          <div key={q} data-low={(answer.scores[q] ?? 5) <= 2 || undefined}>
            <dt>{t(`checkIn.question.${q}`)}</dt>
            <dd>{t('checkIn.scoreOf', { score: answer.scores[q] ?? '–', word: answer.scores[q] ? t(`checkIn.scale.${answer.scores[q]}`) : '' })}</dd>
          </div>
        ))}
        {answer.stay && (
          <div data-low={answer.stay === 'no' || undefined}>
            <dt>{t('checkIn.stayQuestion')}</dt>
            <dd>{t(`checkIn.stay.${answer.stay}`)}</dd>
          </div>
        )}
      </dl>
      {answer.comment && <Text size="sm" className="hb-text" lang={answer.language}>{answer.comment}</Text>}
      {answer.warnings.length > 0 && (
        <Group gap={6}>
          {answer.warnings.map((w) => <StatusBadge key={w} color={w === 'lowScore' ? 'orange' : 'red'}>{t(`warning.${w}`)}</StatusBadge>)}
        </Group>
      )}
    </Stack>
  );
}
