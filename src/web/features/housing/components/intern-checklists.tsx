// The arrival checklists of the interns a company hosts or a college sends: each party ticks
// the tasks it owns (the company a bicycle or the pickup, the college the travel insurance).
import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TaskOwner } from '../../../../domain/housing/housing.ts';
import { DownloadMenu } from '../../../components/ui/download-menu.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { studentName } from '../../../lib/student-name.ts';
import { useArrivals } from '../api/arrivals.api.ts';
import { TaskTable } from './task-table.tsx';

export function InternChecklists({ programId, party }: { programId: string; party: Extract<TaskOwner, 'company' | 'college'> }) {
  const { t } = useTranslation('housing');
  const { language } = useLanguage();
  const arrivals = useArrivals(programId);
  const items = arrivals.data?.items ?? [];
  if (items.length === 0) return party === 'college' && arrivals.data ? <Text c="dimmed">{t('college.none')}</Text> : null;
  return (
    <Card withBorder component="section" aria-label={t('request.internChecklists')}>
      <Stack>
        <Group justify="space-between">
          <Title order={3}>{t('request.internChecklists')}</Title>
          <DownloadMenu listPath={`/api/programs/${programId}/arrivals`} listName={t('request.internChecklists')} />
        </Group>
        <Text size="sm" c="dimmed">{party === 'company' ? t('request.internChecklistsHint') : t('college.hint')}</Text>
        {items.map((a) => {
          const name = studentName(a.student, language).primary;
          return (
            <Stack key={a.applicationId} gap={4}>
              <Text fw={600}>{name}</Text>
              {a.tasks.length === 0 ? <Text size="sm" c="dimmed">{t('arrival.noTasks')}</Text> : <TaskTable programId={programId} label={t('arrival.checklistOf', { name })} tasks={a.tasks} mayTick={(task) => task.owner === party} editsDetails={false} highlightOverdue={false} />}
            </Stack>
          );
        })}
      </Stack>
    </Card>
  );
}
