// One call as a host company meets it: the conditions and the deadline in its own language and
// time zone, the operator's questions in the language it reads; the form until the deadline,
// its application and the decision with its reason afterwards. After the deadline the
// application is read-only and the page says why and whom to ask.
import { Alert, Anchor, Button, Card, Group, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { HostApplicationView, HostCallView } from '../../../../contracts/host-calls.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useAccount } from '../../../lib/session.ts';
import { paths } from '../../../paths.ts';
import { useHostApplications, useHostCall, useVisiblePrograms } from '../api/host-calls.api.ts';
import { ApplicationSummary } from './application-summary.tsx';
import { DecisionBadge } from './badges.tsx';
import { CallFacts } from './call-facts.tsx';
import { CompanyApplicationForm } from './company-application-form.tsx';
import { ownCompanies } from './company-role.ts';
import { companyMayWriteNow } from './deadline.ts';
import { useNow } from './deadline-text.tsx';

/** A light alert's coloured title is too faint to read; the title keeps the text colour. */
const READABLE_TITLE = { title: { color: 'var(--mantine-color-text)' } };

export function CompanyCallPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('hostCalls');
  const { localized } = useLanguage();
  const call = useHostCall(id);
  const applications = useHostApplications(id);
  const account = useAccount().data;
  const now = useNow();
  const [program] = useVisiblePrograms(call.data ? [call.data.programId] : []);
  const error = call.error ?? applications.error;
  if (error) return <ApiErrorAlert error={error} />;
  if (!call.data || !applications.data) return <Loader aria-label={t('common:loading')} />;
  const companies = ownCompanies(account);
  const applied = applications.data.items;
  const open = companyMayWriteNow(call.data, now);
  const notYet = companies.filter((c) => !applied.some((a) => a.companyId === c.id));
  return (
    <Stack maw={900}>
      <Anchor component={Link} to={paths.hostCalls} size="sm">{t('company.back')}</Anchor>
      <Stack gap={4}>
        <Title order={2}>{t('company.title')}</Title>
        {program?.data && <Text c="dimmed">{localized(program.data.name)}</Text>}
        <Text c="dimmed" size="sm">{t('list.operatedBy', { operator: localized(call.data.operatorName) })}</Text>
      </Stack>
      <CallFacts call={call.data} now={now} />
      {!open && (
        <Alert color="orange" title={t('company.closedTitle')} styles={READABLE_TITLE} role="status" data-testid="closed-notice">
          {t('company.closedText')}
        </Alert>
      )}
      {applied.map((a) => (
        <OwnApplication key={a.id} call={call.data} application={a} companyName={localized(a.companyName)} open={open} />
      ))}
      {open && notYet.length > 0 && <ApplyForm call={call.data} companies={notYet} />}
      {!open && applied.length === 0 && <Text>{t('company.notApplied')}</Text>}
      {companies.length === 0 && <Text c="dimmed">{t('company.notACompany')}</Text>}
    </Stack>
  );
}

function ApplyForm({ call, companies }: { call: HostCallView; companies: ReturnType<typeof ownCompanies> }) {
  const { t } = useTranslation('hostCalls');
  const { localized } = useLanguage();
  const [companyId, setCompanyId] = useState(companies[0]!.id);
  return (
    <Stack>
      {companies.length > 1 && (
        <Select label={t('fields.company')} data={companies.map((c) => ({ value: c.id, label: localized(c.name) }))} value={companyId} onChange={(v) => v && setCompanyId(v)} allowDeselect={false} maw={420} />
      )}
      <CompanyApplicationForm
        key={companyId}
        call={call}
        application={null}
        companyId={companyId}
        title={t('company.applyAs', { company: localized(companies.find((c) => c.id === companyId)?.name) })}
        onDone={() => undefined}
      />
    </Stack>
  );
}

function OwnApplication({ call, application, companyName, open }: { call: HostCallView; application: HostApplicationView; companyName: string; open: boolean }) {
  const { t } = useTranslation('hostCalls');
  const { language } = useLanguage();
  const [editing, setEditing] = useState(false);
  if (editing) {
    return <CompanyApplicationForm call={call} application={application} title={t('company.editTitle', { company: companyName })} onDone={() => setEditing(false)} onCancel={() => setEditing(false)} />;
  }
  return (
    <Card withBorder data-testid="own-application">
      <Stack>
        <Group justify="space-between" gap="xs">
          <Title order={3}>{t('company.ownTitle', { company: companyName })}</Title>
          <DecisionBadge decision={application.decision} />
        </Group>
        <Text size="sm">{t(`decisionHelp.${application.decision}`)}</Text>
        {application.decision !== 'pending' && application.decisionReason && (
          <Alert color={application.decision === 'accepted' ? 'green' : 'gray'} title={t('company.reason')} styles={READABLE_TITLE} data-testid="decision-reason">
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{application.decisionReason}</Text>
            {application.decidedAt && <Text size="xs" c="dimmed" mt={4}>{t('company.decidedAt', { at: formatDateTime(application.decidedAt, language) })}</Text>}
          </Alert>
        )}
        <ApplicationSummary call={call} application={application} />
        <Text size="xs" c="dimmed">{t('company.updatedAt', { at: formatDateTime(application.updatedAt, language) })}</Text>
        {open && (
          <Group>
            <Button variant="default" onClick={() => setEditing(true)}>{t('company.edit')}</Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
