// One intern's internship, for whoever may see it (the API says who: `viewer`): the header with
// the company, mentor, dates and progress; the days as a timeline of cards (the day's tasks,
// attendance, the intern's daily report and the mentor's comment); and, for all but the intern,
// the incidents with who must still be told. Made for a phone first: the intern writes here.
import { Anchor, Badge, Loader, Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { InternshipPlanView } from '../../../../contracts/internship.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { paths } from '../../../paths.ts';
import { usePlan } from '../api/internship.api.ts';
import { DayTimeline } from './day-timeline.tsx';
import { IncidentsPanel } from './incidents-panel.tsx';
import { PlanHeader } from './plan-header.tsx';
import { PlanVisaPacks } from './visa-pack-parts.tsx';
import './internship.css';

export function PlanPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('internship');
  const plan = usePlan(id);
  if (plan.error) return <ApiErrorAlert error={plan.error} />;
  if (!plan.data) return <Loader aria-label={t('common:loading')} />;
  const p = plan.data;
  const back = p.viewer === 'student' ? { to: paths.program(p.programId), label: t('backToProgram') } : { to: paths.programInternship(p.programId), label: t('plan.backToOverview') };
  return (
    <Stack maw={960} gap="md">
      <Anchor component={Link} to={back.to} size="sm">{back.label}</Anchor>
      <PlanHeader plan={p} />
      <PlanVisaPacks planId={p.id} enabled={p.viewer !== 'college'} today={p.today} />
      {p.incidents === null ? <DayTimeline plan={p} /> : <WithIncidents plan={p} incidents={p.incidents} />}
    </Stack>
  );
}

function WithIncidents({ plan, incidents }: { plan: InternshipPlanView; incidents: NonNullable<InternshipPlanView['incidents']> }) {
  const { t } = useTranslation('internship');
  const untold = incidents.filter((i) => i.untold.length > 0).length;
  return (
    <Tabs defaultValue="days" keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="days">{t('plan.daysTab')}</Tabs.Tab>
        <Tabs.Tab value="incidents" rightSection={untold > 0 ? <Badge size="sm" color="red" circle aria-label={t('overview.untold', { count: untold })}>{untold}</Badge> : null}>
          {t('incidents.title')}
        </Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="days" pt="md">
        <DayTimeline plan={plan} />
      </Tabs.Panel>
      <Tabs.Panel value="incidents" pt="md">
        <IncidentsPanel plan={plan} incidents={incidents} />
      </Tabs.Panel>
    </Tabs>
  );
}
