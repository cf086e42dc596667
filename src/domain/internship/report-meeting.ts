// The final report meeting (報告会, issue 8 item 2): on the internship's last day each intern
// presents their work; companies of the program score each talk on a rubric (the same 1–5 scale
// and weights as the fair's evaluations) and the scores are aggregated per student, to be
// carried into hiring. The running order gives each talk its start time.
import { weightedScore, type RubricCriterion } from '../fairs/fair-rules.ts';

export type { RubricCriterion } from '../fairs/fair-rules.ts';

export const DEFAULT_MEETING_RUBRIC: readonly RubricCriterion[] = [
  { id: 'outcome', label: { ja: '成果の内容', mn: 'Ажлын үр дүн', en: 'What was achieved' }, weight: 2 },
  { id: 'clarity', label: { ja: '説明のわかりやすさ', mn: 'Тайлбарын ойлгомжтой байдал', en: 'Clarity' }, weight: 1 },
  { id: 'japanese', label: { ja: '日本語での発表', mn: 'Япон хэлээр илтгэх чадвар', en: 'Presenting in Japanese' }, weight: 1 },
  { id: 'answers', label: { ja: '質疑応答', mn: 'Асуултад хариулах', en: 'Answers to questions' }, weight: 1 },
];

/** Start time ("HH:MM") of each talk in order, talks back to back from `startsAt`. */
export function talkTimes(startsAt: string, minutesPerTalk: number, talks: number): string[] {
  const [h, m] = startsAt.split(':').map(Number) as [number, number];
  return Array.from({ length: talks }, (_, i) => {
    const minutes = h * 60 + m + i * minutesPerTalk;
    return `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  });
}

export type CompanyScore = { companyId: string; scores: Readonly<Record<string, number>> };

export type PresentationResult = {
  /** Companies that scored the talk. */
  scorers: number;
  /** Mean per criterion over the companies, one decimal. */
  byCriterion: Record<string, number>;
  /** Weighted mean of the criterion means, one decimal; null before any score. */
  overall: number | null;
};

export function presentationResult(rubric: readonly RubricCriterion[], scores: readonly CompanyScore[]): PresentationResult {
  const byCriterion: Record<string, number> = {};
  for (const criterion of rubric) {
    const given = scores.map((s) => s.scores[criterion.id]).filter((v): v is number => v !== undefined);
    if (given.length > 0) byCriterion[criterion.id] = Math.round((given.reduce((a, b) => a + b, 0) / given.length) * 10) / 10;
  }
  return { scorers: scores.length, byCriterion, overall: scores.length === 0 ? null : weightedScore(rubric, byCriterion) };
}
