// Incidents during the internship (not shown to the intern): each with its kind and severity,
// when it happened, what happened and what was done, who was told and when, and in red who must
// still be told (the rule of who must know is the domain's). The operators and the company
// report one and mark a party as told the moment they have called them.
import { Badge, Button, Card, Group, List, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncidentView, InternshipPlanView } from '../../../../contracts/internship.ts';
import type { IncidentSeverity, NotifiedParty } from '../../../../domain/internship/internship.ts';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useUpdateIncident } from '../api/internship.api.ts';
import { useDraft } from './day-planning.tsx';
import { IncidentFormModal } from './incident-form-modal.tsx';
import { JAPAN } from './internship-format.ts';
import { mayPlan } from './plan-roles.ts';
import { WriteError } from './write-error.tsx';

export const SEVERITY_COLOR: Record<IncidentSeverity, string> = { low: 'gray', medium: 'orange', high: 'red' };

export function IncidentsPanel({ plan, incidents }: { plan: InternshipPlanView; incidents: IncidentView[] }) {
  const { t } = useTranslation('internship');
  const [adding, setAdding] = useState(false);
  const sorted = [...incidents].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed" maw={640}>{t('incidents.intro')}</Text>
        {mayPlan(plan.viewer) && <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>{t('incidents.add')}</Button>}
      </Group>
      {sorted.length === 0 && <Text c="dimmed">{t('incidents.none')}</Text>}
      {sorted.map((incident) => <IncidentCard key={incident.id} plan={plan} incident={incident} />)}
      {adding && <IncidentFormModal plan={plan} onClose={() => setAdding(false)} />}
    </Stack>
  );
}

function IncidentCard({ plan, incident }: { plan: InternshipPlanView; incident: IncidentView }) {
  const { t } = useTranslation('internship');
  const { language } = useLanguage();
  const update = useUpdateIncident(plan);
  const editor = mayPlan(plan.viewer);
  const tell = (party: NotifiedParty) => update.mutate({ id: incident.id, patch: { version: incident.version, notifications: [...incident.notifications, { party, at: new Date().toISOString() }] } });
  const told = [...incident.notifications].sort((a, b) => a.at.localeCompare(b.at));
  const headingId = `ip-incident-${incident.id}`;
  return (
    <Card withBorder component="article" aria-labelledby={headingId} data-testid="incident" className="ip-incident" data-untold={incident.untold.length > 0 || undefined}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Title order={3} size="h5" id={headingId}>{formatDateTime(incident.occurredAt, language, JAPAN)}</Title>
            <Group gap="xs">
              <Badge variant="outline" color="gray.7" tt="none">{t(`incidentKind.${incident.kind}`)}</Badge>
              <StatusBadge color={SEVERITY_COLOR[incident.severity]}>{t(`severity.${incident.severity}`)}</StatusBadge>
            </Group>
          </Stack>
        </Group>
        <WriteError error={update.error} />
        <Text className="ip-text">{incident.description}</Text>
        <ActionTaken incident={incident} editable={editor} onSave={(actionTaken, done) => update.mutate({ id: incident.id, patch: { version: incident.version, actionTaken } }, { onSuccess: done })} pending={update.isPending && update.variables?.patch.actionTaken !== undefined} />
        <Stack gap={4}>
          <Text size="sm" fw={600}>{t('incidents.told')}</Text>
          {told.length === 0 ? (
            <Text size="sm" c="dimmed">{t('incidents.toldNobody')}</Text>
          ) : (
            <List size="sm" spacing={2} icon={<IconCheck size={14} aria-hidden color="var(--mantine-color-teal-8)" />}>
              {told.map((n) => (
                <List.Item key={`${n.party}-${n.at}`}>{t('incidents.toldAt', { party: t(`party.${n.party}`), at: formatDateTime(n.at, language, JAPAN) })}</List.Item>
              ))}
            </List>
          )}
        </Stack>
        {incident.untold.length > 0 && (
          <Stack gap={6} className="ip-untold" role="group" aria-labelledby={`${headingId}-untold`}>
            <Group gap={6}>
              <IconAlertTriangle size={16} aria-hidden color="var(--mantine-color-red-9)" />
              <Text size="sm" fw={700} c="red.9" id={`${headingId}-untold`}>{t('incidents.untold')}</Text>
            </Group>
            {incident.untold.map((party) => (
              <Group key={party} justify="space-between" gap="xs">
                <Text size="sm" c="red.9" fw={600}>{t(`party.${party}`)}</Text>
                {editor && (
                  <Button size="xs" variant="light" color="red" loading={update.isPending && update.variables?.patch.notifications?.at(-1)?.party === party} onClick={() => tell(party)} aria-label={t('incidents.markToldOf', { party: t(`party.${party}`) })}>
                    {t('incidents.markTold')}
                  </Button>
                )}
              </Group>
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

function ActionTaken({ incident, editable, onSave, pending }: { incident: IncidentView; editable: boolean; onSave: (value: string | null, done: () => void) => void; pending: boolean }) {
  const { t } = useTranslation('internship');
  const draft = useDraft(incident.actionTaken ?? '');
  const [editing, setEditing] = useState(false);
  const close = () => { draft.reset(); setEditing(false); };
  if (editing) {
    return (
      <Stack gap="xs">
        <Textarea label={t('incidents.actionTaken')} value={draft.value} onChange={(e) => draft.set(e.currentTarget.value)} autosize minRows={2} maxLength={4000} />
        <Group justify="flex-end" gap="xs">
          <Button size="xs" variant="default" onClick={close}>{t('common:actions.cancel')}</Button>
          <Button size="xs" loading={pending} onClick={() => onSave(draft.value.trim() || null, close)}>{t('common:actions.save')}</Button>
        </Group>
      </Stack>
    );
  }
  return (
    <Stack gap={2}>
      <Group gap="xs">
        <Text size="sm" fw={600}>{t('incidents.actionTaken')}</Text>
        {editable && <Button size="compact-xs" variant="subtle" onClick={() => setEditing(true)} aria-label={t('incidents.editAction')}>{t('common:actions.edit')}</Button>}
      </Group>
      <Text size="sm" c={incident.actionTaken ? undefined : 'dimmed'} className="ip-text">{incident.actionTaken ?? t('incidents.noAction')}</Text>
    </Stack>
  );
}
