// Reporting an incident (the operators or the company): when it happened (Japan time), its kind
// and severity, what happened and what was done, and who has been told already and when. The
// parties the rule says must be told are marked as the kind and severity are chosen; saving is
// never blocked by them (people are called first, the record follows).
import { Badge, Checkbox, Group, Input, Modal, SegmentedControl, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InternshipPlanView } from '../../../../contracts/internship.ts';
import { partiesToTell } from '../../../../domain/internship/incidents.ts';
import { INCIDENT_KINDS, INCIDENT_SEVERITIES, NOTIFIED_PARTIES, type IncidentKind, type IncidentSeverity, type NotifiedParty } from '../../../../domain/internship/internship.ts';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { fieldErrorsOf } from '../../../components/ui/form-errors.ts';
import { useAddIncident } from '../api/internship.api.ts';
import { fromJapanInput, japanInputValue } from './internship-format.ts';
import { WriteError } from './write-error.tsx';

/** The fields this form shows their own messages under. */
const SHOWN = ['occurredAt', 'description', 'actionTaken'];

export function IncidentFormModal({ plan, onClose }: { plan: InternshipPlanView; onClose: () => void }) {
  const { t } = useTranslation('internship');
  const add = useAddIncident(plan);
  const [now] = useState(() => japanInputValue(new Date()));
  const [occurredAt, setOccurredAt] = useState(now);
  const [kind, setKind] = useState<IncidentKind>('health');
  const [severity, setSeverity] = useState<IncidentSeverity>('low');
  const [description, setDescription] = useState('');
  const [actionTaken, setActionTaken] = useState('');
  const [told, setTold] = useState<Partial<Record<NotifiedParty, string>>>({});
  const errors = fieldErrorsOf(add.error);
  const mustTell = new Set(partiesToTell(kind, severity));
  const toldParties = NOTIFIED_PARTIES.filter((p) => told[p] !== undefined);
  const otherError = add.error && (Object.keys(errors).length === 0 || Object.keys(errors).some((k) => !SHOWN.includes(k) && !k.startsWith('notifications.')));
  const submit = () =>
    add.mutate(
      {
        occurredAt: fromJapanInput(occurredAt) ?? '',
        kind,
        severity,
        description: description.trim(),
        actionTaken: actionTaken.trim() || null,
        notifications: toldParties.map((party) => ({ party, at: fromJapanInput(told[party] ?? '') ?? '' })),
      },
      { onSuccess: onClose },
    );
  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': t('common:actions.close') }} title={t('incidents.add')} size="lg">
      <form onSubmit={(e) => { e.preventDefault(); submit(); }} noValidate>
        <Stack>
          {otherError && <WriteError error={add.error} />}
          <TextInput type="datetime-local" label={t('incidents.occurredAt')} withAsterisk value={occurredAt} max={now} onChange={(e) => setOccurredAt(e.currentTarget.value)} error={errors.occurredAt} />
          <Group grow align="flex-start">
            <Select label={t('incidents.kind')} withAsterisk data={INCIDENT_KINDS.map((k) => ({ value: k, label: t(`incidentKind.${k}`) }))} value={kind} onChange={(v) => v && setKind(v as IncidentKind)} allowDeselect={false} comboboxProps={{ withinPortal: true }} />
            <Stack gap={4}>
              <Input.Label labelElement="div" id="ip-severity" required>{t('incidents.severity')}</Input.Label>
              <SegmentedControl aria-labelledby="ip-severity" data={INCIDENT_SEVERITIES.map((s) => ({ value: s, label: t(`severity.${s}`) }))} value={severity} onChange={(v) => setSeverity(v as IncidentSeverity)} />
            </Stack>
          </Group>
          <Textarea label={t('incidents.description')} withAsterisk placeholder={t('incidents.descriptionPlaceholder')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} autosize minRows={3} maxLength={4000} error={errors.description} />
          <Textarea label={t('incidents.actionTaken')} value={actionTaken} onChange={(e) => setActionTaken(e.currentTarget.value)} autosize minRows={2} maxLength={4000} error={errors.actionTaken} />
          <Stack gap="xs" role="group" aria-labelledby="ip-told">
            <Input.Label labelElement="div" id="ip-told">{t('incidents.toldWhom')}</Input.Label>
            <Text size="xs" c="dimmed">{t('incidents.mustTellHint')}</Text>
            {NOTIFIED_PARTIES.map((party) => (
              <Group key={party} gap="sm" wrap="wrap" align="center" className="ip-party-row">
                <Checkbox
                  label={t(`party.${party}`)}
                  checked={told[party] !== undefined}
                  onChange={(e) => {
                    const checked = e.currentTarget.checked;
                    setTold((all) => {
                      const { [party]: _removed, ...rest } = all;
                      return checked ? { ...rest, [party]: japanInputValue(new Date()) } : rest;
                    });
                  }}
                  w={180}
                />
                {mustTell.has(party) && <Badge color="red.9" variant="filled" size="sm" tt="none">{t('incidents.mustTell')}</Badge>}
                {told[party] !== undefined && (
                  <TextInput type="datetime-local" size="xs" aria-label={t('incidents.toldAtOf', { party: t(`party.${party}`) })} value={told[party]} onChange={(e) => { const value = e.currentTarget.value; setTold((all) => ({ ...all, [party]: value })); }} error={errors[`notifications.${toldParties.indexOf(party)}.at`]} />
                )}
              </Group>
            ))}
          </Stack>
          <FormActions onCancel={onClose} pending={add.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
