// Company readiness: a host company ticks what it has arranged for its intern (a mentor, plain
// Japanese instructions, prayer and dietary needs asked, housing, …) and the training its staff
// completed; the operators see every company's progress as a bar and can record for a company.
import { Alert, Anchor, Button, Card, Checkbox, Group, Loader, Progress, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ReadinessInput, ReadinessList } from '../../../../contracts/hiring.ts';
import { READINESS_ITEMS, TRAINING_MODULES } from '../../../../domain/readiness/readiness.ts';
import { japanDate } from '../../../../domain/shared/japan-time.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { DownloadMenu } from '../../../components/ui/download-menu.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import { paths } from '../../../paths.ts';
import { useProgramForReadiness, useReadiness, useRecordReadiness } from '../api/readiness.api.ts';

type Company = ReadinessList['items'][number];
/** Arrangements are dated in Japan, where the company is. */
const today = () => japanDate(new Date());

export function ReadinessPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('readiness');
  const { language, localized } = useLanguage();
  const program = useProgramForReadiness(id);
  const readiness = useReadiness(id);
  const [open, setOpen] = useState<string | null>(null);
  if (readiness.isPending) return <Loader aria-label={t('loading')} />;
  if (readiness.error) return <ApiErrorAlert error={readiness.error} />;
  const companies = [...readiness.data.items].sort((a, b) => localized(a.company.name).localeCompare(localized(b.company.name), language));
  const shown = companies.length === 1 ? companies[0]!.company.id : open;
  return (
    <Stack gap="md">
      <Anchor component={Link} to={paths.program(id)} size="sm">
        {t('back')}
      </Anchor>
      <Group justify="space-between" align="flex-end" gap="sm">
        <div>
          <Title order={1}>{t('title')}</Title>
          {program.data && <Text c="dimmed">{localized(program.data.name)}</Text>}
        </div>
        {companies.length > 0 && <DownloadMenu listPath={`/api/programs/${id}/readiness`} listName={t('title')} />}
      </Group>
      <Text>{t('intro')}</Text>
      {companies.length === 0 && <Alert>{t('none')}</Alert>}
      {companies.length > 1 && (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {companies.map((c) => (
            <Card key={c.company.id} withBorder padding="md">
              <Stack gap={6}>
                <Group justify="space-between" wrap="nowrap">
                  <Text fw={600}>{localized(c.company.name)}</Text>
                  <Text fw={700}>{formatNumber(Math.round(c.progress.share * 100), language)}%</Text>
                </Group>
                <Progress value={c.progress.share * 100} color={c.progress.share === 1 ? 'teal' : 'indigo'} aria-label={t('progressOf', { company: localized(c.company.name) })} />
                <Text size="sm" c="dimmed">
                  {t('counts', { items: c.progress.itemsDone, itemsTotal: c.progress.itemsTotal, modules: c.progress.modulesDone, modulesTotal: c.progress.modulesTotal })}
                </Text>
                <Button variant="light" size="xs" onClick={() => setOpen(shown === c.company.id ? null : c.company.id)} aria-expanded={shown === c.company.id}>
                  {shown === c.company.id ? t('close') : t('open')}
                </Button>
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}
      {shown && <CompanyChecklist key={shown} programId={id} company={companies.find((c) => c.company.id === shown)!} />}
    </Stack>
  );
}

function CompanyChecklist({ programId, company }: { programId: string; company: Company }) {
  const { t } = useTranslation('readiness');
  const { language, localized } = useLanguage();
  const record = useRecordReadiness(programId);
  const [items, setItems] = useState<ReadinessInput['items']>(company.items as ReadinessInput['items']);
  const [modules, setModules] = useState<ReadinessInput['modules']>(company.modules as ReadinessInput['modules']);
  const save = () => record.mutate({ companyId: company.company.id, input: { ...(company.version ? { version: company.version } : {}), items, modules } });
  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} size="h3">
            {localized(company.company.name)}
          </Title>
          <Text fw={700}>{formatNumber(Math.round(company.progress.share * 100), language)}%</Text>
        </Group>
        <Title order={3} size="h4">
          {t('itemsTitle')}
        </Title>
        <Stack gap="sm">
          {READINESS_ITEMS.map((item) => {
            const done = items[item];
            return (
              <Stack key={item} gap={4}>
                <Checkbox
                  label={t(`items.${item}`)}
                  description={done ? t('doneOn', { date: formatDate(done.doneOn, language) }) : undefined}
                  checked={Boolean(done)}
                  onChange={(e) => {
                    const checked = e.currentTarget.checked;
                    setItems((prev) => ({ ...prev, [item]: checked ? { doneOn: today(), note: prev[item]?.note ?? '' } : undefined }));
                  }}
                />
                {done && (
                  <TextInput
                    size="xs"
                    ml={32}
                    aria-label={t('noteFor', { item: t(`items.${item}`) })}
                    placeholder={t('notePlaceholder')}
                    value={done.note}
                    onChange={(e) => {
                      const note = e.currentTarget.value;
                      setItems((prev) => ({ ...prev, [item]: { doneOn: prev[item]!.doneOn, note } }));
                    }}
                  />
                )}
              </Stack>
            );
          })}
        </Stack>
        <Title order={3} size="h4">
          {t('modulesTitle')}
        </Title>
        <Stack gap="sm">
          {TRAINING_MODULES.map((module) => {
            const done = modules[module];
            return (
              <Checkbox
                key={module}
                label={t(`modules.${module}`)}
                description={done ? t('completedOn', { date: formatDate(done.completedOn, language) }) : t(`moduleHints.${module}`)}
                checked={Boolean(done)}
                onChange={(e) => {
                  const checked = e.currentTarget.checked;
                  setModules((prev) => ({ ...prev, [module]: checked ? { completedOn: today() } : undefined }));
                }}
              />
            );
          })}
        </Stack>
        {record.error && <ApiErrorAlert error={record.error} />}
        {record.isSuccess && !record.isPending && <Text c="teal.8">{t('saved')}</Text>}
        <Group>
          <Button onClick={save} loading={record.isPending}>
            {t('save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
