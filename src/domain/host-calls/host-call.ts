// The call for host companies (issue 4 item 1): an operator opens one call per program, with a
// deadline, conditions, its own questions and a rubric; companies apply until the deadline;
// the operator scores the applications against the rubric and accepts or declines them.
// Pure: the clock is an argument.
import type { LocalizedText } from '../shared/localized-text.ts';

export const HOST_CALL_STATUSES = ['draft', 'open', 'closed'] as const;
export type HostCallStatus = (typeof HOST_CALL_STATUSES)[number];

export const HOST_DECISIONS = ['pending', 'accepted', 'declined'] as const;
export type HostDecision = (typeof HOST_DECISIONS)[number];

export const MAX_QUESTIONS = 10;
export const MAX_CRITERIA = 10;
export const MAX_SCORE = 5;

export type CallQuestion = { id: string; text: LocalizedText };
export type RubricCriterion = { id: string; label: LocalizedText; weight: number };

/** A company may write its application only while the call is open and before its deadline. */
export function companyMayWrite(call: { status: HostCallStatus; deadline: Date }, now: Date): boolean {
  return call.status === 'open' && now.getTime() < call.deadline.getTime();
}

/** Score issues: every score must name a rubric criterion, as an integer 0–5. */
export function scoreIssues(scores: Record<string, number>, rubric: RubricCriterion[]): { criterionId: string; code: 'hostCall.unknownCriterion' | 'hostCall.scoreOutOfRange' }[] {
  const ids = new Set(rubric.map((c) => c.id));
  const issues: { criterionId: string; code: 'hostCall.unknownCriterion' | 'hostCall.scoreOutOfRange' }[] = [];
  for (const [criterionId, score] of Object.entries(scores)) {
    if (!ids.has(criterionId)) issues.push({ criterionId, code: 'hostCall.unknownCriterion' });
    else if (!Number.isInteger(score) || score < 0 || score > MAX_SCORE) issues.push({ criterionId, code: 'hostCall.scoreOutOfRange' });
  }
  return issues;
}

/** Answers may only answer the call's questions. */
export function unknownAnswers(answers: Record<string, string>, questions: CallQuestion[]): string[] {
  const ids = new Set(questions.map((q) => q.id));
  return Object.keys(answers).filter((id) => !ids.has(id));
}

/**
 * The weighted score on a 0–5 scale: sum(weight × score) / sum(weight) over the criteria scored;
 * null when nothing is scored yet.
 */
export function weightedScore(scores: Record<string, number>, rubric: RubricCriterion[]): number | null {
  let total = 0;
  let weights = 0;
  for (const criterion of rubric) {
    const score = scores[criterion.id];
    if (score === undefined) continue;
    total += criterion.weight * score;
    weights += criterion.weight;
  }
  return weights === 0 ? null : Math.round((total / weights) * 100) / 100;
}
