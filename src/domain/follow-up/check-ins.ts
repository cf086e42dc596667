// The follow-up of a hire (issue 8 item 6): short check-ins 1, 3, 6 and 12 months after joining,
// one survey to the employee in their language and one to the company; a check-in not answered
// within two weeks of its date is missed; answers that say something is wrong raise an early
// warning for the operator (a low score on any question, or the employee not wanting to stay).
import { addDays, addMonths } from '../housing/dates.ts';

export const CHECK_IN_MONTHS = [1, 3, 6, 12] as const;
export const CHECK_IN_RESPONDENTS = ['employee', 'company'] as const;
export type CheckInRespondent = (typeof CHECK_IN_RESPONDENTS)[number];

/** Days after its date a check-in may still be answered before it counts as missed. */
export const GRACE_DAYS = 14;

/** The questions, as codes the UI translates; scores run 1 (bad) to 5 (good). */
export const QUESTIONS = {
  employee: { scores: ['work', 'japanese', 'living', 'health', 'colleagues'], stay: true },
  company: { scores: ['performance', 'integration', 'communication'], stay: false },
} as const;
export const STAY_ANSWERS = ['yes', 'unsure', 'no'] as const;
export type StayAnswer = (typeof STAY_ANSWERS)[number];

export type CheckInAnswers = { scores: Record<string, number>; stay?: StayAnswer; comment: string };

export type CheckInDue = { month: (typeof CHECK_IN_MONTHS)[number]; dueOn: string; missedAfter: string };

export const checkInSchedule = (joinedOn: string): CheckInDue[] =>
  CHECK_IN_MONTHS.map((month) => {
    const dueOn = addMonths(joinedOn, month);
    return { month, dueOn, missedAfter: addDays(dueOn, GRACE_DAYS) };
  });

export type CheckInState = 'upcoming' | 'open' | 'answered' | 'missed';

export function checkInState(due: CheckInDue, answeredAt: string | null, today: string): CheckInState {
  if (answeredAt !== null) return 'answered';
  if (today < due.dueOn) return 'upcoming';
  return today > due.missedAfter ? 'missed' : 'open';
}

/** Problems of answers against the respondent's questions, as field codes. */
export function answerIssues(respondent: CheckInRespondent, answers: CheckInAnswers): { field: string; code: string }[] {
  const questions = QUESTIONS[respondent];
  const issues: { field: string; code: string }[] = [];
  for (const id of questions.scores) {
    const score = answers.scores[id];
    if (score === undefined) issues.push({ field: `scores.${id}`, code: 'checkIn.scoreMissing' });
    else if (!Number.isInteger(score) || score < 1 || score > 5) issues.push({ field: `scores.${id}`, code: 'checkIn.scoreOutOfScale' });
  }
  for (const id of Object.keys(answers.scores)) if (!(questions.scores as readonly string[]).includes(id)) issues.push({ field: `scores.${id}`, code: 'checkIn.questionUnknown' });
  if (questions.stay && answers.stay === undefined) issues.push({ field: 'stay', code: 'checkIn.scoreMissing' });
  return issues;
}

export type Warning = 'lowScore' | 'wantsToLeave' | 'missed';

/** Why an answered check-in worries: a score of 2 or less, or the employee not wanting to stay. */
export function answerWarnings(answers: CheckInAnswers): Warning[] {
  const warnings: Warning[] = [];
  if (Object.values(answers.scores).some((s) => s <= 2)) warnings.push('lowScore');
  if (answers.stay === 'no') warnings.push('wantsToLeave');
  return warnings;
}
