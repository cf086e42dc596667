// The running order: each talk's start time, the intern, the title and the slides. The operators
// move talks up and down (the whole order goes with the meeting's version); the presenting intern
// edits their own title and slides; a company scores each talk and sees its own score.
import { ActionIcon, Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconFileDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportMeetingView, TalkView } from '../../../../contracts/internship.ts';
import { weightedScore } from '../../../../domain/fairs/fair-rules.ts';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDateTime, formatNumber } from '../../../lib/format.ts';
import { studentName } from '../../../lib/student-name.ts';
import { slidesUrl, useReorderTalks } from '../api/report-meeting.api.ts';
import { formatBytes, formatScore, JAPAN } from './internship-format.ts';
import { ScoreModal } from './score-modal.tsx';
import { StudentNameText } from './student-name.tsx';
import { TalkEditor } from './talk-editor.tsx';
import { WriteError } from './write-error.tsx';

type Meeting = NonNullable<ReportMeetingView['meeting']>;

export function RunningOrder({ programId, view, meeting }: { programId: string; view: ReportMeetingView; meeting: Meeting }) {
  const { t } = useTranslation('internship');
  const reorder = useReorderTalks(programId);
  const [scoring, setScoring] = useState<TalkView | null>(null);
  const move = (index: number, delta: -1 | 1) => {
    const order = view.talks.map((talk) => talk.id);
    [order[index], order[index + delta]] = [order[index + delta]!, order[index]!];
    reorder.mutate({ version: meeting.version, order });
  };
  return (
    <Stack gap="sm">
      <WriteError error={reorder.error} />
      <ol className="ip-talks" aria-label={t('meeting.order')}>
        {view.talks.map((talk, index) => (
          <li key={talk.id}>
            <TalkCard
              talk={talk}
              programId={programId}
              view={view}
              meeting={meeting}
              onScore={() => setScoring(talk)}
              reorder={view.canManage ? { up: index > 0 ? () => move(index, -1) : null, down: index < view.talks.length - 1 ? () => move(index, 1) : null, pending: reorder.isPending } : null}
            />
          </li>
        ))}
      </ol>
      {scoring && <ScoreModal programId={programId} meeting={meeting} talk={view.talks.find((x) => x.id === scoring.id) ?? scoring} onClose={() => setScoring(null)} />}
    </Stack>
  );
}

type Reorder = { up: (() => void) | null; down: (() => void) | null; pending: boolean };

function TalkCard({ talk, programId, view, meeting, onScore, reorder }: { talk: TalkView; programId: string; view: ReportMeetingView; meeting: Meeting; onScore: () => void; reorder: Reorder | null }) {
  const { t } = useTranslation('internship');
  const { language } = useLanguage();
  const name = studentName(talk.student, language).primary;
  const myOverall = talk.myScore ? weightedScore(meeting.rubric, talk.myScore.scores) : null;
  return (
    <Card withBorder padding="sm" className="ip-talk" data-mine={talk.mine || undefined} data-testid="talk">
      <Group align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={0} className="ip-talk-time">
          <Text fw={700} size="lg">{talk.startsAt}</Text>
          <Text size="xs" c="dimmed">{t('meeting.position', { n: formatNumber(talk.position + 1, language) })}</Text>
        </Stack>
        <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
          <Group gap="xs" justify="space-between" align="flex-start" wrap="nowrap">
            <StudentNameText names={talk.student} />
            {talk.mine && <Badge color="indigo" variant="filled" tt="none" style={{ flexShrink: 0 }}>{t('meeting.yours')}</Badge>}
          </Group>
          <Text fs={talk.title ? undefined : 'italic'} c={talk.title ? undefined : 'dimmed'} className="ip-text">{talk.title || t('meeting.noTitle')}</Text>
          {talk.slides ? (
            <Group gap={6} wrap="nowrap">
              <IconFileDownload size={16} aria-hidden style={{ flexShrink: 0 }} />
              <Anchor href={slidesUrl(talk.id)} download={talk.slides.name} size="sm" style={{ overflowWrap: 'anywhere' }} aria-label={t('meeting.slidesOf', { name, file: talk.slides.name })}>
                {talk.slides.name}
              </Anchor>
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>{formatBytes(talk.slides.sizeBytes, language)}</Text>
            </Group>
          ) : (
            <Text size="sm" c="dimmed">{t('meeting.noSlides')}</Text>
          )}
          {talk.slides && talk.mine && <Text size="xs" c="dimmed">{t('meeting.uploadedAt', { at: formatDateTime(talk.slides.uploadedAt, language, JAPAN) })}</Text>}
          {(talk.mine || view.canManage) && <TalkEditor programId={programId} talk={talk} openAtFirst={talk.mine} />}
          {view.canScore && (
            <Group gap="sm">
              {myOverall !== null && <Text size="sm">{t('score.yours', { score: formatScore(myOverall, language) })}</Text>}
              <Button size="xs" variant={talk.myScore ? 'default' : 'filled'} onClick={onScore} aria-label={t(talk.myScore ? 'score.changeOf' : 'score.giveOf', { name })}>
                {talk.myScore ? t('score.change') : t('score.give')}
              </Button>
            </Group>
          )}
        </Stack>
        {reorder && (
          <Stack gap={4}>
            <ActionIcon variant="default" disabled={!reorder.up || reorder.pending} onClick={reorder.up ?? undefined} aria-label={t('meeting.moveUp', { name })}>
              <IconArrowUp size={16} />
            </ActionIcon>
            <ActionIcon variant="default" disabled={!reorder.down || reorder.pending} onClick={reorder.down ?? undefined} aria-label={t('meeting.moveDown', { name })}>
              <IconArrowDown size={16} />
            </ActionIcon>
          </Stack>
        )}
      </Group>
    </Card>
  );
}
