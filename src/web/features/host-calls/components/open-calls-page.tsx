// The calls for host companies a person may see. A host company finds every open call, with
// the deadline in its own language and time zone, how long remains, and where its own
// application stands; an operator finds its programs' calls and goes to each program's page.
import { Anchor, Badge, Button, Card, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HostCallView } from '../../../../contracts/host-calls.ts';
import type { ProgramDetail } from '../../../../contracts/programs.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { DownloadMenu } from '../../../components/ui/download-menu.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatFiscalYear } from '../../../lib/format.ts';
import { useAccount } from '../../../lib/session.ts';
import { paths } from '../../../paths.ts';
import { useHostApplications, useHostCalls, useVisiblePrograms } from '../api/host-calls.api.ts';
import { CallStatusBadge, DecisionBadge } from './badges.tsx';
import { operatesCall, ownCompanies } from './company-role.ts';
import { DeadlineText, useNow } from './deadline-text.tsx';

export function OpenCallsPage() {
  const { t } = useTranslation('hostCalls');
  const calls = useHostCalls();
  const account = useAccount().data;
  const now = useNow();
  const programs = useVisiblePrograms(calls.data?.items.map((c) => c.programId) ?? []);
  if (calls.error) return <ApiErrorAlert error={calls.error} />;
  if (!calls.data) return <Loader aria-label={t('common:loading')} />;
  const isCompany = ownCompanies(account).length > 0;
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={2}>{t('list.title')}</Title>
          <Text c="dimmed">{isCompany ? t('list.introCompany') : t('list.introOperator')}</Text>
        </Stack>
        {calls.data.items.length > 0 && <DownloadMenu listPath="/api/host-calls" listName={t('list.title')} />}
      </Group>
      {calls.data.items.length === 0 && <Text>{isCompany ? t('list.noneOpen') : t('list.none')}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {calls.data.items.map((call, i) => (
          <CallCard key={call.id} call={call} program={programs[i]?.data ?? null} now={now} operates={operatesCall(account, call)} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

function CallCard({ call, program, now, operates }: { call: HostCallView; program: ProgramDetail | null; now: Date; operates: boolean }) {
  const { t } = useTranslation('hostCalls');
  const { language, localized } = useLanguage();
  const own = useHostApplications(operates ? undefined : call.id);
  const mine = own.data?.items[0];
  return (
    <Card withBorder data-testid="call-card">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            {program ? (
              <>
                <Text size="sm" fw={600} c="indigo.8">{formatFiscalYear(program.fiscalYear, language)}</Text>
                <Title order={3} size="h4">{localized(program.name)}</Title>
                <Text size="sm" c="dimmed">{t('list.operatedBy', { operator: localized(program.operator.name) })}</Text>
              </>
            ) : (
              <>
                <Title order={3} size="h4">{t('list.callTitle')}</Title>
                <Text size="sm" c="dimmed">{t('list.operatedBy', { operator: localized(call.operatorName) })}</Text>
              </>
            )}
          </Stack>
          <CallStatusBadge status={call.status} />
        </Group>
        <DeadlineText deadline={call.deadline} now={now} />
        {call.internCapPerCompany !== null && <Text size="sm">{t('list.cap', { count: call.internCapPerCompany })}</Text>}
        {!operates && (
          <Group gap="xs">
            {mine ? (
              <>
                <Badge variant="light" color="indigo">{t('list.applied')}</Badge>
                <DecisionBadge decision={mine.decision} />
              </>
            ) : (
              <Text size="sm" c="dimmed">{t('list.notApplied')}</Text>
            )}
          </Group>
        )}
        <Group>
          {operates ? (
            <Anchor component={Link} to={paths.programHostCall(call.programId)}>{t('list.manage')}</Anchor>
          ) : (
            <Button component={Link} to={paths.hostCall(call.id)} variant={mine ? 'light' : 'filled'}>
              {mine ? t('list.viewApplication') : t('list.apply')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
