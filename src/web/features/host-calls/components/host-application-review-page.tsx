// One company's application as the operator reviews it: what it sent and its answers, a score
// of 0–5 per rubric criterion with the weighted score, accept or decline with a reason (asked
// first; accepting makes the company a host company of the program), and editing the
// application on the company's behalf, also after the deadline.
import { Alert, Anchor, Breadcrumbs, Button, Card, Group, Loader, Modal, SegmentedControl, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { HostApplicationView, HostCallView } from '../../../../contracts/host-calls.ts';
import { MAX_SCORE, weightedScore } from '../../../../domain/host-calls/host-call.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { fieldErrorsOf } from '../../../components/ui/form-errors.ts';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { paths } from '../../../paths.ts';
import { useDecideHostApplication, useHostApplication, useHostCall, useProgramForHostCall, useScoreHostApplication } from '../api/host-calls.api.ts';
import { ApplicationSummary } from './application-summary.tsx';
import { DecisionBadge } from './badges.tsx';
import { CompanyApplicationForm } from './company-application-form.tsx';

export function HostApplicationReviewPage() {
  const { id = '', applicationId = '' } = useParams();
  const { t } = useTranslation('hostCalls');
  const { language, localized } = useLanguage();
  const program = useProgramForHostCall(id);
  const application = useHostApplication(applicationId);
  const call = useHostCall(application.data?.callId ?? '');
  const [editing, setEditing] = useState(false);
  const error = program.error ?? application.error ?? (application.data ? call.error : null);
  if (error) return <ApiErrorAlert error={error} />;
  if (!program.data || !application.data || !call.data) return <Loader aria-label={t('common:loading')} />;
  const a = application.data;
  const companyName = localized(a.companyName) || t('table.unnamed');
  const isHost = program.data.participations.some((p) => p.role === 'host_company' && p.organization.id === a.companyId);
  return (
    <Stack maw={960}>
      <Breadcrumbs>
        <Anchor component={Link} to={paths.program(id)}>{localized(program.data.name)}</Anchor>
        <Anchor component={Link} to={paths.programHostCall(id)}>{t('operator.breadcrumb')}</Anchor>
        <Text>{companyName}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={2}>{companyName}</Title>
          <Text size="sm" c="dimmed">{t('review.received', { at: formatDateTime(a.createdAt, language) })}</Text>
        </Stack>
        <DecisionBadge decision={a.decision} />
      </Group>
      {isHost && (
        <Alert color="green" role="status" data-testid="is-host">{t('review.isHost', { company: companyName })}</Alert>
      )}
      {editing ? (
        <CompanyApplicationForm call={call.data} application={a} title={t('review.editTitle', { company: companyName })} onDone={() => setEditing(false)} onCancel={() => setEditing(false)} />
      ) : (
        <Card withBorder>
          <Stack>
            <Group justify="space-between">
              <Title order={3}>{t('review.sent')}</Title>
              <Button variant="default" size="xs" onClick={() => setEditing(true)}>{t('review.editOnBehalf')}</Button>
            </Group>
            <ApplicationSummary call={call.data} application={a} />
          </Stack>
        </Card>
      )}
      <Scores call={call.data} application={a} />
      <Decision application={a} companyName={companyName} />
    </Stack>
  );
}

function Scores({ call, application }: { call: HostCallView; application: HostApplicationView }) {
  const { t } = useTranslation('hostCalls');
  const { localized, language } = useLanguage();
  const save = useScoreHostApplication(application.id);
  const [scores, setScores] = useState<Record<string, number>>(application.scores ?? {});
  const errors = fieldErrorsOf(save.error);
  const preview = weightedScore(scores, call.rubric);
  if (call.rubric.length === 0) {
    return (
      <Card withBorder>
        <Title order={3}>{t('review.scores')}</Title>
        <Text size="sm" c="dimmed">{t('review.noRubric')}</Text>
      </Card>
    );
  }
  const options = Array.from({ length: MAX_SCORE + 1 }, (_, n) => ({ value: String(n), label: String(n) }));
  return (
    <Card withBorder>
      <Stack>
        <Title order={3}>{t('review.scores')}</Title>
        <Text size="sm" c="dimmed">{t('review.scoresHelp')}</Text>
        {call.rubric.map((c) => {
          const label = localized(c.label);
          return (
            <Stack key={c.id} gap={4} data-testid="score-row">
              <Text size="sm" fw={600} id={`score-${c.id}`}>{t('review.criterion', { label, weight: c.weight })}</Text>
              <SegmentedControl
                aria-labelledby={`score-${c.id}`}
                data={options}
                value={scores[c.id] === undefined ? '' : String(scores[c.id])}
                onChange={(v) => setScores({ ...scores, [c.id]: Number(v) })}
                w="fit-content"
                name={`score-${c.id}`}
              />
              {errors[`scores.${c.id}`] && <Text size="xs" c="red.8">{errors[`scores.${c.id}`]}</Text>}
            </Stack>
          );
        })}
        <Text fw={600} data-testid="score-preview">
          {preview === null ? t('review.weightedNone') : t('review.weighted', { score: new Intl.NumberFormat(language === 'mn' ? 'mn-MN' : language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(preview) })}
        </Text>
        {save.error && <ApiErrorAlert error={save.error} />}
        {save.isSuccess && !save.isPending && <Text size="sm" c="teal.9" role="status">{t('review.scoresSaved')}</Text>}
        <Group>
          <Button onClick={() => save.mutate({ version: application.version, scores })} loading={save.isPending} disabled={Object.keys(scores).length === 0}>
            {t('review.saveScores')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function Decision({ application, companyName }: { application: HostApplicationView; companyName: string }) {
  const { t } = useTranslation('hostCalls');
  const { language } = useLanguage();
  const decide = useDecideHostApplication(application.id);
  const [deciding, setDeciding] = useState<'accepted' | 'declined' | null>(null);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const close = () => {
    setDeciding(null);
    setReason('');
    setMissing(false);
    decide.reset();
  };
  const confirm = () => {
    if (!deciding) return;
    if (!reason.trim()) return setMissing(true);
    decide.mutate({ version: application.version, decision: deciding, reason: reason.trim() }, { onSuccess: close });
  };
  const errors = fieldErrorsOf(decide.error);
  return (
    <Card withBorder>
      <Stack>
        <Title order={3}>{t('review.decision')}</Title>
        {application.decision === 'pending' ? (
          <Text size="sm">{t('review.pending')}</Text>
        ) : (
          <Stack gap={2} data-testid="decision-reason">
            <Text size="sm">{t('review.decidedAs', { decision: t(`decision.${application.decision}`), at: application.decidedAt ? formatDateTime(application.decidedAt, language) : '' })}</Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{application.decisionReason}</Text>
          </Stack>
        )}
        <Group>
          <Button onClick={() => setDeciding('accepted')} disabled={application.decision === 'accepted'}>{t('review.accept')}</Button>
          <Button variant="default" c="red.9" onClick={() => setDeciding('declined')} disabled={application.decision === 'declined'}>{t('review.decline')}</Button>
        </Group>
      </Stack>
      <Modal opened={deciding !== null} onClose={close} title={deciding ? t(`review.${deciding}Title`, { company: companyName }) : ''} closeButtonProps={{ 'aria-label': t('common:actions.close') }} centered>
        <Stack>
          {deciding && <Text size="sm">{t(`review.${deciding}Message`, { company: companyName })}</Text>}
          <Textarea
            label={t('review.reason')}
            description={t('review.reasonHelp')}
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setMissing(false);
            }}
            error={missing ? t('review.reasonRequired') : errors.reason}
            maxLength={1000}
            autosize
            minRows={3}
            required
            data-autofocus
          />
          {decide.error && !errors.reason && <ApiErrorAlert error={decide.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>{t('common:actions.cancel')}</Button>
            <Button color={deciding === 'declined' ? 'red.9' : undefined} loading={decide.isPending} onClick={confirm}>
              {deciding ? t(`review.${deciding === 'accepted' ? 'accept' : 'decline'}Confirm`) : ''}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
