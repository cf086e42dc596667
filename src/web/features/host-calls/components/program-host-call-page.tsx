// The operator's page for a program's call for host companies: draft the call (deadline,
// intern cap, questions, rubric), open, close and reopen it; the companies' applications with
// their weighted scores and decisions; and the program's host companies, which accepted
// applications join.
import { Alert, Anchor, Breadcrumbs, Button, Card, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { HostCallView } from '../../../../contracts/host-calls.ts';
import type { ProgramDetail } from '../../../../contracts/programs.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { DownloadMenu } from '../../../components/ui/download-menu.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { paths } from '../../../paths.ts';
import { useHostApplications, useProgramForHostCall, useProgramHostCall, useUpdateHostCall } from '../api/host-calls.api.ts';
import { CallFacts } from './call-facts.tsx';
import { CallFormModal } from './call-form-modal.tsx';
import { useNow } from './deadline-text.tsx';
import { timeLeft } from './deadline.ts';
import { HostApplicationsTable } from './host-applications-table.tsx';

export function ProgramHostCallPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('hostCalls');
  const { localized } = useLanguage();
  const program = useProgramForHostCall(id);
  const call = useProgramHostCall(id);
  const now = useNow();
  const [editing, setEditing] = useState(false);
  const error = program.error ?? call.error;
  if (error) return <ApiErrorAlert error={error} />;
  if (!program.data || call.data === undefined) return <Loader aria-label={t('common:loading')} />;
  return (
    <Stack>
      <Breadcrumbs>
        <Anchor component={Link} to={paths.programs}>{t('programs:list.title')}</Anchor>
        <Anchor component={Link} to={paths.program(id)}>{localized(program.data.name)}</Anchor>
        <Text>{t('operator.breadcrumb')}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={2}>{t('operator.title')}</Title>
          <Text c="dimmed">{localized(program.data.name)}</Text>
        </Stack>
        {call.data && <Button variant="default" onClick={() => setEditing(true)}>{t('operator.edit')}</Button>}
      </Group>
      {call.data ? (
        <>
          <CallFacts call={call.data} now={now} programCap={program.data.internCapPerCompany} />
          <CallStatusActions call={call.data} now={now} />
          <CallContent call={call.data} />
          <Applications call={call.data} />
          <HostCompanies program={program.data} />
        </>
      ) : (
        <Card withBorder>
          <Stack align="flex-start">
            <Text>{t('operator.none')}</Text>
            <Button onClick={() => setEditing(true)}>{t('operator.create')}</Button>
          </Stack>
        </Card>
      )}
      <CallFormModal opened={editing} onClose={() => setEditing(false)} programId={id} programCap={program.data.internCapPerCompany} call={call.data} />
    </Stack>
  );
}

/** Open a draft or a closed call, close an open one; each asks first and says what follows. */
function CallStatusActions({ call, now }: { call: HostCallView; now: Date }) {
  const { t } = useTranslation('hostCalls');
  const update = useUpdateHostCall(call.id);
  const [asking, setAsking] = useState<'open' | 'closed' | null>(null);
  const passed = timeLeft(call.deadline, now) === null;
  const next = call.status === 'open' ? 'closed' : 'open';
  const action = call.status === 'open' ? 'close' : call.status === 'closed' ? 'reopen' : 'open';
  return (
    <Stack gap="xs">
      {call.status !== 'closed' && passed && <Alert color="orange" role="status">{t('operator.deadlinePassed')}</Alert>}
      <Group>
        <Button variant={next === 'closed' ? 'default' : 'filled'} c={next === 'closed' ? 'red.9' : undefined} onClick={() => setAsking(next)}>
          {t(`operator.${action}`)}
        </Button>
      </Group>
      <ApiErrorAlert error={asking ? null : update.error} />
      <ConfirmDialog
        opened={asking !== null}
        title={t(`operator.${action}Title`)}
        message={passed && next === 'open' ? `${t(`operator.${action}Message`)} ${t('operator.openPastDeadline')}` : t(`operator.${action}Message`)}
        confirmLabel={t(`operator.${action}`)}
        danger={next === 'closed'}
        pending={update.isPending}
        error={update.error}
        onConfirm={() => update.mutate({ version: call.version, status: next }, { onSuccess: () => setAsking(null) })}
        onClose={() => {
          setAsking(null);
          update.reset();
        }}
      />
    </Stack>
  );
}

function CallContent({ call }: { call: HostCallView }) {
  const { t } = useTranslation('hostCalls');
  const { localized } = useLanguage();
  return (
    <Card withBorder>
      <Stack>
        <Title order={3}>{t('fields.questions')}</Title>
        {call.questions.length === 0 ? (
          <Text size="sm" c="dimmed">{t('form.noQuestions')}</Text>
        ) : (
          <List type="ordered" spacing={4}>
            {call.questions.map((q) => <List.Item key={q.id}>{localized(q.text)}</List.Item>)}
          </List>
        )}
        <Title order={3}>{t('fields.rubric')}</Title>
        {call.rubric.length === 0 ? (
          <Text size="sm" c="dimmed">{t('form.noCriteria')}</Text>
        ) : (
          <List spacing={4}>
            {call.rubric.map((c) => <List.Item key={c.id}>{t('operator.criterion', { label: localized(c.label), weight: c.weight })}</List.Item>)}
          </List>
        )}
      </Stack>
    </Card>
  );
}

function Applications({ call }: { call: HostCallView }) {
  const { t } = useTranslation('hostCalls');
  const applications = useHostApplications(call.id);
  if (applications.error) return <ApiErrorAlert error={applications.error} />;
  if (!applications.data) return <Loader aria-label={t('common:loading')} />;
  return (
    <Stack gap="xs">
      <Title order={3}>{t('operator.applications')}</Title>
      <Group justify="space-between">
        <Text size="sm" c="dimmed" role="status">{t('operator.count', { count: applications.data.items.length })}</Text>
        {applications.data.items.length > 0 && <DownloadMenu listPath={`/api/host-calls/${call.id}/applications`} listName={t('table.label')} />}
      </Group>
      {applications.data.items.length > 0 && <HostApplicationsTable call={call} items={applications.data.items} />}
    </Stack>
  );
}

function HostCompanies({ program }: { program: ProgramDetail }) {
  const { t } = useTranslation('hostCalls');
  const { localized } = useLanguage();
  const hosts = program.participations.filter((p) => p.role === 'host_company');
  return (
    <Card withBorder data-testid="host-companies">
      <Stack gap="xs">
        <Title order={3}>{t('operator.hostsTitle', { count: hosts.length })}</Title>
        <Text size="sm" c="dimmed">{t('operator.hostsHelp')}</Text>
        {hosts.length > 0 && (
          <List spacing={2}>
            {hosts.map((h) => <List.Item key={h.id}>{localized(h.organization.name)}</List.Item>)}
          </List>
        )}
      </Stack>
    </Card>
  );
}
