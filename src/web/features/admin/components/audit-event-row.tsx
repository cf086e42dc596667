import { Anchor, Code, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../../../../contracts/audit-events.ts';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDateTime } from '../../../lib/format.ts';

// The dot carries the colour; the text stays dark for contrast.
const ACTION_COLORS: Record<string, string> = { deactivate: 'red', revoke: 'red', delete: 'red', archive: 'orange', invite: 'indigo', accept: 'teal', create: 'teal' };

/** One event; the actor's name filters the trail to that person. */
export function AuditEventRow({ event, onActor }: { event: AuditEvent; onActor: (id: string, name: string) => void }) {
  const { t } = useTranslation('admin');
  const { language } = useLanguage();
  const actor = event.actor;
  const fieldName = (f: string) => t(`audit.fieldNames.${f}`, { defaultValue: t(`errors:fieldNames.${f}`, { defaultValue: f }) });
  return (
    <Table.Tr>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(event.occurredAt, language)}</Table.Td>
      <Table.Td>
        {actor === null ? (
          <Text size="sm" c="dimmed">{t('audit.system')}</Text>
        ) : (
          <Anchor component="button" type="button" size="sm" ta="left" onClick={() => onActor(actor.id, actor.name ?? t('audit.formerUser'))} title={t('audit.onlyActor', { name: actor.name ?? t('audit.formerUser') })}>
            {actor.name ?? t('audit.formerUser')}
          </Anchor>
        )}
      </Table.Td>
      <Table.Td>
        <StatusBadge color={ACTION_COLORS[event.action] ?? 'gray'}>
          {t(`audit.actions.${event.action}`, { defaultValue: event.action })}
        </StatusBadge>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{t(`audit.resources.${event.resource.type}`, { defaultValue: event.resource.type })}</Text>
        <Code title={event.resource.id}>{event.resource.id.slice(0, 8)}</Code>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{event.fields.length > 0 ? event.fields.map(fieldName).join(', ') : '—'}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" ff="monospace">
          {event.clientAddress ?? '—'}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}
