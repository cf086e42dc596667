// The operators' set-up of a fair: which of the program's host companies interview, with how
// many rooms (or online booths) and whether they interview online from Japan; and the
// interpreters. Each list is saved as a whole.
import { ActionIcon, Button, Card, Checkbox, Group, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FairView } from '../../../../contracts/fairs.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { fieldErrorsOf, numberOrNull } from '../../../components/ui/form-errors.ts';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { useProgramForFairs, useSetCompanies, useSetInterpreters } from '../api/fairs.api.ts';

type CompanyDraft = { organizationId: string; taking: boolean; rooms: string | number; online: boolean };

export function SetupCard({ fair }: { fair: FairView }) {
  return (
    <Stack>
      <CompaniesCard fair={fair} />
      <InterpretersCard fair={fair} />
    </Stack>
  );
}

function CompaniesCard({ fair }: { fair: FairView }) {
  const { t } = useTranslation('fairs');
  const { localized } = useLanguage();
  const program = useProgramForFairs(fair.programId);
  const save = useSetCompanies(fair.id);
  const hosts = (program.data?.participations ?? []).filter((p) => p.role === 'host_company');
  const [drafts, setDrafts] = useState<CompanyDraft[]>([]);
  useEffect(() => {
    setDrafts(
      hosts.map((h) => {
        const current = fair.companies.find((c) => c.organizationId === h.organization.id);
        return { organizationId: h.organization.id, taking: Boolean(current), rooms: current?.rooms ?? 1, online: current?.online ?? false };
      }),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [program.data, fair.companies]);
  const errors = fieldErrorsOf(save.error);
  const set = (i: number, change: Partial<CompanyDraft>) => setDrafts(drafts.map((d, k) => (k === i ? { ...d, ...change } : d)));
  const submit = () =>
    save.mutate({ version: fair.version, companies: drafts.filter((d) => d.taking).map((d) => ({ organizationId: d.organizationId, rooms: numberOrNull(d.rooms) ?? 1, roomNames: [], online: d.online })) });
  return (
    <Card withBorder component="section" aria-labelledby="fair-companies-title">
      <Stack>
        <Title order={3} size="h4" id="fair-companies-title">
          {t('setup.companies')}
        </Title>
        {hosts.length === 0 && <Text c="dimmed">{t('setup.noHosts')}</Text>}
        {drafts.map((d, i) => {
          const host = hosts.find((h) => h.organization.id === d.organizationId)!;
          return (
            <Group key={d.organizationId} align="flex-end" role="group" aria-label={localized(host.organization.name)}>
              <Checkbox label={localized(host.organization.name)} checked={d.taking} onChange={(e) => set(i, { taking: e.currentTarget.checked })} w={260} mb={8} />
              <NumberInput label={t('setup.rooms')} min={1} max={50} value={d.rooms} onChange={(v) => set(i, { rooms: v })} disabled={!d.taking} w={120} error={errors[`companies.${drafts.filter((x) => x.taking).indexOf(d)}.rooms`]} />
              <Checkbox label={t('setup.online')} checked={d.online} onChange={(e) => set(i, { online: e.currentTarget.checked })} disabled={!d.taking} mb={8} />
            </Group>
          );
        })}
        <ApiErrorAlert error={save.error} />
        <Button onClick={submit} loading={save.isPending} w="fit-content" disabled={hosts.length === 0}>
          {t('setup.saveCompanies')}
        </Button>
      </Stack>
    </Card>
  );
}

function InterpretersCard({ fair }: { fair: FairView }) {
  const { t } = useTranslation('fairs');
  const save = useSetInterpreters(fair.id);
  const [rows, setRows] = useState(fair.interpreters.map((i) => ({ id: i.id as string | undefined, name: i.name, email: i.email ?? '' })));
  useEffect(() => setRows(fair.interpreters.map((i) => ({ id: i.id, name: i.name, email: i.email ?? '' }))), [fair.interpreters]);
  const errors = fieldErrorsOf(save.error);
  const set = (i: number, change: Partial<(typeof rows)[number]>) => setRows(rows.map((r, k) => (k === i ? { ...r, ...change } : r)));
  const submit = () => save.mutate({ version: fair.version, interpreters: rows.map((r) => ({ ...(r.id ? { id: r.id } : {}), name: r.name, email: r.email.trim() || null })) });
  return (
    <Card withBorder component="section" aria-labelledby="fair-interpreters-title">
      <Stack>
        <Title order={3} size="h4" id="fair-interpreters-title">
          {t('setup.interpreters')}
        </Title>
        <Text size="sm" c="dimmed">{t('setup.interpretersHint')}</Text>
        {rows.map((r, i) => (
          <Group key={r.id ?? `new-${i}`} align="flex-end">
            <TextInput label={t('setup.interpreterName')} value={r.name} onChange={(e) => set(i, { name: e.currentTarget.value })} error={errors[`interpreters.${i}.name`]} withAsterisk />
            <TextInput label={t('setup.interpreterEmail')} type="email" value={r.email} onChange={(e) => set(i, { email: e.currentTarget.value })} error={errors[`interpreters.${i}.email`]} />
            <ActionIcon variant="subtle" color="red" aria-label={t('setup.removeInterpreter', { name: r.name })} onClick={() => setRows(rows.filter((_, k) => k !== i))} mb={4}>
              <IconTrash size={18} />
            </ActionIcon>
          </Group>
        ))}
        <ApiErrorAlert error={save.error} />
        <Group>
          <Button variant="light" onClick={() => setRows([...rows, { id: undefined, name: '', email: '' }])}>
            {t('setup.addInterpreter')}
          </Button>
          <Button onClick={submit} loading={save.isPending}>
            {t('setup.saveInterpreters')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
