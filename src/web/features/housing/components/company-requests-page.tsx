// A hiring company's page for flats after hiring: it asks the program's housing partner for a
// flat for one of its hires (from which day, with a note) and sees each answer. The operators
// recommend the partner's flats to the hiring company (DOMAIN.md, "after hiring").
import { Anchor, Button, Card, Group, Loader, Modal, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ProgramDetail } from '../../../../contracts/programs.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { fieldErrorsOf } from '../../../components/ui/form-errors.ts';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { useAccount } from '../../../lib/session.ts';
import { studentName, type StudentNames } from '../../../lib/student-name.ts';
import { paths } from '../../../paths.ts';
import { useArrivals } from '../api/arrivals.api.ts';
import { useProgramForHousing } from '../api/housing.api.ts';
import { useApplicationsForHousing, useAskForHousing, useHousingRequests } from '../api/requests.api.ts';
import { RequestsList } from './requests-list.tsx';
import { InternChecklists } from './intern-checklists.tsx';
import './housing.css';

export function CompanyRequestsPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('housing');
  const { localized } = useLanguage();
  const program = useProgramForHousing(id);
  const requests = useHousingRequests(id);
  const account = useAccount().data;
  const [asking, setAsking] = useState(false);
  const error = program.error ?? requests.error;
  if (error) return <ApiErrorAlert error={error} />;
  if (!program.data || requests.isPending) return <Loader aria-label={t('common:loading')} />;
  const companyIds = (account?.memberships ?? []).filter((m) => m.role === 'host_company').map((m) => m.organization.id);
  const isCompany = program.data.participations.some((p) => p.role === 'host_company' && companyIds.includes(p.organization.id));
  return (
    <Stack>
      <Anchor component={Link} to={paths.program(id)} size="sm">{t('backToProgram')}</Anchor>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={2}>{t('request.pageTitle')}</Title>
          <Text c="dimmed">{localized(program.data.name)}</Text>
        </Stack>
        {isCompany && <Button onClick={() => setAsking(true)}>{t('request.ask')}</Button>}
      </Group>
      <Text size="sm" maw={760}>{t('request.intro')}</Text>
      {requests.data === null ? (
        <Text c="dimmed">{t('request.notShown')}</Text>
      ) : (
        <Card withBorder>
          <RequestsList programId={id} requests={requests.data?.items ?? []} mayWithdraw={(r) => companyIds.includes(r.company.id)} showCompany={false} />
        </Card>
      )}
      {isCompany && <InternChecklists programId={id} party="company" />}
      {asking && <AskModal program={program.data} onClose={() => setAsking(false)} />}
    </Stack>
  );
}

const HIRED = new Set(['offered', 'hired']);

function AskModal({ program, onClose }: { program: ProgramDetail; onClose: () => void }) {
  const { t } = useTranslation('housing');
  const { language, localized } = useLanguage();
  const ask = useAskForHousing(program.id);
  const applications = useApplicationsForHousing(program.id, true);
  const arrivals = useArrivals(program.id);
  const partners = program.participations.filter((p) => p.role === 'housing_partner');
  // Its hires: the applications it sees as offered or hired, and its own interns (the server
  // refuses anyone not yet offered a job, under the field).
  const hires = new Map<string, StudentNames>();
  for (const a of applications.data?.items ?? []) if (HIRED.has(a.status)) hires.set(a.id, a);
  for (const a of arrivals.data?.items ?? []) if (!hires.has(a.applicationId)) hires.set(a.applicationId, a.student);
  const [applicationId, setApplicationId] = useState<string | null>(null);
  const [partnerId, setPartnerId] = useState<string | null>(partners[0]?.organization.id ?? null);
  const [moveInOn, setMoveInOn] = useState('');
  const [note, setNote] = useState('');
  const errors = fieldErrorsOf(ask.error);
  const submit = () => ask.mutate({ applicationId: applicationId ?? '', partnerId: partnerId ?? '', moveInOn, note: note.trim() || null }, { onSuccess: onClose });
  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': t('common:actions.close') }} title={t('request.ask')} size="lg">
      <form onSubmit={(e) => { e.preventDefault(); submit(); }} noValidate>
        <Stack>
          {ask.error && Object.keys(errors).length === 0 && <ApiErrorAlert error={ask.error} />}
          <ApiErrorAlert error={applications.error} />
          <Select
            label={t('request.employee')}
            description={hires.size === 0 && !applications.isPending && !arrivals.isPending ? t('request.noHires') : t('request.employeeHint')}
            withAsterisk
            data={[...hires].map(([id, names]) => ({ value: id, label: studentName(names, language).primary }))}
            value={applicationId}
            onChange={setApplicationId}
            error={errors.applicationId}
            comboboxProps={{ withinPortal: true }}
          />
          <Select label={t('request.partner')} withAsterisk data={partners.map((p) => ({ value: p.organization.id, label: localized(p.organization.name) }))} value={partnerId} onChange={setPartnerId} allowDeselect={false} error={errors.partnerId} comboboxProps={{ withinPortal: true }} />
          <TextInput type="date" label={t('request.moveIn')} withAsterisk value={moveInOn} onChange={(e) => setMoveInOn(e.currentTarget.value)} error={errors.moveInOn} />
          <Textarea label={t('request.note')} description={t('request.noteHint')} autosize minRows={2} maxLength={1000} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors.note} />
          <FormActions onCancel={onClose} pending={ask.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
