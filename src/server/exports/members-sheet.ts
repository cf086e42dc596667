// The people of the organizations a reader looks after, as a sheet: one row per membership as
// on screen, the name and the e-mail address in cells of their own.
import type { Member } from '../../contracts/members.ts';
import { pickLocalized, type Language } from '../../domain/shared/localized-text.ts';
import { translate } from '../i18n/server-i18n.ts';
import { exportColumn, type Sheet } from './table-file.ts';

const ns = 'people';

export function membersSheet(items: readonly Member[], language: Language): Sheet {
  const t = (key: string) => translate(language, ns, key);
  const columns = [
    exportColumn('name', ns, 'fields.name'),
    exportColumn('email', ns, 'fields.email'),
    exportColumn('organization', ns, 'fields.organization'),
    exportColumn('role', ns, 'fields.role'),
    exportColumn('status', ns, 'fields.status'),
    exportColumn('twoFactor', ns, 'fields.twoFactor'),
  ];
  const rows = items.map((m) => ({
    name: m.name,
    email: m.email,
    organization: pickLocalized(m.organization.name, language),
    role: translate(language, 'common', `membershipRoles.${m.role}`),
    status: t(m.disabledAt ? 'members.deactivated' : 'members.active'),
    twoFactor: t(m.twoFactorEnabled ? 'members.on' : 'members.off'),
  }));
  return { name: t('members.title'), columns, rows };
}
