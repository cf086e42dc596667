// The open invitations (pending, and expired ones not yet cleared) as a sheet: the columns of
// the list on screen, its status apart from the day it is valid until.
import type { Invitation } from '../../contracts/invitations.ts';
import { japanWallClock } from '../../domain/shared/japan-time.ts';
import { pickLocalized, type Language } from '../../domain/shared/localized-text.ts';
import { translate } from '../i18n/server-i18n.ts';
import { exportColumn, type Sheet } from './table-file.ts';

const ns = 'people';

/** An instant as Japan's wall clock to the minute, marked JST (the screen shows the reader's zone; a file cannot). */
export const japanMinute = (iso: string) => `${japanWallClock(new Date(iso)).slice(0, 16).replace('T', ' ')} JST`;

export function invitationsSheet(items: readonly Invitation[], language: Language): Sheet {
  const t = (key: string) => translate(language, ns, key);
  const columns = [
    exportColumn('name', ns, 'fields.name'),
    exportColumn('email', ns, 'fields.email'),
    exportColumn('organization', ns, 'fields.organization'),
    exportColumn('role', ns, 'fields.role'),
    exportColumn('status', ns, 'fields.status'),
    exportColumn('expiresAt', ns, 'invitations.expires'),
  ];
  const rows = items.map((i) => ({
    name: i.name,
    email: i.email,
    organization: pickLocalized(i.organization.name, language),
    role: translate(language, 'common', `membershipRoles.${i.role}`),
    status: t(i.status === 'expired' ? 'invitations.expired' : 'invitations.pending'),
    expiresAt: japanMinute(i.expiresAt),
  }));
  return { name: t('invitations.title'), columns, rows };
}
