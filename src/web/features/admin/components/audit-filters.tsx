import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS, AUDITED_RESOURCES, type AuditAction, type AuditedResource } from '../../../../domain/audit/audit-event.ts';
import type { AuditFilters as Filters } from '../api/admin.api.ts';

type Props = { value: Filters; onChange: (change: Partial<Filters>) => void };

/** Record type, action and a range of days (Japan time, both included). */
export function AuditFilters({ value, onChange }: Props) {
  const { t } = useTranslation('admin');
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" maw={880}>
      <Select
        label={t('audit.resourceType')}
        placeholder={t('audit.all')}
        data={AUDITED_RESOURCES.map((r) => ({ value: r, label: t(`audit.resources.${r}`) }))}
        value={value.resourceType ?? null}
        onChange={(v) => onChange({ resourceType: (v as AuditedResource | null) ?? undefined })}
        clearable
      />
      <Select
        label={t('audit.action')}
        placeholder={t('audit.all')}
        data={AUDIT_ACTIONS.map((a) => ({ value: a, label: t(`audit.actions.${a}`) }))}
        value={value.action ?? null}
        onChange={(v) => onChange({ action: (v as AuditAction | null) ?? undefined })}
        clearable
      />
      <TextInput label={t('audit.from')} type="date" value={value.from ?? ''} onChange={(e) => onChange({ from: e.currentTarget.value || undefined })} />
      <TextInput label={t('audit.to')} type="date" value={value.to ?? ''} onChange={(e) => onChange({ to: e.currentTarget.value || undefined })} />
    </SimpleGrid>
  );
}
