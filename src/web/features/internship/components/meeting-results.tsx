// The meeting's results for the operators and the scoring companies: per talk the overall score
// (the weighted mean of the criterion means) and each criterion's mean over the companies, and
// a bar chart of the overall per student, best first. Plain CSS bars, read out as a list.
import { Card, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReportMeetingView, TalkView } from '../../../../contracts/internship.ts';
import { SCORE_MAX } from '../../../../domain/fairs/fair-rules.ts';
import { TableScroll } from '../../../components/ui/table-scroll.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatNumber } from '../../../lib/format.ts';
import { studentName } from '../../../lib/student-name.ts';
import { formatScore } from './internship-format.ts';
import { StudentNameText } from './student-name.tsx';

type Meeting = NonNullable<ReportMeetingView['meeting']>;
type Scored = TalkView & { result: { overall: number } };

export function MeetingResults({ view, meeting }: { view: ReportMeetingView; meeting: Meeting }) {
  const { t } = useTranslation('internship');
  const scored = view.talks.filter((talk): talk is Scored => talk.result?.overall != null).sort((a, b) => b.result.overall - a.result.overall);
  return (
    <Card withBorder component="section" aria-labelledby="ip-results">
      <Stack>
        <Title order={3} id="ip-results">{t('results.title')}</Title>
        {scored.length === 0 ? (
          <Text c="dimmed">{t('results.none')}</Text>
        ) : (
          <>
            <ResultsChart scored={scored} />
            <ResultsTable talks={view.talks} meeting={meeting} />
          </>
        )}
      </Stack>
    </Card>
  );
}

function ResultsChart({ scored }: { scored: Scored[] }) {
  const { t } = useTranslation('internship');
  const { language } = useLanguage();
  return (
    <figure className="ip-chart">
      <figcaption>
        <Text size="sm" fw={600}>{t('results.chart', { max: SCORE_MAX })}</Text>
      </figcaption>
      <ol className="ip-chart-rows">
        {scored.map((talk) => (
          <li key={talk.id} className="ip-chart-row">
            <span className="ip-chart-name">{studentName(talk.student, language).primary}</span>
            <span className="ip-chart-track" aria-hidden>
              <span className="ip-chart-fill" style={{ width: `${(talk.result.overall / SCORE_MAX) * 100}%` }} />
            </span>
            <span className="ip-chart-value">{formatScore(talk.result.overall, language)}</span>
          </li>
        ))}
      </ol>
    </figure>
  );
}

function ResultsTable({ talks, meeting }: { talks: TalkView[]; meeting: Meeting }) {
  const { t } = useTranslation('internship');
  const { language, localized } = useLanguage();
  const score = (value: number | undefined | null) => (value == null ? '—' : formatScore(value, language));
  return (
    <TableScroll label={t('results.tableLabel')} minWidth={640}>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('overview.student')}</Table.Th>
            <Table.Th ta="right">{t('results.overall')}</Table.Th>
            {meeting.rubric.map((c) => (
              <Table.Th key={c.id} ta="right">{localized(c.label)}{c.weight > 1 ? ` ×${c.weight}` : ''}</Table.Th>
            ))}
            <Table.Th ta="right">{t('results.scorers')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {talks.map((talk) => (
            <Table.Tr key={talk.id} data-testid="result-row">
              <Table.Td><StudentNameText names={talk.student} /></Table.Td>
              <Table.Td ta="right" fw={700}>{score(talk.result?.overall)}</Table.Td>
              {meeting.rubric.map((c) => (
                <Table.Td key={c.id} ta="right">{score(talk.result?.byCriterion[c.id])}</Table.Td>
              ))}
              <Table.Td ta="right">{formatNumber(talk.result?.scorers ?? 0, language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
