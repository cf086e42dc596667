// The interview fair's rules besides the timetable (issue 5 items 1, 5 and 6): who asks for an
// interview and with whom, the operator's caps on the approved list, publication, and the
// company's evaluation after each interview.
import type { PipelineStatus } from '../pipeline/pipeline-status.ts';
import type { LocalizedText } from '../shared/localized-text.ts';

export const FAIR_STATUSES = ['draft', 'published'] as const;
export type FairStatus = (typeof FAIR_STATUSES)[number];

export const INTERVIEW_STATUSES = ['requested', 'approved', 'declined'] as const;
export type InterviewStatus = (typeof INTERVIEW_STATUSES)[number];

export const REQUESTERS = ['company', 'student', 'operator'] as const;
export type Requester = (typeof REQUESTERS)[number];

/** Students a company may ask to interview: applicants and lecture attendees still in the running. */
export const INTERVIEWABLE_STATUSES = ['applied', 'screened', 'lecture_attendee', 'interviewee'] as const satisfies readonly PipelineStatus[];
export const isInterviewable = (status: PipelineStatus): boolean => (INTERVIEWABLE_STATUSES as readonly string[]).includes(status);

export type CapIssue = { readonly id: string; readonly code: 'fair.studentCapExceeded' | 'fair.companyCapExceeded' };

/**
 * The approved interviews over the fair's caps (interviews per student, per company), in list
 * order: the first `cap` of each student and company pass, the ones after are named.
 */
export function capIssues(approved: readonly { id: string; studentId: string; companyId: string }[], caps: { perStudent: number | null; perCompany: number | null }): CapIssue[] {
  const perStudent = new Map<string, number>();
  const perCompany = new Map<string, number>();
  const issues: CapIssue[] = [];
  for (const interview of approved) {
    const s = (perStudent.get(interview.studentId) ?? 0) + 1;
    const c = (perCompany.get(interview.companyId) ?? 0) + 1;
    perStudent.set(interview.studentId, s);
    perCompany.set(interview.companyId, c);
    if (caps.perStudent !== null && s > caps.perStudent) issues.push({ id: interview.id, code: 'fair.studentCapExceeded' });
    else if (caps.perCompany !== null && c > caps.perCompany) issues.push({ id: interview.id, code: 'fair.companyCapExceeded' });
  }
  return issues;
}

export const RECOMMENDATIONS = ['recommend', 'undecided', 'notRecommended'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

export type RubricCriterion = { readonly id: string; readonly label: LocalizedText; readonly weight: number };

export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

/** A rubric to start from: what Hitachi's companies look for in an intern. */
export const DEFAULT_RUBRIC: readonly RubricCriterion[] = [
  { id: 'technical', label: { ja: '専門知識・技術', mn: 'Мэргэжлийн мэдлэг, ур чадвар', en: 'Technical knowledge and skill' }, weight: 2 },
  { id: 'japanese', label: { ja: '日本語力', mn: 'Япон хэлний чадвар', en: 'Japanese' }, weight: 1 },
  { id: 'motivation', label: { ja: '意欲', mn: 'Сонирхол, хүсэл эрмэлзэл', en: 'Motivation' }, weight: 1 },
  { id: 'fit', label: { ja: '職場への適性', mn: 'Ажлын байранд тохирох байдал', en: 'Fit with the workplace' }, weight: 1 },
];

/** Problems of a set of scores against the rubric: every criterion scored, within the scale, no unknown one. */
export function scoreIssues(rubric: readonly RubricCriterion[], scores: Readonly<Record<string, number>>): { field: string; code: 'fair.scoreMissing' | 'fair.scoreOutOfScale' | 'fair.criterionUnknown' }[] {
  const issues: { field: string; code: 'fair.scoreMissing' | 'fair.scoreOutOfScale' | 'fair.criterionUnknown' }[] = [];
  const ids = new Set(rubric.map((c) => c.id));
  for (const criterion of rubric) {
    const score = scores[criterion.id];
    if (score === undefined) issues.push({ field: `scores.${criterion.id}`, code: 'fair.scoreMissing' });
    else if (!Number.isInteger(score) || score < SCORE_MIN || score > SCORE_MAX) issues.push({ field: `scores.${criterion.id}`, code: 'fair.scoreOutOfScale' });
  }
  for (const id of Object.keys(scores)) if (!ids.has(id)) issues.push({ field: `scores.${id}`, code: 'fair.criterionUnknown' });
  return issues;
}

/** The weighted mean of the scores, rounded to one decimal; null without weight. */
export function weightedScore(rubric: readonly RubricCriterion[], scores: Readonly<Record<string, number>>): number | null {
  let weight = 0;
  let sum = 0;
  for (const criterion of rubric) {
    const score = scores[criterion.id];
    if (score === undefined) continue;
    weight += criterion.weight;
    sum += criterion.weight * score;
  }
  return weight === 0 ? null : Math.round((sum / weight) * 10) / 10;
}
