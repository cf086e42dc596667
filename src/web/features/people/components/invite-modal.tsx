// Inviting one person: into an organization the reader may invite into, in a role that fits
// it, with the invitation mail in the invitee's language.
import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invitation } from '../../../../contracts/invitations.ts';
import type { MembershipRole } from '../../../../domain/access/roles.ts';
import type { Language } from '../../../../domain/shared/localized-text.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { fieldErrorsOf } from '../../../components/ui/form-errors.ts';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { useInvite } from '../api/people.api.ts';
import { LanguageSelect } from './language-select.tsx';
import { useInvitableOrganizations } from './use-invitable-organizations.ts';

type Props = { opened: boolean; onClose: () => void; onInvited: (invitation: Invitation) => void };

export function InviteModal({ opened, onClose, onInvited }: Props) {
  const { t } = useTranslation('people');
  const { language: readerLanguage } = useLanguage();
  const invite = useInvite();
  const organizations = useInvitableOrganizations(opened);
  const [chosenOrganizationId, setOrganizationId] = useState<string | null>(null);
  const [chosenRole, setRole] = useState<MembershipRole | null>(null);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [language, setLanguage] = useState<Language>(readerLanguage);
  const [tried, setTried] = useState(false);

  useEffect(() => {
    if (!opened) return;
    invite.reset();
    setTried(false);
    setOrganizationId(null);
    setRole(null);
    setName('');
    setEmail('');
    setLanguage(readerLanguage);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened]);

  // A single choice is made for the reader (a coordinator's one college, its one role).
  const onlyOrganization = organizations.options.length === 1 ? organizations.options[0]!.value : null;
  const organizationId = chosenOrganizationId ?? onlyOrganization;
  const roles = organizations.options.find((o) => o.value === organizationId)?.roles ?? [];
  const role = chosenRole ?? (roles.length === 1 ? roles[0]! : null);
  const chooseOrganization = (id: string | null) => {
    setOrganizationId(id);
    setRole(null);
  };
  const errors: Record<string, string> = {
    ...fieldErrorsOf(invite.error),
    ...(tried && !organizationId ? { organizationId: t('invite.chooseOrganization') } : {}),
    ...(tried && !role ? { role: t('invite.chooseRole') } : {}),
  };
  const submit = () => {
    setTried(true);
    if (!organizationId || !role) return;
    invite.mutate({ name, email, organizationId, role, language }, { onSuccess: (invitation) => { onInvited(invitation); onClose(); } });
  };

  return (
    <Modal opened={opened} onClose={onClose} closeButtonProps={{ 'aria-label': t('common:actions.close') }} title={t('invite.title')} size="lg">
      <form onSubmit={(e) => { e.preventDefault(); submit(); }} noValidate>
        <Stack>
          {invite.error && Object.keys(fieldErrorsOf(invite.error)).length === 0 && <ApiErrorAlert error={invite.error} />}
          <ApiErrorAlert error={organizations.error} />
          <Select label={t('fields.organization')} withAsterisk searchable data={organizations.options} value={organizationId} onChange={chooseOrganization} nothingFoundMessage={t('invite.noOrganization')} error={errors.organizationId} comboboxProps={{ withinPortal: true }} />
          <Select
            label={t('fields.role')}
            withAsterisk
            data={roles.map((r) => ({ value: r, label: t(`common:membershipRoles.${r}`) }))}
            value={role}
            onChange={(v) => setRole(v as MembershipRole | null)}
            disabled={organizationId === null}
            placeholder={organizationId === null ? t('invite.organizationFirst') : undefined}
            error={errors.role}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('fields.name')} withAsterisk value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} />
            <TextInput label={t('fields.email')} withAsterisk type="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={errors.email} />
          </SimpleGrid>
          <LanguageSelect label={t('fields.mailLanguage')} description={t('invite.languageHelp')} value={language} onChange={setLanguage} error={errors.language} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={invite.isPending}>
              {t('invite.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
