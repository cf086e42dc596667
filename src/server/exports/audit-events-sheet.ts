// The audit trail as a sheet: exactly what the audit list returns and shows (when, who, the
// action, the record, the names of the changed fields, the client address), never more. The
// time is Japan's wall clock to the second, marked JST (the file cannot know the reader's zone).
import type { AuditEvent } from '../../contracts/audit-events.ts';
import { japanWallClock } from '../../domain/shared/japan-time.ts';
import type { Language } from '../../domain/shared/localized-text.ts';
import { translate } from '../i18n/server-i18n.ts';
import { exportColumn, type Sheet } from './table-file.ts';

const ns = 'admin';

export function auditEventsSheet(items: readonly AuditEvent[], language: Language): Sheet {
  const t = (key: string, params?: Record<string, unknown>) => translate(language, ns, key, params);
  const fieldName = (f: string) => t(`audit.fieldNames.${f}`, { defaultValue: translate(language, 'errors', `fieldNames.${f}`, { defaultValue: f }) });
  const columns = [
    exportColumn('occurredAt', ns, 'audit.when'),
    exportColumn('actor', ns, 'audit.who'),
    exportColumn('action', ns, 'audit.action'),
    exportColumn('resource', ns, 'audit.resource'),
    exportColumn('resourceId', ns, 'audit.resourceId'),
    exportColumn('fields', ns, 'audit.fields'),
    exportColumn('clientAddress', ns, 'audit.clientAddress'),
  ];
  const rows = items.map((e) => ({
    occurredAt: `${japanWallClock(new Date(e.occurredAt)).slice(0, 19).replace('T', ' ')} JST`,
    actor: e.actor === null ? t('audit.system') : (e.actor.name ?? t('audit.formerUser')),
    action: t(`audit.actions.${e.action}`, { defaultValue: e.action }),
    resource: t(`audit.resources.${e.resource.type}`, { defaultValue: e.resource.type }),
    resourceId: e.resource.id,
    fields: e.fields.map(fieldName).join(', '),
    clientAddress: e.clientAddress,
  }));
  return { name: t('audit.title'), columns, rows };
}
